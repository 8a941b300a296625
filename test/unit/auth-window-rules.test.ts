/**
 * The rules both login windows share: exact redirect-URI matching, the
 * redirect-loop guard, the latch that settles an open() exactly once, the
 * outcome an IdP error page gives, and the stop pages known by their words.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as rules from '../../main/core/auth-window-rules';
import {
  ERROR_TEXT_LIMIT,
  PAGE_READ_LIMIT,
  READ_VISIBLE_TEXT_SCRIPT,
  createOutcomeLatch,
  createRedirectLoopGuard,
  errorPageOutcome,
  isOnRedirectHost,
  isReadableIdpPage,
  isStopPage,
  matchesRedirectUri,
  recordNavigation,
  redirectHost,
  seenText,
  stopPageSignatureOf,
} from '../../main/core/auth-window-rules';

const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';

describe('matchesRedirectUri', () => {
  it.each([
    [`${CONSUME}?code=a&state=b`, true],
    [`${CONSUME}?error=access_denied&error_description=User+is+not+assigned`, true],
    [`${CONSUME}#frag`, true],
    ['HTTPS://HuggingFace.co/organizations/acme/oidc/consume?code=a', true],
    ['https://huggingface.co:443/organizations/acme/oidc/consume?code=a', true],
    ['https://huggingface.co:8443/organizations/acme/oidc/consume?code=a', false],
    ['http://huggingface.co/organizations/acme/oidc/consume?code=a', false],
    ['https://huggingface.co/organizations/acme/oidc/consume/?code=a', false],
    ['https://huggingface.co/organizations/ACME/oidc/consume?code=a', false],
    ['https://huggingface.co.evil.example/organizations/acme/oidc/consume?code=a', false],
    ['https://acme.okta.com/login/redirect?code=a&redirect_uri=https%3A%2F%2Fhuggingface.co%2Forganizations%2Facme%2Foidc%2Fconsume', false],
    ['not a url', false],
  ])('%s → %s', (candidate, expected) => {
    expect(matchesRedirectUri(candidate, CONSUME)).toBe(expected);
  });

  it('host checks ignore scheme, port and path but not look-alike hosts', () => {
    expect(isOnRedirectHost('http://huggingface.co:8080/favicon.ico', CONSUME)).toBe(true);
    expect(isOnRedirectHost('https://huggingface.co.evil.example/', CONSUME)).toBe(false);
    expect(redirectHost(CONSUME)).toBe('huggingface.co');
    expect(() => redirectHost('/relative/consume')).toThrow(TypeError);
    expect(() => redirectHost('javascript:alert(1)')).toThrow(TypeError);
  });
});

describe('createRedirectLoopGuard', () => {
  it('reports a loop past 25 navigations inside the window, and forgets navigations older than the window', () => {
    let t = 0;
    const guard = createRedirectLoopGuard(() => t, 25, 30_000);
    for (let i = 0; i < 25; i++) expect(guard.record()).toBeNull();
    t = 30_001; // all earlier ones fall out of the window
    expect(guard.record()).toBeNull();
    const fast = createRedirectLoopGuard(() => 0, 25, 30_000);
    let hops: number | null = null;
    for (let i = 0; i < 26; i++) hops = fast.record();
    expect(hops).toBe(26);
  });
});

describe('createOutcomeLatch', () => {
  it('settles once, cleans up once before resolving, and ignores later outcomes', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const latch = createOutcomeLatch(
      { timeoutMs: 10_000, signal: controller.signal },
      { lastUrl: () => undefined, cleanup: async () => void events.push('cleanup') },
    );
    expect(latch.settle({ kind: 'closed' })).toBe(true);
    expect(latch.settle({ kind: 'redirect', url: CONSUME })).toBe(false);
    controller.abort();
    const outcome = await latch.promise;
    events.push('resolved');
    expect(outcome).toEqual({ kind: 'closed' });
    expect(events).toEqual(['cleanup', 'resolved']);
  });

  it('a caught redirect is delivered while the window still closes (the exchange overlaps it); the cleanup still runs', async () => {
    const events: string[] = [];
    let finishClosing!: () => void;
    const latch = createOutcomeLatch(
      { timeoutMs: 10_000, signal: new AbortController().signal },
      { lastUrl: () => undefined, cleanup: () => new Promise<void>((r) => (finishClosing = () => (events.push('closed'), r()))) },
    );
    latch.settle({ kind: 'redirect', url: `${CONSUME}?code=a` });
    expect(await latch.promise).toEqual({ kind: 'redirect', url: `${CONSUME}?code=a` });
    events.push('resolved');
    finishClosing();
    expect(events).toEqual(['resolved', 'closed']);
  });

  it('times out with the last URL, and a failing cleanup does not replace the outcome', async () => {
    const latch = createOutcomeLatch(
      { timeoutMs: 10, signal: new AbortController().signal },
      { lastUrl: () => 'https://acme.okta.com/login', cleanup: () => Promise.reject(new Error('window already gone')) },
    );
    expect(await latch.promise).toEqual({ kind: 'timeout', lastUrl: 'https://acme.okta.com/login' });
  });

  it('an abort gives cancelled; an already aborted signal settles at once', async () => {
    const controller = new AbortController();
    const latch = createOutcomeLatch({ timeoutMs: 10_000, signal: controller.signal }, { lastUrl: () => undefined, cleanup: () => undefined });
    controller.abort();
    expect(await latch.promise).toEqual({ kind: 'cancelled' });
    const pre = createOutcomeLatch({ timeoutMs: 10_000, signal: AbortSignal.abort() }, { lastUrl: () => undefined, cleanup: () => undefined });
    expect(pre.settled).toBe(true);
    expect(await pre.promise).toEqual({ kind: 'cancelled' });
  });
});

describe('recordNavigation', () => {
  it('settles redirect-loop with the URL and the hop count once the guard reports a loop', async () => {
    const latch = createOutcomeLatch({ timeoutMs: 10_000, signal: new AbortController().signal }, { lastUrl: () => undefined, cleanup: () => undefined });
    const loop = createRedirectLoopGuard(() => 0, 2, 30_000);
    recordNavigation({ latch, loop }, 'https://acme.okta.com/a');
    recordNavigation({ latch, loop }, 'https://acme.okta.com/b');
    expect(latch.settled).toBe(false);
    recordNavigation({ latch, loop }, 'https://acme.okta.com/c');
    expect(await latch.promise).toEqual({ kind: 'redirect-loop', url: 'https://acme.okta.com/c', hops: 3 });
  });
});

describe('errorPageOutcome', () => {
  it('keeps the title and the first ERROR_TEXT_LIMIT characters of the text; anything not a string counts as empty', () => {
    const url = 'https://acme.okta.com/oauth2/v1/authorize';
    const text = 'x'.repeat(ERROR_TEXT_LIMIT + 10);
    expect(errorPageOutcome(400, url, { title: 'Okta - 400 Bad Request', text })).toEqual({
      kind: 'error-page', status: 400, url, title: 'Okta - 400 Bad Request', text: text.slice(0, ERROR_TEXT_LIMIT),
    });
    expect(errorPageOutcome(500, url, undefined)).toEqual({ kind: 'error-page', status: 500, url, title: '', text: '' });
    expect(errorPageOutcome(500, url, { title: 7, text: null })).toEqual({ kind: 'error-page', status: 500, url, title: '', text: '' });
  });
});

describe('stop pages known by their words (served 200 where the sign-in page also lives)', () => {
  const ENTRA_AUTHORIZE = 'https://login.microsoftonline.com/0b5c1c8e-5b8a-4d4e-9a57-2f0c1e6d7a11/oauth2/v2.0/authorize?client_id=c1';
  const SIGN_IN = 'Sign in to your account';
  const page = (text: string, over: Partial<{ url: string; status: number; title: string }> = {}) => ({ url: ENTRA_AUTHORIZE, status: 200, title: SIGN_IN, text, ...over });
  const AADSTS50105 = "AADSTS50105: Your administrator has configured the application Hugging Face ('c1') to block users unless they are specifically granted ('assigned') access to the application.";

  it.each([
    ['Microsoft’s error page with its troubleshooting details', `Sign in\nSorry, but we’re having trouble signing you in.\n${AADSTS50105}\nTroubleshooting details\nError Code: 50105`],
    ['Microsoft’s error page, lead sentence with a straight apostrophe, details folded away', `Sign in\nSorry, but we're having trouble signing you in.\n${AADSTS50105}`],
    ['Microsoft’s Conditional Access page (another heading, same details)', 'You cannot access this right now\nAADSTS53003: Access has been blocked by Conditional Access policies.\nTroubleshooting details'],
    ['Google’s refusal at another address', 'Access blocked: This browser or app may not be secure'],
    ['Google’s “Error 403: disallowed_useragent”', 'Error 403: disallowed_useragent'],
  ])('%s is a stop page', (_what, text) => {
    expect(isStopPage(page(text))).toBe(true);
  });

  it.each([
    ['Microsoft’s sign-in page with a help link naming an AADSTS code', 'Sign in\nEmail, phone, or Skype\nCan’t access your account? See AADSTS50058 in the help\nNext'],
    ['Microsoft’s wrong-password message', 'Enter password\nYour account or password is incorrect. If you don’t remember your password, reset it now.\nSign in'],
    ['a troubleshooting page without an AADSTS number', 'Troubleshooting details\nSorry, but we’re having trouble signing you in.'],
    ['an AADSTS-like word that is no number', 'AADSTS1234 is not a real code. Troubleshooting details'],
    ['an empty page', ''],
  ])('%s is not', (_what, text) => {
    expect(isStopPage(page(text))).toBe(false);
  });

  it('names the signature that matched, and keeps the address and status rules', () => {
    expect(stopPageSignatureOf(SIGN_IN, `${AADSTS50105}\nTroubleshooting details`)).toBe('Microsoft’s sign-in error page');
    expect(stopPageSignatureOf('Sign in', 'Email, phone, or Skype')).toBeUndefined();
    expect(isStopPage(page('Okta - 400 Bad Request', { status: 400 }))).toBe(true);
    expect(isStopPage(page('', { url: 'https://accounts.google.com/v3/signin/rejected?x=1' }))).toBe(true);
  });

  it('only http(s) pages off the redirect URI host are read', () => {
    expect(isReadableIdpPage(ENTRA_AUTHORIZE, CONSUME)).toBe(true);
    expect(isReadableIdpPage('http://127.0.0.1:4000/tenant/oauth2/v2.0/authorize', CONSUME)).toBe(true);
    expect(isReadableIdpPage('https://huggingface.co/elsewhere', CONSUME)).toBe(false);
    expect(isReadableIdpPage('about:blank', CONSUME)).toBe(false);
    expect(isReadableIdpPage('chrome-error://chromewebdata/', CONSUME)).toBe(false);
  });

  it('the read script gives two strings, the text cut in the page to PAGE_READ_LIMIT; anything else counts as no read', () => {
    const inPage = (body: unknown, title: unknown = 'T') => runInNewContext(READ_VISIBLE_TEXT_SCRIPT, { document: { title, body } }) as unknown;
    expect(inPage({ innerText: 'x'.repeat(PAGE_READ_LIMIT + 5) })).toEqual({ title: 'T', text: 'x'.repeat(PAGE_READ_LIMIT) });
    expect(inPage(null)).toEqual({ title: 'T', text: '' });
    expect(seenText(inPage({ innerText: 'hello' }))).toEqual({ title: 'T', text: 'hello' });
    expect(seenText(undefined)).toBeUndefined();
    expect(seenText({ title: 'T', text: 5 })).toBeUndefined();
  });
});

describe('load failures, Negotiate, FastPass stalls, window.open', () => {
  const AUTHZ = 'https://acme.okta.com/oauth2/v1/authorize?client_id=x';

  it('reads the net error from a shell message, with its code', () => {
    expect(rules.netErrorFrom(`net::ERR_NAME_NOT_RESOLVED at ${AUTHZ}`)).toEqual({ name: 'ERR_NAME_NOT_RESOLVED', code: -105 });
    expect(rules.netErrorFrom('ERR_CERT_AUTHORITY_INVALID', -202)).toEqual({ name: 'ERR_CERT_AUTHORITY_INVALID', code: -202 });
    expect(rules.netErrorFrom('ERR_SOMETHING_NEW')).toEqual({ name: 'ERR_SOMETHING_NEW' });
    expect(rules.netErrorFrom('', -102)).toEqual({ name: 'ERR_CONNECTION_REFUSED', code: -102 });
    expect(rules.netErrorFrom('Target page, context or browser has been closed')).toBeUndefined();
  });

  it('ERR_ABORTED, ERR_BLOCKED_BY_CLIENT, an empty HTTP error body and non-web URLs are no load failure', () => {
    expect(rules.loadFailedOutcome(AUTHZ, { name: 'ERR_CONNECTION_REFUSED', code: -102 })).toEqual({ kind: 'load-failed', url: AUTHZ, netError: { name: 'ERR_CONNECTION_REFUSED', code: -102 } });
    for (const name of ['ERR_ABORTED', 'ERR_BLOCKED_BY_CLIENT', 'ERR_HTTP_RESPONSE_CODE_FAILURE']) expect(rules.loadFailedOutcome(AUTHZ, { name })).toBeUndefined();
    expect(rules.loadFailedOutcome('com-okta-authenticator:/deviceChallenge', { name: 'ERR_UNKNOWN_URL_SCHEME' })).toBeUndefined();
    expect(rules.loadFailedOutcome(AUTHZ, undefined)).toBeUndefined();
  });

  it('a 401 with WWW-Authenticate: Negotiate is no stop page; other 401s and Basic are', () => {
    expect(rules.isIdpStopPage(AUTHZ, 401, 'Negotiate')).toBe(false);
    expect(rules.isIdpStopPage(AUTHZ, 401, 'Basic realm="x", Negotiate')).toBe(false);
    expect(rules.isIdpStopPage(AUTHZ, 401, 'negotiate abc==')).toBe(false);
    expect(rules.isIdpStopPage(AUTHZ, 401, 'Basic realm="x"')).toBe(true);
    expect(rules.isIdpStopPage(AUTHZ, 401, 'NegotiateX')).toBe(true);
    expect(rules.isIdpStopPage(AUTHZ, 401)).toBe(true);
    expect(rules.isIdpStopPage(AUTHZ, 400, 'Negotiate')).toBe(true);
  });

  it("recognises Okta's device-challenge pages, not the sign-in form that offers FastPass", () => {
    const at = (text: string, title = 'acme - Sign In', url = AUTHZ) => rules.deviceBoundStallOf({ url, title, text });
    expect(at('Click "Open Okta Verify" on the browser prompt\nDidn’t get a prompt?')?.sign).toBe('Click "Open Okta Verify" on the browser prompt');
    expect(at('Launching Okta Verify...')?.factor).toBe('okta-fastpass');
    expect(at('Verifying your identity\nCancel and take me to sign in')?.factor).toBe('okta-fastpass');
    expect(at('Sign in with Okta FastPass\nIf Okta Verify did not open automatically, tap Open Okta Verify.')?.factor).toBe('okta-fastpass');
    expect(at('Additional setup required to use Okta FastPass')?.factor).toBe('okta-fastpass');
    expect(at('', '', 'com-okta-authenticator:/deviceChallenge?x=1')?.factor).toBe('okta-fastpass');
    expect(at('Sign In\nSign in with Okta FastPass\nOR\nUsername')).toBeUndefined();
    expect(at('Verifying your identity')).toBeUndefined(); // alone, too generic
  });

  it("knows Okta Verify's loopback probes", () => {
    for (const url of ['http://127.0.0.1:8769/probe', 'http://localhost:65111/probe', 'https://a1b2.authenticatorlocalprod.com:65121/probe']) expect(rules.isOktaVerifyProbe(url), url).toBe(true);
    for (const url of ['http://127.0.0.1:8080/', 'https://acme.okta.com/probe', 'https://authenticatorlocalprod.com.evil.example/']) expect(rules.isOktaVerifyProbe(url), url).toBe(false);
  });

  it('at the timeout, the latch reads the last page and says what it stalled on', async () => {
    const latch = createOutcomeLatch(
      { timeoutMs: 10, signal: new AbortController().signal },
      { lastUrl: () => AUTHZ, readLastPage: async () => ({ title: 'Sign In', text: 'Launching Okta Verify...' }), cleanup: () => undefined },
    );
    expect(await latch.promise).toEqual({ kind: 'timeout', lastUrl: AUTHZ, stalledOn: { factor: 'okta-fastpass', sign: 'Launching Okta Verify...' } });
    const hung = createOutcomeLatch(
      { timeoutMs: 10, signal: new AbortController().signal },
      { lastUrl: () => AUTHZ, readLastPage: () => new Promise(() => undefined), deviceSign: () => 'openExternal', cleanup: () => undefined },
    );
    expect(await hung.promise).toEqual({ kind: 'timeout', lastUrl: AUTHZ, stalledOn: { factor: 'okta-fastpass', sign: 'openExternal' } });
  });

  it('window.open: help links as tabs go out through the allow-list; popups, the sign-in host and the redirect host stay', () => {
    const ctx = { authorizationUrl: AUTHZ, redirectUri: CONSUME };
    expect(rules.windowOpenAction({ url: 'https://help.okta.com/x', disposition: 'foreground-tab' }, ctx)).toBe('external');
    expect(rules.windowOpenAction({ url: 'https://help.okta.com/x', disposition: 'new-window' }, ctx)).toBe('popup');
    expect(rules.windowOpenAction({ url: 'https://acme.okta.com/help', disposition: 'foreground-tab' }, ctx)).toBe('popup');
    expect(rules.windowOpenAction({ url: `${CONSUME}?code=x`, disposition: 'background-tab' }, ctx)).toBe('popup');
    expect(rules.windowOpenAction({ url: 'https://evil.example/', disposition: 'foreground-tab' }, ctx)).toBe('popup');
    expect(rules.windowOpenAction({ url: 'https://help.okta.com/x', disposition: 'foreground-tab', postBody: { data: [], contentType: 'application/x-www-form-urlencoded' } }, ctx)).toBe('popup');
    expect(rules.windowOpenAction({ url: 'javascript:alert(1)', disposition: 'foreground-tab' }, ctx)).toBe('deny');
  });
});
