/**
 * The rules every AuthWindow adapter (Electron, browser mode) follows, kept in
 * one place so both decide the same way: what counts as "the redirect URI",
 * which host is blocked, when navigation has become a loop, how an open()
 * settles exactly once (timeout, cancel, cleanup), and how an IdP error page
 * is read and reported. Plain data and functions: no electron, no playwright.
 */
import { idpProfiles } from '../../common/idp/profiles';
import { withTimeout } from '../../common/with-timeout';
import { isAllowedExternalUrl } from './app/external-links';
import type { AuthWindowOptions, AuthWindowOutcome, DeviceBoundStall, NetError } from './ports';

/**
 * True when `candidate` is the redirect URI: scheme, host, port and path equal.
 * The query is not looked at: an intermediate redirect that carries `code=` on
 * another URL is not the callback, and the callback is the callback whatever
 * it carries (`code=` or `error=`).
 */
export function matchesRedirectUri(candidate: string, redirectUri: string): boolean {
  const a = parseUrl(candidate);
  const b = parseUrl(redirectUri);
  if (!a || !b) return false;
  // URL() lower-cases scheme and host and drops default ports, so "https://HF.co:443/x" equals "https://hf.co/x".
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port && a.pathname === b.pathname;
}

/** The form a shell saw posted with a main-frame request to the redirect URI, as far as it can see it. */
export interface CaughtRequestBody {
  /** The HTTP method (`GET`, `POST`, ...). */
  method: string;
  /**
   * The request's Content-Type, or undefined when the shell cannot see the request's headers (Electron's
   * onBeforeRequest has none): the body alone decides then.
   */
  contentType?: string;
  /** The body's bytes, or undefined when there is none or the shell could not read it (a file or blob part). */
  body?: Uint8Array | string;
}

/**
 * What a caught main-frame request to exactly the redirect URI ends the login with: the SAML HTTP-POST binding
 * (samlPostOf) when it is one, else the redirect, as for OIDC (a GET with its query; a POST without SAMLResponse
 * keeps its URL and nothing of its body).
 */
export function caughtCallbackOutcome(url: string, request: CaughtRequestBody): AuthWindowOutcome {
  return samlPostOf(url, request) ?? { kind: 'redirect', url };
}

/**
 * The SAML response an IdP posted to the redirect URI (the HTTP-POST binding: an auto-submitted form,
 * `application/x-www-form-urlencoded`, fields SAMLResponse and optional RelayState), or undefined when the request
 * is none: not a POST, another content type (multipart, text/plain), no body, or no non-empty SAMLResponse. The
 * first of repeated fields counts. The caller has checked that `url` is the redirect URI.
 */
export function samlPostOf(url: string, request: CaughtRequestBody): Extract<AuthWindowOutcome, { kind: 'saml-post' }> | undefined {
  if (request.method.toUpperCase() !== 'POST' || request.body === undefined) return undefined;
  if (request.contentType !== undefined && !isFormUrlEncoded(request.contentType)) return undefined;
  const text = typeof request.body === 'string' ? request.body : new TextDecoder('utf-8').decode(request.body);
  // A url-encoded body has no raw line breaks; multipart and text/plain forms do (told apart so where the type is unseen).
  if (/[\r\n]/.test(text)) return undefined;
  const fields = new URLSearchParams(text);
  const samlResponse = fields.get('SAMLResponse');
  if (!samlResponse) return undefined;
  const relayState = fields.get('RelayState');
  return { kind: 'saml-post', url, samlResponse, ...(relayState !== null ? { relayState } : {}) };
}

/** True for `application/x-www-form-urlencoded`, whatever its case and parameters (`; charset=UTF-8`). */
function isFormUrlEncoded(contentType: string): boolean {
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** True when `candidate` is on the redirect URI's host, whatever its scheme, port or path: such requests never reach the network. */
export function isOnRedirectHost(candidate: string, redirectUri: string): boolean {
  const a = parseUrl(candidate);
  const b = parseUrl(redirectUri);
  return !!a && !!b && a.hostname === b.hostname;
}

/** The redirect URI's host name (e.g. `huggingface.co`); throws on a redirect URI that is not an absolute http(s) URL. */
export function redirectHost(redirectUri: string): string {
  const u = parseUrl(redirectUri);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) {
    throw new TypeError(`The redirect URI must be an absolute http(s) URL, got ${JSON.stringify(redirectUri)}`);
  }
  return u.hostname;
}

function parseUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/** More main-frame navigations than this inside the window means the IdP is bouncing the browser around. */
export const REDIRECT_LOOP_LIMIT = 25;
/**
 * Counted over a sliding window so that a person who slowly clicks through many
 * IdP pages (MFA enrolment, retries) is never mistaken for a loop; a loop does
 * its 25 hops in a few seconds.
 */
export const REDIRECT_LOOP_WINDOW_MS = 30_000;

/** Chromium gives up an HTTP redirect chain after this many hops (net::ERR_TOO_MANY_REDIRECTS). */
export const CHROMIUM_REDIRECT_LIMIT = 20;

export interface RedirectLoopGuard {
  /** Records one navigation; returns the number of hops in the window once it exceeds the limit, else null. */
  record(): number | null;
}

/** Counts main-frame navigations (each HTTP redirect hop, each new document). */
export function createRedirectLoopGuard(
  now: () => number = Date.now,
  limit = REDIRECT_LOOP_LIMIT,
  windowMs = REDIRECT_LOOP_WINDOW_MS,
): RedirectLoopGuard {
  const times: number[] = [];
  return {
    record() {
      const t = now();
      times.push(t);
      while (times.length > 0 && (times[0] as number) < t - windowMs) times.shift();
      return times.length > limit ? times.length : null;
    },
  };
}

export interface OutcomeLatch {
  readonly promise: Promise<AuthWindowOutcome>;
  /** Settles with `outcome` unless already settled; returns whether this call won. */
  settle(outcome: AuthWindowOutcome): boolean;
  readonly settled: boolean;
}

/** What an adapter's watcher of the login page (or of one of its popups) works with. */
export interface PageWatch {
  /** The login page itself (its crash or close ends the login), not a popup. */
  isMain: boolean;
  redirectUri: string;
  latch: OutcomeLatch;
  loop: RedirectLoopGuard;
}

/** Records one main-frame navigation to `url`; once they have become a loop, settles the login with it. */
export function recordNavigation(watch: Pick<PageWatch, 'latch' | 'loop'>, url: string): void {
  const hops = watch.loop.record();
  if (hops !== null) watch.latch.settle({ kind: 'redirect-loop', url, hops });
}

/** The outcome when the window could not even be set up (no page ever showed). */
export function openFailed(err: unknown): AuthWindowOutcome {
  return { kind: 'crashed', reason: `Could not open the login window: ${err instanceof Error ? err.message : String(err)}` };
}

/** How long cleanup may take before the outcome is delivered anyway (a hung window must not hang the test login). */
export const CLEANUP_BOUND_MS = 5_000;

/**
 * One open() = one latch: the first outcome wins; the timeout and the abort
 * signal are wired here; cleanup runs once and never throws into the caller.
 * The promise resolves once cleanup is done, except for a caught redirect
 * or SAML post, which resolves at once while the window closes.
 */
export function createOutcomeLatch(
  options: Pick<AuthWindowOptions, 'timeoutMs' | 'signal'>,
  hooks: {
    lastUrl: () => string | undefined;
    cleanup: () => Promise<void> | void;
    /** At the timeout: what the last page shows (READ_VISIBLE_TEXT_SCRIPT), to tell a stall on a device-bound factor. */
    readLastPage?: () => Promise<unknown>;
    /** At the timeout: a device-bound factor the window saw the page reach for (an Okta Verify launch or probe), if any. */
    deviceSign?: () => string | undefined;
  },
): OutcomeLatch {
  let settled = false;
  let resolve!: (o: AuthWindowOutcome) => void;
  const promise = new Promise<AuthWindowOutcome>((r) => (resolve = r));

  const onAbort = () => settle({ kind: 'cancelled' });
  const timer = setTimeout(() => {
    void timeoutOutcome(hooks).then(settle);
  }, options.timeoutMs);

  function settle(outcome: AuthWindowOutcome): boolean {
    if (settled) return false;
    settled = true;
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    const cleaned = runCleanup(hooks.cleanup);
    // A caught redirect (or SAML post) is delivered at once, so the code exchange overlaps the window's closing (issue 15); the
    // interception stays on until the window is gone. Every other outcome comes once the window is closed.
    if (outcome.kind === 'redirect' || outcome.kind === 'saml-post') resolve(outcome);
    else void cleaned.then(() => resolve(outcome));
    return true;
  }

  if (options.signal.aborted) settle({ kind: 'cancelled' });
  else options.signal.addEventListener('abort', onAbort, { once: true });

  return {
    promise,
    settle,
    get settled() {
      return settled;
    },
  };
}

