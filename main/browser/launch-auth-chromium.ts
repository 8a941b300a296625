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
import { chromium, type Browser } from 'playwright-core';
import { chromiumExecutable, chromiumFlags } from './chromium-path';

/** Chromium's NetworkPredictionOptions value for "never predict, never preconnect". */
const NETWORK_PREDICTION_NEVER = 2;

export interface AuthChromium {
  browser: Browser;
  /** Closes the browser and deletes its throwaway profile. */
  close(): Promise<void>;
}

export async function launchAuthChromium(options: { headless?: boolean; extraArgs?: string[]; executablePath?: string } = {}): Promise<AuthChromium> {
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
    });
    const browser = persistent.browser();
    if (!browser) throw new Error('Chromium did not expose a browser for its persistent profile');
    // The profile's own blank page is never used; logins open fresh contexts.
    for (const p of persistent.pages()) await p.close().catch(() => undefined);
    return {
      browser,
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
