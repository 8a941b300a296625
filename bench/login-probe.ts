/**
 * Watches the app's login window from outside, without touching main/: the
 * Browser handed to browser mode is wrapped so each `newContext`, `newPage`,
 * `newCDPSession`, `newBrowserCDPSession` and context `close` the app makes is
 * timed (and each DevTools command sent on a session it opened), and the login page (through `onLoginPage`, called just before it
 * navigates) is watched for its first response and the redirect to the
 * consume URI. Times are epoch milliseconds (`performance.timeOrigin + now`),
 * the same clock a page's own marks convert to, so both can share one timeline.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface TimedCall {
  /** A Playwright call, or `send:<DevTools method>` / `detach` on a session the app opened. */
  name: 'newContext' | 'newPage' | 'newCDPSession' | 'newBrowserCDPSession' | 'contextClose' | 'detach' | `send:${string}`;
  start: number;
  end: number;
}

/** What one login window did, as seen from outside (epoch ms). */
export interface LoginWindowTrace {
  calls: TimedCall[];
  /** onLoginPage was called: the page is set up and about to navigate. */
  pageReady?: number;
  /** The page's first response (the authorize request answered). */
  firstResponse?: number;
  /** The page's request to the consume URI (the redirect the app catches). */
  redirectSeen?: number;
}

export interface LoginProbe {
  /** The browser to hand to startBrowserMode (the same Chromium, timed). */
  browser: Browser;
  /** To call from the app's onLoginPage hook. */
  watchPage(page: Page): void;
  /** Starts a new trace (one per login); returns it as it fills. */
  begin(): LoginWindowTrace;
}

function bindAll<T extends object>(target: T, overrides: Partial<Record<PropertyKey, unknown>>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop];
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

export function createLoginProbe(browser: Browser, redirectUri: string): LoginProbe {
  let trace: LoginWindowTrace = { calls: [] };
  const timed = async <T>(name: TimedCall['name'], run: () => Promise<T>): Promise<T> => {
    const owner = trace;
    const start = epochNow();
    try {
      return await run();
    } finally {
      owner.calls.push({ name, start, end: epochNow() });
    }
  };
  const redirect = new URL(redirectUri);
  const isRedirect = (url: string) => {
    try {
      const u = new URL(url);
      return u.host === redirect.host && u.pathname === redirect.pathname;
    } catch {
      return false;
    }
  };
  const wrapSession = (session: CDPSession): CDPSession =>
    bindAll(session, {
      send: (method: string, params?: object) => timed(`send:${method}`, () => (session.send as (m: string, p?: object) => Promise<unknown>)(method, params)),
      detach: () => timed('detach', () => session.detach()),
    });
  const wrapContext = (context: BrowserContext): BrowserContext =>
    bindAll(context, {
      newPage: () => timed('newPage', () => context.newPage()),
      newCDPSession: async (page: Page) => wrapSession(await timed('newCDPSession', () => context.newCDPSession(page))),
      close: (options?: { reason?: string }) => timed('contextClose', () => context.close(options)),
    });
  const wrapped = bindAll(browser, {
    newContext: async (options?: Parameters<Browser['newContext']>[0]) => wrapContext(await timed('newContext', () => browser.newContext(options))),
    newBrowserCDPSession: async () => wrapSession(await timed('newBrowserCDPSession', () => browser.newBrowserCDPSession())),
  });
  return {
    browser: wrapped,
    watchPage(page) {
      const owner = trace;
      owner.pageReady = epochNow();
      page.once('response', () => (owner.firstResponse ??= epochNow()));
      const onRequest = (req: { url(): string }) => {
        if (!isRedirect(req.url())) return;
        owner.redirectSeen ??= epochNow();
        page.off('request', onRequest);
      };
      page.on('request', onRequest);
    },
    begin() {
      trace = { calls: [] };
      return trace;
    },
  };
}

/** The login window's stages as both sides report them (ms); null where the app's window could not be observed. */
export interface WindowSplit {
  contextCreation: number | null;
  devtoolsSetup: number | null;
  firstRequest: number | null;
  capture: number | null;
}

/**
 * The app's window, split from a trace: context creation = newContext +
 * newPage; DevTools setup = the rest of the time from the first newContext
 * call to the page being ready (the context-id lookup, the browser-level
 * session, Fetch.enable); first request = ready → first response; capture =
 * first response → the consume-URI request seen on the page.
 */
export function splitWindow(t: LoginWindowTrace): WindowSplit & { windowStart: number | null; captured: number | null } {
  const ready = t.pageReady ?? null;
  // Only what this login made before its page was ready: the next login's spare may be made while this one ends.
  const own = (name: TimedCall['name']) => t.calls.find((c) => c.name === name && (ready === null || c.start <= ready));
  const created = own('newContext');
  const page = own('newPage');
  if (!created && ready !== null) {
    // A context made ahead (prepare): the window starts when its page is handed over; nothing is made at the click.
    return { windowStart: ready, captured: t.redirectSeen ?? null, contextCreation: 0, devtoolsSetup: 0, ...navigationSplit(t, ready) };
  }
  const windowStart = created?.start ?? null;
  const contextCreation = created && page ? created.end - created.start + (page.end - page.start) : null;
  const devtoolsSetup = windowStart !== null && ready !== null && contextCreation !== null ? ready - windowStart - contextCreation : null;
  return { windowStart, captured: t.redirectSeen ?? null, contextCreation, devtoolsSetup, ...navigationSplit(t, ready) };
}

function navigationSplit(t: LoginWindowTrace, ready: number | null): Pick<WindowSplit, 'firstRequest' | 'capture'> {
  const first = t.firstResponse ?? null;
  const captured = t.redirectSeen ?? null;
  return {
    firstRequest: ready !== null && first !== null ? first - ready : null,
    capture: first !== null && captured !== null ? captured - first : null,
  };
}