/** How long the timeout waits for a read of the last page (a hung renderer must not delay the outcome). */
export const LAST_PAGE_READ_MS = 2_000;

async function timeoutOutcome(hooks: {
  lastUrl: () => string | undefined;
  readLastPage?: () => Promise<unknown>;
  deviceSign?: () => string | undefined;
}): Promise<AuthWindowOutcome> {
  const lastUrl = safe(hooks.lastUrl);
  let seen: { title: string; text: string } | undefined;
  if (hooks.readLastPage && lastUrl !== undefined) {
    const read = hooks.readLastPage;
    try {
      const r = await withTimeout(Promise.resolve().then(read), LAST_PAGE_READ_MS);
      seen = r.kind === 'done' ? seenText(r.value) : undefined;
    } catch {
      seen = undefined; // the page is gone or busy: the address alone tells what it can
    }
  }
  const stalledOn = deviceBoundStallOf({ url: lastUrl ?? '', title: seen?.title ?? '', text: seen?.text ?? '' }) ?? signStall(safe(() => hooks.deviceSign?.()));
  return { kind: 'timeout', ...(lastUrl !== undefined ? { lastUrl } : {}), ...(stalledOn ? { stalledOn } : {}) };
}

function signStall(sign: string | undefined): DeviceBoundStall | undefined {
  return sign ? { factor: 'okta-fastpass', sign } : undefined;
}

async function runCleanup(cleanup: () => Promise<void> | void): Promise<void> {
  try {
    // Past the bound the outcome is delivered; the cleanup goes on in the background.
    await withTimeout(Promise.resolve().then(cleanup), CLEANUP_BOUND_MS);
  } catch {
    // Cleanup failures (a window already gone, a browser that crashed) must not replace the outcome.
  }
}

function safe(f: () => string | undefined): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** How many characters of an IdP error page's visible text are kept. */
export const ERROR_TEXT_LIMIT = 2000;
/** How many characters of a page's visible text are read to look for a stop page's words (the page sends no more across). */
export const PAGE_READ_LIMIT = 20_000;
/** How long to wait for an IdP error page to render before reading it (and for the read itself). */
export const ERROR_PAGE_RENDER_MS = 5_000;
/**
 * Evaluated in the page: fixed and argument-free, its result only two strings.
 * A string, not a function: core and the shells are type-checked without the DOM library.
 */
export const READ_VISIBLE_TEXT_SCRIPT = `({ title: String(document.title), text: document.body ? String(document.body.innerText).slice(0, ${PAGE_READ_LIMIT}) : "" })`;
/**
 * After each load of an IdP page, when it is read for a stop page's words: at
 * once, and again shortly after, for pages that render their message with
 * script after the load event (login.microsoftonline.com draws with script).
 */
export const STOP_PAGE_READ_DELAYS_MS = [0, 1_000, 3_000] as const;

/**
 * True when an IdP page at `url` is the login's end, so the window must read
 * it and settle at once: an HTTP error (Okta's 400 for an unregistered
 * redirect URI), or a refusal an IdP serves with 200 (Google's
 * /v3/signin/rejected, "This browser or app may not be secure": never wait
 * for the timeout there). The refusal addresses come from the IdP profiles.
 */
export function isIdpStopPage(url: string, status: number, wwwAuthenticate?: string): boolean {
  if (isNegotiateChallenge(status, wwwAuthenticate)) return false;
  return status >= 400 || isEmbeddedRefusalUrl(url);
}

/**
 * A 401 asking for Kerberos/SPNEGO (`WWW-Authenticate: Negotiate`): Okta's Agentless Desktop SSO
 * (`/login/agentlessDsso`) answers so, and its page falls back to the sign-in form by script when the browser
 * has no ticket. Not an IdP error page: the login goes on (or ends at its timeout).
 */
