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
import { createSpare, type Spare } from '../core/spare';

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

/** The next login's context, made ahead (main/core/spare.ts); one whose page or browser is gone is never used. */
export function createSpareLoginContext(deps: { getBrowser: () => Promise<Browser>; idleMs?: number }): Spare<LoginContext> {
  return createSpare({
    make: async () => makeLoginContext(await deps.getBrowser()),
    usable: (c) => c.browser.isConnected() && !c.page.isClosed(),
    discard: (c) => c.context.close(),
    idleMs: deps.idleMs ?? SPARE_IDLE_MS,
  });
}
