/**
 * The rules every AuthWindow adapter (Electron, browser mode) follows, kept in
 * one place so both decide the same way: what counts as "the redirect URI",
 * which host is blocked, when navigation has become a loop, and how an open()
 * settles exactly once (timeout, cancel, cleanup).
 */
import { withTimeout } from '../../common/with-timeout';
import type { AuthWindowOptions, AuthWindowOutcome } from './ports';

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

/** Counts main-frame navigations (each HTTP redirect hop, each new document). */
export function createRedirectLoopGuard(
  now: () => number = Date.now,
  limit = REDIRECT_LOOP_LIMIT,
  windowMs = REDIRECT_LOOP_WINDOW_MS,
): { record(): number | null } {
  const times: number[] = [];
  return {
    /** Records one navigation; returns the number of hops in the window once it exceeds the limit, else null. */
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

/** How long cleanup may take before the outcome is delivered anyway (a hung window must not hang the test login). */
export const CLEANUP_BOUND_MS = 5_000;

/**
 * One open() = one latch: the first outcome wins; the timeout and the abort
 * signal are wired here; cleanup runs once, before the promise resolves, and
 * never throws into the caller.
 */
export function createOutcomeLatch(
  options: Pick<AuthWindowOptions, 'timeoutMs' | 'signal'>,
  hooks: { lastUrl: () => string | undefined; cleanup: () => Promise<void> | void },
): OutcomeLatch {
  let settled = false;
  let resolve!: (o: AuthWindowOutcome) => void;
  const promise = new Promise<AuthWindowOutcome>((r) => (resolve = r));

  const onAbort = () => settle({ kind: 'cancelled' });
  const timer = setTimeout(() => {
    const lastUrl = safe(hooks.lastUrl);
    settle(lastUrl === undefined ? { kind: 'timeout' } : { kind: 'timeout', lastUrl });
  }, options.timeoutMs);

  function settle(outcome: AuthWindowOutcome): boolean {
    if (settled) return false;
    settled = true;
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
    void runCleanup(hooks.cleanup).then(() => resolve(outcome));
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

/** The page shown in place of the redirect URI once it is caught (it never loads from the network). */
export const LOGIN_CAPTURED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login captured</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px system-ui,sans-serif;margin:3em;color:#1f2937}</style></head>
<body><h1>Login captured</h1><p>You can close this window. The SSO Setup Assistant is checking the result.</p></body></html>`;