export function isNegotiateChallenge(status: number, wwwAuthenticate: string | undefined): boolean {
  return status === 401 && !!wwwAuthenticate && /(^|,)\s*Negotiate(\s|,|$)/i.test(wwwAuthenticate);
}

/** An IdP's "this browser is not allowed" page, by its address (any host: test IdPs serve it on 127.0.0.1). */
export function isEmbeddedRefusalUrl(url: string): boolean {
  const u = parseUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  return idpProfiles.some((p) => p.embeddedRefusal?.urls.some((re) => re.test(u.pathname)) ?? false);
}

/** Whether a loaded IdP page is worth reading for a stop page's words: an http(s) page off the redirect URI's host (that host never loads). */
export function isReadableIdpPage(url: string, redirectUri: string): boolean {
  const u = parseUrl(url);
  return !!u && (u.protocol === 'https:' || u.protocol === 'http:') && !isOnRedirectHost(url, redirectUri);
}

/**
 * True when a loaded page ends the login: by address or status
 * (isIdpStopPage), or by what it shows, a profile's stop-page signature
 * (Microsoft's error page, served 200 at the very authorize URL). Any
 * profile's signatures count: an Okta org may federate to Entra or Google.
 */
export function isStopPage(page: { url: string; status: number; wwwAuthenticate?: string; title: string; text: string }): boolean {
  return isIdpStopPage(page.url, page.status, page.wwwAuthenticate) || stopPageSignatureOf(page.title, page.text) !== undefined;
}

/** The name of the stop-page signature the title + text match, if any. */
export function stopPageSignatureOf(title: string, text: string): string | undefined {
  const seen = `${title}\n${text.slice(0, PAGE_READ_LIMIT)}`;
  for (const profile of idpProfiles) {
    for (const signature of profile.stopPages ?? []) {
      if (signature.allOf.every((re) => re.test(seen))) return signature.name;
    }
  }
  return undefined;
}

/** The title and text a page read gave, or undefined when it gave something else (a failed read, a page that lied). */
export function seenText(seen: unknown): { title: string; text: string } | undefined {
  if (typeof seen !== 'object' || seen === null) return undefined;
  const { title, text } = seen as { title?: unknown; text?: unknown };
  return typeof title === 'string' && typeof text === 'string' ? { title, text } : undefined;
}

/** One loaded IdP document as a shell sees it, for readLoadedPage(). */
export interface LoadedPage {
  redirectUri: string;
  latch: OutcomeLatch;
  /** The HTTP status the document was served with. */
  status: number;
  /** Its `WWW-Authenticate` header, if any (a 401 Negotiate is no stop page). */
  wwwAuthenticate?: string;
  /** The page's address now (throws or undefined once it is gone). */
  url(): string | undefined;
  /** False once another document has replaced this one (or the page is gone). */
  isCurrent(): boolean;
  /** Evaluates READ_VISIBLE_TEXT_SCRIPT in the page; may throw (navigated away, closed) or resolve to anything. */
  read(): Promise<unknown>;
}

/**
 * After a load of an IdP page: reads it at each STOP_PAGE_READ_DELAYS_MS and
 * settles the login as an error page once it shows a stop page's words. A read
 * that fails or gives no strings is skipped (the timeout still applies), and
 * so is a read whose page was replaced meanwhile. Pages a status or an address
 * already marks as stop pages are left to the shell's own error-page report.
 */
export async function readLoadedPage(page: LoadedPage): Promise<void> {
  let waited = 0;
  for (const at of STOP_PAGE_READ_DELAYS_MS) {
    if (at > waited) await sleep(at - waited);
    waited = at;
    if (page.latch.settled || !page.isCurrent()) return;
    const url = safe(page.url);
    if (url === undefined || !isReadableIdpPage(url, page.redirectUri) || isIdpStopPage(url, page.status, page.wwwAuthenticate)) return;
    let seen: { title: string; text: string } | undefined;
    try {
      const read = await withTimeout(page.read(), ERROR_PAGE_RENDER_MS);
      seen = read.kind === 'done' ? seenText(read.value) : undefined;
    } catch {
      seen = undefined; // the page navigated away or closed during the read
    }
    if (!seen || page.latch.settled || !page.isCurrent()) continue;
    if (isStopPage({ url, status: page.status, wwwAuthenticate: page.wwwAuthenticate, ...seen })) {
      page.latch.settle(errorPageOutcome(page.status, url, seen));
      return;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    (timer as { unref?: () => void }).unref?.();
  });
}

