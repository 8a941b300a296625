/**
 * The AuthWindow port in browser mode: the IdP's login page in a fresh
 * Chromium context driven by playwright-core.
 *
 * The redirect to the Hub's consume URI (or a SAML IdP's form POST to the
 * Hub's ACS, read from the paused request) is caught with the DevTools `Fetch`
 * domain, not Playwright's `route()`: route() never sees redirect hops, so an
 * IdP's 302/303 to the consume URI would reach the network (measured). The
 * interception is browser-level and on before the first navigation
 * (redirect-interception.ts: one session per browser, kept), so popups opened
 * by the sign-in page are covered from their very first request (a per-page
 * session attached from the 'popup' event would be late), and routed by
 * browser context, so other contexts are left alone.
 *
 * The context and its page can be made ahead (login-context.ts, `prepare`), where a page made early cannot be
 * seen (headless): making them is most of the window's cost, and a spare is as fresh as one made at the click.
 *
 * Chromium's own decisions are reported as outcomes, never left as a blank
 * window: a page that cannot load (DNS, certificate, connection refused), an
 * IdP error page, a loop.
 */
import type { Browser, BrowserContext, CDPSession, Page, Request, Response } from 'playwright-core';
import type { AuthWindow, AuthWindowOptions, AuthWindowOutcome } from '../core/ports';
import {
  CHROMIUM_REDIRECT_LIMIT,
  ERROR_PAGE_RENDER_MS,
  LOGIN_CAPTURED_HTML,
  caughtCallbackOutcome,
  READ_VISIBLE_TEXT_SCRIPT,
  createOutcomeLatch,
  createRedirectLoopGuard,
  errorPageOutcome,
  isIdpStopPage,
  isOktaVerifyProbe,
  isOnRedirectHost,
  loadFailedOutcome,
  matchesRedirectUri,
  netErrorFrom,
  openFailed,
  readLoadedPage,
  recordNavigation,
  redirectHost,
  type CaughtRequestBody,
  type OutcomeLatch,
  type PageWatch,
} from '../core/auth-window-rules';
import type { Spare } from '../core/spare';
import { createSpareLoginContext, makeLoginContext, type LoginContext } from './login-context';
import { redirectInterceptionFor, type InterceptionRegistration, type PausedRequest } from './redirect-interception';

export interface BrowserAuthWindowDeps {
  /** The Chromium to open login contexts in (see launch-auth-chromium.ts for one that never preconnects). */
  getBrowser: () => Promise<Browser>;
  /** Sees each login page before it navigates (tests and the demo fill its form). */
  onPage?: (page: Page) => void;
  /**
   * Told about each request on the redirect URI's host this window stopped (for logs and tests; URLs may carry a
   * code: never log them unredacted). Never the body: a posted SAMLResponse is in the outcome only.
   */
  onIntercept?: (event: { url: string; action: 'fulfilled' | 'blocked' }) => void;
  now?: () => number;
  /**
   * Make the next login's context ahead when asked (`prepare`), so the click pays only for the IdP's pages. Only
   * where it cannot be seen: in a headed Chromium its page would be an empty window on the admin's screen.
   */
  prepareAhead?: boolean;
}

export function createBrowserAuthWindow(deps: BrowserAuthWindowDeps): AuthWindow {
  const spare = deps.prepareAhead ? createSpareLoginContext({ getBrowser: deps.getBrowser }) : undefined;
  return {
    open: (url, options) => openInFreshContext(deps, spare, url, options),
    ...(spare
      ? {
          async prepare() {
            // The kept interception too: the first test after start-up then finds it on.
            const browser = await deps.getBrowser().catch(() => undefined);
            if (browser) void redirectInterceptionFor(browser).catch(() => undefined);
            await spare.prepare();
          },
          close: () => spare.close(),
        }
      : {}),
  };
}

