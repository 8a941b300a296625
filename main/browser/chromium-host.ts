/**
 * The Chromium that browser mode drives: launched lazily, once, and shared by
 * the app window and the login windows (each login gets its own fresh context).
 * Tests may hand in a Chromium they launched themselves (it is not closed here).
 */
import type { Browser, Page } from 'playwright-core';
import { chromiumExecutable } from './chromium-path';
import { launchAuthChromium, type AuthChromium } from './launch-auth-chromium';

export interface ChromiumHostOptions {
  headless: boolean;
  /** Use this browser instead of launching one (it is not closed by `close`). */
  browser?: Browser;
  /** Extra Chromium switches for the browser launched here (the network's: chromium-network-args.ts). */
  extraArgs?: string[];
}

export interface ChromiumHost {
  getBrowser(): Promise<Browser>;
  /** Opens the app's own window; `onClosed` fires when the user closes it. */
  openAppWindow(url: string, onClosed: () => void): Promise<Page>;
  close(): Promise<void>;
}

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(
      'No Chromium or Google Chrome was found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at its executable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export function createChromiumHost(options: ChromiumHostOptions): ChromiumHost {
  // Our own Chromium runs on a throwaway profile that never preconnects, so a
  // login window's JavaScript redirect cannot even open a connection to the Hub
  // (see launch-auth-chromium.ts).
  let launching: Promise<AuthChromium> | null = null;

  function launch(): Promise<AuthChromium> {
    launching ??= (async () => {
      const executablePath = chromiumExecutable();
      if (!executablePath) throw new ChromiumNotFoundError();
      // The app handles Ctrl-C and SIGTERM itself (start.ts): it cancels a running test login,
      // closes the bridge, then this browser, and exits 0. Playwright's own handlers would race
      // that and exit with 130 (seen in test/integration/quit-during-test.test.ts).
      return launchAuthChromium({ executablePath, headless: options.headless, handleSignals: false, extraArgs: options.extraArgs });
    })();
    return launching;
  }

  const getBrowser = async (): Promise<Browser> => options.browser ?? (await launch()).browser;

  return {
    getBrowser,
    async openAppWindow(url, onClosed) {
      // Headed Chromium keeps its profile's first window open: that window becomes the app's.
      let page: Page | null = options.browser ? null : (await launch()).firstPage;
      if (!page) {
        const context = await (await getBrowser()).newContext({ viewport: null });
        page = await context.newPage();
      }
      page.on('close', onClosed);
      await page.goto(url);
      return page;
    },
    async close() {
      if (!launching) return;
      const chromium = await launching.catch(() => null);
      launching = null;
      await chromium?.close();
    },
  };
}