/** The error-page outcome from the title and text the page showed (missing or odd fields count as empty), text cut to ERROR_TEXT_LIMIT. */
export function errorPageOutcome(status: number, url: string, seen: unknown): AuthWindowOutcome {
  const { title, text } = (seen ?? {}) as { title?: unknown; text?: unknown };
  return {
    kind: 'error-page',
    status,
    url,
    title: typeof title === 'string' ? title : '',
    text: typeof text === 'string' ? text.slice(0, ERROR_TEXT_LIMIT) : '',
  };
}

/** The page shown in place of the redirect URI once it is caught (it never loads from the network). */
export const LOGIN_CAPTURED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login captured</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px system-ui,sans-serif;margin:3em;color:#1f2937}</style></head>
<body><h1>Login captured</h1><p>You can close this window. The SSO Setup Assistant is checking the result.</p></body></html>`;

/**
 * Chromium net errors that are no load failure of the login: ERR_ABORTED (-3: a page that redirected at once, a
 * navigation replaced by another), ERR_BLOCKED_BY_CLIENT (-20: our own block of the redirect URI's host), and
 * ERR_HTTP_RESPONSE_CODE_FAILURE (-379: an HTTP error with an empty body, which the error-page rule reports with
 * its status).
 */
const NOT_LOAD_FAILURES: ReadonlySet<string> = new Set(['ERR_ABORTED', 'ERR_BLOCKED_BY_CLIENT', 'ERR_HTTP_RESPONSE_CODE_FAILURE']);

/** Codes of the net errors an IdP page typically fails with (net/base/net_error_list.h), for shells that report only the name. */
const NET_ERROR_CODES: Readonly<Record<string, number>> = {
  ERR_ABORTED: -3,
  ERR_TIMED_OUT: -7,
  ERR_BLOCKED_BY_CLIENT: -20,
  ERR_CONNECTION_CLOSED: -100,
  ERR_CONNECTION_RESET: -101,
  ERR_CONNECTION_REFUSED: -102,
  ERR_NAME_NOT_RESOLVED: -105,
  ERR_INTERNET_DISCONNECTED: -106,
  ERR_SSL_PROTOCOL_ERROR: -107,
  ERR_ADDRESS_UNREACHABLE: -109,
  ERR_SSL_CLIENT_AUTH_CERT_NEEDED: -110,
  ERR_TUNNEL_CONNECTION_FAILED: -111,
  ERR_BAD_SSL_CLIENT_AUTH_CERT: -117,
  ERR_CONNECTION_TIMED_OUT: -118,
  ERR_PROXY_CONNECTION_FAILED: -130,
  ERR_NAME_RESOLUTION_FAILED: -137,
  ERR_CERT_COMMON_NAME_INVALID: -200,
  ERR_CERT_DATE_INVALID: -201,
  ERR_CERT_AUTHORITY_INVALID: -202,
  ERR_CERT_REVOKED: -206,
  ERR_CERT_INVALID: -207,
  ERR_EMPTY_RESPONSE: -324,
  ERR_HTTP_RESPONSE_CODE_FAILURE: -379,
};

/**
 * The net error in a shell's message (`net::ERR_NAME_NOT_RESOLVED at https://…`, `ERR_CERT_AUTHORITY_INVALID`),
 * with its code when given or known; undefined when the message names none (Playwright's "Target closed", ...).
 */
export function netErrorFrom(message: string, code?: number): NetError | undefined {
  const name = /\b(ERR_[A-Z0-9_]+)\b/.exec(message)?.[1] ?? (code !== undefined && code < 0 ? netErrorName(code) : undefined);
  if (!name) return undefined;
  const known = code ?? NET_ERROR_CODES[name];
  return known === undefined ? { name } : { name, code: known };
}

function netErrorName(code: number): string {
  return Object.entries(NET_ERROR_CODES).find(([, c]) => c === code)?.[0] ?? `ERR_${-code}`;
}

/** The outcome for a main-frame load failure of an http(s) page, or undefined when it is none (see NOT_LOAD_FAILURES). */
export function loadFailedOutcome(url: string, netError: NetError | undefined): AuthWindowOutcome | undefined {
  if (!netError || NOT_LOAD_FAILURES.has(netError.name) || netError.code === -3 || netError.code === -20) return undefined;
  const u = parseUrl(url);
  // A navigation to another app's scheme (com-okta-authenticator:) is not a page of the login.
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return undefined;
  return { kind: 'load-failed', url, netError };
}

/**
 * Okta's sign-in page waiting for Okta Verify (Okta FastPass, a device-bound factor), by its own words
 * (okta/okta-signin-widget, packages/@okta/i18n/src/properties/login.properties: customUri.title,
 * customUri.subtitle, deviceTrust.sso.redirectText with loopback.polling.cancel.link, universalLink.content,
 * enroll.title.oda.with.account). The "Sign in with Okta FastPass" button alone is not a stall: the user may
 * still type a password.
 */
const DEVICE_BOUND_SIGNS: readonly { sign: string; allOf: readonly RegExp[] }[] = [
  { sign: 'Click "Open Okta Verify" on the browser prompt', allOf: [/Click\s+["“]Open Okta Verify["”]\s+on the browser prompt/i] },
  { sign: 'Launching Okta Verify...', allOf: [/Launching Okta Verify/i] },
  { sign: 'Verifying your identity (Okta Verify on this device)', allOf: [/Verifying your identity/i, /Cancel and take me to sign in/i] },
  { sign: 'If Okta Verify did not open automatically, tap Open Okta Verify.', allOf: [/If Okta Verify did not open automatically/i] },
  { sign: 'Additional setup required to use Okta FastPass', allOf: [/Additional setup required to use Okta FastPass/i] },
];

/** A stall on a device-bound factor the last page shows, by its words or its address (an Okta Verify launch URL). */
export function deviceBoundStallOf(page: { url: string; title: string; text: string }): DeviceBoundStall | undefined {
  if (/^com-okta-authenticator:/i.test(page.url)) return { factor: 'okta-fastpass', sign: 'com-okta-authenticator: (Okta Verify launch)' };
  const seen = `${page.title}\n${page.text.slice(0, PAGE_READ_LIMIT)}`;
  const hit = DEVICE_BOUND_SIGNS.find((s) => s.allOf.every((re) => re.test(seen)));
  return hit ? { factor: 'okta-fastpass', sign: hit.sign } : undefined;
}

/**
 * A request of the login page that reaches for Okta Verify's loopback server (Okta FastPass): port 8769 or
 * 65111, 65121, 65131, 65141, 65151 on 127.0.0.1/localhost, or `*.authenticatorlocalprod.com` (a public name for 127.0.0.1), the
 * addresses Okta's sign-in page allows in its CSP.
 */
export function isOktaVerifyProbe(url: string): boolean {
  const u = parseUrl(url);
  if (!u) return false;
  if (/(^|\.)authenticatorlocalprod\.com$/.test(u.hostname)) return true;
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  return loopback && /^(8769|651[1-5]1)$/.test(u.port);
}

/** What the login window does with a window.open() / target=_blank of an IdP page. */
export type WindowOpenAction = 'popup' | 'external' | 'deny';

/**
 * A sign-in popup (window.open with features, a shift+click: disposition `new-window`) opens as a sandboxed
 * child; a link opened as a tab (`target=_blank`: `foreground-tab` for a left click, `background-tab` for a
 * middle or ctrl/cmd click; Electron's web-contents.md, setWindowOpenHandler) to an allow-listed help page goes
 * to the system browser, but never one to the IdP's own sign-in host or the redirect URI's host, nor a form
 * posted there (`postBody`): those stay in the login's session. Non-web URLs are refused.
 */
export function windowOpenAction(
  details: { url: string; disposition: string; postBody?: unknown },
  ctx: { authorizationUrl: string; redirectUri: string },
): WindowOpenAction {
  const u = parseUrl(details.url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return 'deny';
  const asTab = details.disposition === 'foreground-tab' || details.disposition === 'background-tab';
  const signInHost = parseUrl(ctx.authorizationUrl)?.hostname;
  const posted = details.postBody !== undefined && details.postBody !== null;
  if (asTab && !posted && isAllowedExternalUrl(details.url) && u.hostname !== signInHost && !isOnRedirectHost(details.url, ctx.redirectUri)) return 'external';
  return 'popup';
}