async function openInFreshContext(
  deps: BrowserAuthWindowDeps,
  spare: Spare<LoginContext> | undefined,
  authorizationUrl: string,
  options: AuthWindowOptions,
): Promise<AuthWindowOutcome> {
  const { redirectUri } = options;
  const host = redirectHost(redirectUri); // throws on a malformed redirect URI before anything opens
  if (options.signal.aborted) return { kind: 'cancelled' };

  let context: BrowserContext | undefined;
  let registration: InterceptionRegistration | undefined;
  let mainPage: Page | undefined;

  // Idempotent: runs when the latch settles, and again if setup finishes after that.
  const cleanup = async () => {
    const c = context;
    const r = registration;
    context = undefined;
    registration = undefined;
    // Close the context first (pages, popups, cookies, storage: all in memory), then stop intercepting for it.
    if (c) await c.close().catch(() => undefined);
    if (r) await r.release();
  };

  let deviceSign: string | undefined;
  const latch = createOutcomeLatch(options, {
    lastUrl: () => (mainPage && !mainPage.isClosed() ? mainPage.url() : undefined),
    readLastPage: () => (mainPage && !mainPage.isClosed() ? mainPage.evaluate<unknown>(READ_VISIBLE_TEXT_SCRIPT) : Promise.resolve(undefined)),
    deviceSign: () => deviceSign,
    cleanup,
  });
  const loop = createRedirectLoopGuard(deps.now);

  try {
    const browser = await deps.getBrowser();
    if (latch.settled) return latch.promise;

    // The kept interception is made at the first login (later ones find it ready), meanwhile the context: the
    // spare made ahead when there is one (never used before: as fresh as one made now), else made here.
    const interceptionReady = redirectInterceptionFor(browser);
    const ready = await spare?.take();
    // A spare made in another browser (the logins' Chromium was relaunched) is not this login's.
    if (ready && ready.browser !== browser) await ready.context.close().catch(() => undefined);
    const made = ready && ready.browser === browser ? ready : await makeLoginContext(browser);
    context = made.context;
    const page = made.page;
    mainPage = page;
    if (latch.settled) return await cleanupThen(cleanup, latch);
    const interception = await interceptionReady;

    registration = await interception.register(host, made.contextId, (session, event, owner) =>
      decide(session, event, owner, { redirectUri, latch, onIntercept: deps.onIntercept }),
    );
    if (latch.settled) return await cleanupThen(cleanup, latch);

    watchPage(page, { isMain: true, redirectUri, latch, loop, sawDeviceFactor: (sign) => (deviceSign ??= sign) });
    deps.onPage?.(page);

    page.goto(authorizationUrl, { waitUntil: 'commit' }).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (message.includes('ERR_TOO_MANY_REDIRECTS')) {
        latch.settle({ kind: 'redirect-loop', url: authorizationUrl, hops: CHROMIUM_REDIRECT_LIMIT });
        return;
      }
      // ERR_ABORTED (the page redirected at once, or was replaced) is no failure; DNS, TLS, refused are.
      const failed = loadFailedOutcome(authorizationUrl, netErrorFrom(message));
      if (failed) latch.settle(failed);
    });
  } catch (err) {
    // The browser went away during setup: no page ever showed, so the window is as good as crashed.
    latch.settle(openFailed(err));
  }
  return latch.promise;
}

async function cleanupThen(cleanup: () => Promise<void>, latch: OutcomeLatch): Promise<AuthWindowOutcome> {
  await cleanup();
  return latch.promise;
}

/**
 * Decides one paused request of this login's context (or of no context that can be told, `owner` null) on the
 * redirect URI's host: fulfil the callback (a redirect, or a SAML response posted there), block everything else.
 */
async function decide(
  session: CDPSession,
  event: PausedRequest,
  owner: string | null,
  ctx: {
    redirectUri: string;
    latch: OutcomeLatch;
    onIntercept: BrowserAuthWindowDeps['onIntercept'];
  },
): Promise<void> {
  const { requestId } = event;
  const url = event.request.url;
  try {
    // The URL pattern is a plain wildcard: a look-alike (e.g. the host inside a query string) is let through.
    if (!isOnRedirectHost(url, ctx.redirectUri)) {
      await session.send('Fetch.continueRequest', { requestId });
      return;
    }
    // The interception routes here only requests of this login's context (owner set) or of no context it can tell (null).
    const isCallback = owner !== null && event.resourceType === 'Document' && matchesRedirectUri(url, ctx.redirectUri);
    if (isCallback && !ctx.latch.settled) {
      // A SAML IdP posts its response here (HTTP-POST binding): read from the paused request, never sent.
      const outcome = caughtCallbackOutcome(url, caughtBodyOf(event.request));
      const fulfilled = session.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [
          { name: 'Content-Type', value: 'text/html; charset=utf-8' },
          { name: 'Cache-Control', value: 'no-store' },
        ],
        body: Buffer.from(LOGIN_CAPTURED_HTML, 'utf8').toString('base64'),
      });
      ctx.latch.settle(outcome);
      ctx.onIntercept?.({ url, action: 'fulfilled' });
      await fulfilled;
      return;
    }
    // Same host, not the callback (favicon, another path, another port or scheme, a second callback): never reaches the network.
    ctx.onIntercept?.({ url, action: 'blocked' });
    await session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
  } catch {
    // The target closed while paused (the context is being torn down): the request dies with it.
  }
}

/**
 * The method, Content-Type and body of a paused request. Chromium puts the whole body of a form POST in the
 * `Fetch.requestPaused` event (`postDataEntries`, base64 parts; Playwright reads bodies the same way); the
 * deprecated `postData` string is the fallback. No Fetch command fetches a body the event left out
 * (`Network.getRequestPostData` wants the Network domain's request id on a page session): such a body counts as
 * unread.
 */
