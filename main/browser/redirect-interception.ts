/**
 * One browser-level DevTools session per login Chromium, set up at the first
 * test login and kept for the browser's life: the interception of requests to
 * the redirect URI's host that every browser-mode login window relies on.
 *
 * Why kept: attaching a browser-level session and detaching it again cost each
 * login 100–190 ms (issue 15; detaching is the slow half), and a page-level
 * session would miss a popup's first request. Kept, the interception is
 * already on before a login's context has its first page, so popups are
 * covered from their very first request as before; a login only registers its
 * context and host (one `Fetch.enable` when the set of hosts changes).
 *
 * The patterns follow the hosts of the logins registered; when the last one
 * ends they stay as they were (see syncPatterns).
 *
 * Each paused request goes to the login whose browser context its frame
 * belongs to. A request from a context no login registered (another context
 * of the same browser, e.g. the app's own page) continues untouched; one
 * whose context cannot be told (a target already gone, a worker) goes to a
 * login on that host, which blocks it, since it might be that login's.
 */
import type { Browser, CDPSession } from 'playwright-core';

/** The fields of a DevTools `Fetch.requestPaused` event used here (playwright-core does not export its protocol types). */
export interface PausedRequest {
  requestId: string;
  request: {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    /** The body as a string (deprecated in the protocol; may be left out, e.g. when long). */
    postData?: string;
    hasPostData?: boolean;
    /** The body in parts, each base64 (`bytes` absent for a part that is no bytes: a file, a blob). */
    postDataEntries?: { bytes?: string }[];
  };
  frameId: string;
  resourceType: string;
}

/**
 * How a login answers a paused request (see auth-window.ts): one of its own context (`owner` is its context id), or
 * one on its host whose context cannot be told (`owner` null), which it must not let through.
 */
export type PausedRequestHandler = (session: CDPSession, event: PausedRequest, owner: string | null) => Promise<void>;

export interface InterceptionRegistration {
  /** Stops routing this login's requests; the host's pattern goes when another login's host replaces it. */
  release(): Promise<void>;
}

export interface RedirectInterception {
  /**
   * Routes paused requests to `host` (the redirect URI's host name, every port and scheme) from the browser context `contextId`
   * resolves to, to `handle`. Resolves once the browser pauses requests to that host: navigate only after.
   * `contextId` may still be pending: a paused request waits for it (it is needed only on the redirect host).
   */
  register(host: string, contextId: Promise<string>, handle: PausedRequestHandler): Promise<InterceptionRegistration>;
}

interface Login {
  host: string;
  contextId: Promise<string | null>;
  /** The context id once looked up (undefined while pending, null if the lookup failed). */
  known?: string | null;
  handle: PausedRequestHandler;
}

const interceptions = new WeakMap<Browser, Promise<RedirectInterception>>();

/** The browser's interception, created at the first call. */
export function redirectInterceptionFor(browser: Browser): Promise<RedirectInterception> {
  let made = interceptions.get(browser);
  if (!made) {
    made = createInterception(browser);
    // A failed setup (the browser went away) must not stay cached for the next login.
    made.catch(() => interceptions.delete(browser));
    interceptions.set(browser, made);
  }
  return made;
}

async function createInterception(browser: Browser): Promise<RedirectInterception> {
  const session = await browser.newBrowserCDPSession();
  const logins = new Set<Login>();
  /** The hosts whose pattern is on, as last sent. */
  let enabledFor = '';
  /** Serialises Fetch.enable calls so an older pattern set never lands after a newer one. */
  let patternsSent: Promise<void> = Promise.resolve();

  const syncPatterns = (): Promise<void> => {
    patternsSent = patternsSent.then(async () => {
      const hosts = [...new Set([...logins].map((l) => l.host))].sort();
      const key = hosts.join(' ');
      // With no login left the last patterns stay on: Fetch.disable cost 90–150 ms of the browser's time per login,
      // and a paused request no login owns just continues (route() below).
      if (key === enabledFor || hosts.length === 0) return;
      // Every scheme and port of each host; anything that matches but is not on the host is let through by the login.
      const patterns = hosts.flatMap((h) => [
        { urlPattern: `*://${h}/*`, requestStage: 'Request' as const },
        { urlPattern: `*://${h}:*`, requestStage: 'Request' as const },
      ]);
      await session.send('Fetch.enable', { patterns });
      enabledFor = key;
    });
    return patternsSent;
  };

  const ownerOf = async (frameId: string): Promise<string | null> => {
    try {
      const { targetInfo } = await session.send('Target.getTargetInfo', { targetId: frameId });
      return targetInfo.browserContextId ?? null;
    } catch {
      return null;
    }
  };

  /** The login of a browser context; waits only for logins whose context id is still being looked up. */
  const loginOf = async (contextId: string): Promise<Login | undefined> => {
    const found = [...logins].find((l) => l.known === contextId);
    if (found) return found;
    const pending = [...logins].filter((l) => l.known === undefined);
    const ids = await Promise.all(pending.map((l) => l.contextId));
    return pending[ids.indexOf(contextId)];
  };

  session.on('Fetch.requestPaused', (event: PausedRequest) => {
    void route(event);
  });

  async function route(event: PausedRequest): Promise<void> {
    try {
      const owner = await ownerOf(event.frameId);
      const mine = owner === null ? [...logins].find((l) => hostnameOf(event.request.url) === l.host) : await loginOf(owner);
      if (mine) return await mine.handle(session, event, owner);
      if (owner !== null) {
        // Another context of this browser: not a login's to decide.
        await session.send('Fetch.continueRequest', { requestId: event.requestId });
        return;
      }
      // Whose it is cannot be told: it never reaches the network.
      await session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    } catch {
      // The target closed while paused: the request dies with it.
    }
  }

  return {
    async register(host, contextId, handle) {
      const login: Login = { host, contextId: contextId.catch(() => null), handle };
      void login.contextId.then((id) => (login.known = id));
      logins.add(login);
      try {
        await syncPatterns();
      } catch (err) {
        logins.delete(login);
        throw err;
      }
      return {
        async release() {
          if (!logins.delete(login)) return;
          await syncPatterns().catch(() => undefined);
        },
      };
    },
  };
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
