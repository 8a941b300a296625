/**
 * The Chromium that browser mode drives: launched lazily, once, and shared by
 * the app window and the login windows (each login gets its own fresh context).
 * Tests may hand in a Chromium they launched themselves.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumExecutable, chromiumFlags } from './chromium-path';

export interface ChromiumHostOptions {
  headless: boolean;
  /** Use this browser instead of launching one (it is not closed by `close`). */
  browser?: Browser;
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
  let launching: Promise<Browser> | null = options.browser ? Promise.resolve(options.browser) : null;
  const ownsBrowser = !options.browser;

  function getBrowser(): Promise<Browser> {
    launching ??= (async () => {
      const executablePath = chromiumExecutable();
      if (!executablePath) throw new ChromiumNotFoundError();
      return chromium.launch({
        executablePath,
        headless: options.headless,
        args: [...chromiumFlags(), ...(options.extraArgs ?? [])],
        // The app handles Ctrl-C and SIGTERM itself (start.ts): it cancels a running test login,
        // closes the bridge, then this browser, and exits 0. Playwright's own handlers would race
        // that and exit with 130 (seen in test/integration/quit-during-test.test.ts).
        handleSIGINT: false,
        handleSIGTERM: false,
      });
    })();
    return launching;
  }

  return {
    getBrowser,
    async openAppWindow(url, onClosed) {
      const browser = await getBrowser();
      const context = await browser.newContext({ viewport: null });
      const page = await context.newPage();
      page.on('close', onClosed);
      await page.goto(url);
      return page;
    },
    async close() {
      if (!launching || !ownsBrowser) return;
      const browser = await launching.catch(() => null);
      launching = null;
      await browser?.close().catch(() => undefined);
    },
  };
}