function caughtBodyOf(request: PausedRequest['request']): CaughtRequestBody {
  const contentType = Object.entries(request.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const parts = request.postDataEntries;
  let body: Uint8Array | string | undefined;
  if (parts && parts.length > 0 && parts.every((p) => typeof p.bytes === 'string')) {
    body = Buffer.concat(parts.map((p) => Buffer.from(p.bytes as string, 'base64')));
  } else if (!parts?.length && typeof request.postData === 'string') {
    body = request.postData;
  }
  return { method: request.method ?? 'GET', ...(contentType !== undefined ? { contentType } : {}), ...(body !== undefined ? { body } : {}) };
}

/** Outcomes a page can produce: IdP error pages, load failures, crashes, loops, and (for the login page itself) being closed. */
function watchPage(page: Page, ctx: PageWatch & { sawDeviceFactor: (sign: string) => void }): void {
  const { latch, redirectUri } = ctx;
  const isMainFrameDocument = (req: Request): boolean => {
    try {
      return req.isNavigationRequest() && req.frame() === page.mainFrame();
    } catch {
      return false; // service-worker requests have no frame
    }
  };

  // The document now shown: a new main-frame navigation makes pending reads of the old one stale.
  let documentGeneration = 0;
  let documentStatus = 200;
  let documentChallenge: string | undefined;

  page.on('request', (req) => {
    // Okta's sign-in page probing Okta Verify's loopback server: the sign-in waits for a device-bound factor.
    if (isOktaVerifyProbe(req.url())) ctx.sawDeviceFactor(`${new URL(req.url()).host} (Okta Verify loopback probe)`);
    if (!isMainFrameDocument(req)) return;
    documentGeneration++;
    if (matchesRedirectUri(req.url(), redirectUri)) return;
    recordNavigation(ctx, req.url());
  });
  page.on('requestfailed', (req) => {
    if (!isMainFrameDocument(req)) return;
    const errorText = req.failure()?.errorText ?? '';
    // Chromium itself stops an HTTP redirect chain after 20 hops.
    if (errorText.includes('ERR_TOO_MANY_REDIRECTS')) {
      latch.settle({ kind: 'redirect-loop', url: req.url(), hops: redirectChainLength(req) });
      return;
    }
    // A page of the login that cannot load (a popup's failure shows in the popup; the login waits on).
    const failed = ctx.isMain ? loadFailedOutcome(req.url(), netErrorFrom(errorText)) : undefined;
    if (failed) latch.settle(failed);
  });
  page.on('response', (res) => {
    if (!isMainFrameDocument(res.request())) return;
    documentStatus = res.status();
    documentChallenge = res.headers()['www-authenticate'];
    // An error page, or a refusal page served with 200 (Google's embedded-browser refusal): read it and settle.
    if (isIdpStopPage(res.url(), res.status(), documentChallenge) && !isOnRedirectHost(res.url(), redirectUri)) {
      void reportErrorPage(page, res, latch);
    }
  });
  // No 'dialog' listener on purpose: with none, Playwright dismisses alerts and accepts `beforeunload` (its
  // Dialog._close), so an IdP page's "Leave site?" never keeps the login window from closing.
  // A page served 200 where the sign-in page also lives (Microsoft's error page at the authorize URL): known by its words.
  page.on('load', () => {
    const generation = documentGeneration;
    void readLoadedPage({
      redirectUri,
      latch,
      status: documentStatus,
      wwwAuthenticate: documentChallenge,
      url: () => (page.isClosed() ? undefined : page.url()),
      isCurrent: () => generation === documentGeneration && !page.isClosed(),
      read: () => page.evaluate<unknown>(READ_VISIBLE_TEXT_SCRIPT),
    });
  });
  page.on('crash', () => {
    if (ctx.isMain) latch.settle({ kind: 'crashed', reason: 'The renderer process of the login page crashed.' });
  });
  if (ctx.isMain) page.on('close', () => latch.settle({ kind: 'closed' }));
  // Sign-in popups live in the same fresh context; the browser-level interception already covers them.
  page.on('popup', (popup) => watchPage(popup, { ...ctx, isMain: false }));
}

function redirectChainLength(req: Request): number {
  let n = 1;
  for (let r = req.redirectedFrom(); r; r = r.redirectedFrom()) n++;
  return n;
}

/** Reads what the user sees on an IdP error page (e.g. Okta's 400 for an unregistered redirect URI). */
async function reportErrorPage(page: Page, res: Response, latch: OutcomeLatch): Promise<void> {
  const url = res.url();
  let seen: unknown;
  try {
    await page.waitForURL(url, { waitUntil: 'domcontentloaded', timeout: ERROR_PAGE_RENDER_MS });
    seen = await page.evaluate<unknown>(READ_VISIBLE_TEXT_SCRIPT);
  } catch {
    // Not rendered (or already gone): fall back to the response body without its tags.
    const body = await res.text().catch(() => '');
    seen = {
      title: /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim() ?? '',
      text: body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
    };
  }
  latch.settle(errorPageOutcome(res.status(), url, seen));
}
