/**
 * Launches the Chromium that browser-mode login windows open in.
 *
 * Why not plain `chromium.launch()`: Chromium preconnects (TCP + TLS hello) to
 * the host of a renderer-initiated navigation (a JS redirect, window.open)
 * before any request interception runs. The Fetch interception still stops the
 * request itself, so no URL and no code leaves the machine, but the connection
 * does. Chromium only turns that off through a profile preference
 * (`net.network_prediction_options = 2`, "never"), so this launches a throwaway
 * profile carrying it; the in-memory contexts each login opens inherit it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutable, chromiumFlags } from './chromium-path';

/** Chromium's NetworkPredictionOptions value for "never predict, never preconnect". */
const NETWORK_PREDICTION_NEVER = 2;

const HOST_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSO Setup Assistant: login windows</title></head>
<body style="font:16px system-ui,sans-serif;margin:3em"><h1>SSO Setup Assistant</h1>
<p>Test logins open in their own windows of this browser. Keep this window open while you use the assistant.</p></body></html>`;

export interface AuthChromium {
  browser: Browser;
  /** Headed only: the profile's first window, kept open (Chromium would quit without one); the app may reuse it. */
  firstPage: Page | null;
  /** Closes the browser and deletes its throwaway profile. */
  close(): Promise<void>;
}

export async function launchAuthChromium(
  options: { headless?: boolean; extraArgs?: string[]; executablePath?: string; /** false: the caller handles SIGINT/SIGTERM and closes the browser itself. */ handleSignals?: boolean } = {},
): Promise<AuthChromium> {
  const executablePath = options.executablePath ?? chromiumExecutable();
  if (!executablePath) throw new Error('No Chromium or Chrome found; set CHROME_PATH');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-auth-chromium-'));
  fs.mkdirSync(path.join(profileDir, 'Default'));
  fs.writeFileSync(
    path.join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ net: { network_prediction_options: NETWORK_PREDICTION_NEVER } }),
  );
  try {
    const persistent = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      args: [...chromiumFlags(), ...(options.extraArgs ?? [])],
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
    });
    const browser = persistent.browser();
    if (!browser) throw new Error('Chromium did not expose a browser for its persistent profile');
    // Logins open fresh contexts; the profile's own first page is not used for them. A headed Chromium
    // quits when its last window closes (measured), so there that page stays and says what it is for.
    const headless = options.headless ?? true;
    let firstPage: Page | null = null;
    for (const p of persistent.pages()) {
      if (headless || firstPage) await p.close().catch(() => undefined);
      else {
        firstPage = p;
        await p.setContent(HOST_PAGE_HTML).catch(() => undefined);
      }
    }
    return {
      browser,
      firstPage,
      async close() {
        await persistent.close().catch(() => undefined);
        fs.rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    throw err;
  }
}
