/**
 * A browser-mode login window's context: a fresh in-memory browser context, its one page (about:blank), and the
 * page's DevTools browser-context id (what the kept interception routes paused requests by).
 *
 * Making one is most of what a login window costs before the IdP answers: the page's `newPage` is 250–300 ms on
 * the bench machine (Chromium starts a renderer process for it), the context and the id lookup 20–40 ms more
 * (issue 15). So the next one can be made ahead (`createSpareLoginContext`), before the admin clicks "Test
 * login"; open() then only registers the interception and navigates.
 *
 * Still one fresh context per login: a spare is handed out once, closed with its login, and has loaded nothing but
 * about:blank, so it starts logged out exactly like one made at the click. An unused spare is closed after
 * `idleMs`, and one whose page is gone or whose browser is no longer the logins' one is never used.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface LoginContext {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Looked up while the caller goes on: needed only to decide a request on the redirect host. */
  contextId: Promise<string>;
}

/** How long an unused spare is kept: an admin who left step 3 open over lunch gets a window made at the click. */
export const SPARE_IDLE_MS = 10 * 60_000;

export async function makeLoginContext(browser: Browser): Promise<LoginContext> {
  const context = await browser.newContext(); // fresh and in memory: starts logged out
  try {
    const page = await context.newPage();
    const contextId = browserContextIdOf(context, page);
    contextId.catch(() => undefined); // the login that uses it awaits it (and reports a failure)
    return { browser, context, page, contextId };
  } catch (err) {
    await context.close().catch(() => undefined);
    throw err;
  }
}

/**
 * The DevTools browser-context id of a Playwright context: its page's own target says (one call on the page). The
 * session is left to end with the page: detaching it cost 350 ms of the browser's time per login (issue 15's bench).
 */
async function browserContextIdOf(context: BrowserContext, page: Page): Promise<string> {
  const s = await context.newCDPSession(page);
  const { targetInfo } = await s.send('Target.getTargetInfo');
  if (!targetInfo.browserContextId) throw new Error('Chromium did not report a browser context for the login page');
  return targetInfo.browserContextId;
}

export interface SpareLoginContext {
  /** Makes the spare unless one is ready or being made; resolves when it is ready (or could not be made). */
  prepare(): Promise<void>;
  /** The spare (waited for if still being made), handed out once; null when there is none usable in `browser`. */
  take(browser: Browser): Promise<LoginContext | null>;
  /** Closes an unused spare; later prepare() calls do nothing. */
  close(): Promise<void>;
}

export function createSpareLoginContext(deps: { getBrowser: () => Promise<Browser>; idleMs?: number }): SpareLoginContext {
  let spare: Promise<LoginContext | null> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const discard = async (made: Promise<LoginContext | null> | undefined) => {
    const c = await made;
    await c?.context.close().catch(() => undefined);
  };
  const takeSpare = () => {
    const s = spare;
    spare = undefined;
    clearTimeout(idleTimer);
    return s;
  };

  return {
    prepare() {
      if (closed) return Promise.resolve();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void discard(takeSpare()), deps.idleMs ?? SPARE_IDLE_MS);
      idleTimer.unref?.();
      // A failure (no Chromium, the browser went away) is open()'s to report, at the click, as before.
      spare ??= deps.getBrowser().then(makeLoginContext).catch(() => null);
      return spare.then(() => undefined);
    },
    async take(browser) {
      const c = await takeSpare();
      if (!c) return null;
      if (c.browser !== browser || !browser.isConnected() || c.page.isClosed()) {
        await c.context.close().catch(() => undefined);
        return null;
      }
      return c;
    },
    async close() {
      closed = true;
      await discard(takeSpare());
    },
  };
}
