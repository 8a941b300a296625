/**
 * The Electron login window against small fakes of the Electron objects it
 * touches (BrowserWindow + WebContents, session.fromPartition + webRequest).
 * The Electron binary cannot run here; these fakes replay the events Chromium
 * fires, with Electron's argument shapes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createElectronAuthWindow, type ElectronAuthWindowDeps } from '../../main/electron/auth-window';
import type { AuthWindowOutcome } from '../../main/core/ports';
import { READ_VISIBLE_TEXT_SCRIPT } from '../../main/core/auth-window-rules';
import { FakeAuthBrowserWindow } from './fakes/electron-auth-browser-window';
import { FakeSessionModule, type FakeAuthSession } from './fakes/electron-auth-session';

const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';
const CALLBACK = `${CONSUME}?code=the-code&state=st-1`;
const AUTHORIZE = 'https://acme.okta.com/oauth2/v1/authorize?client_id=abc&state=st-1';

const ENTRA_AUTHORIZE = 'https://login.microsoftonline.com/0b5c1c8e-5b8a-4d4e-9a57-2f0c1e6d7a11/oauth2/v2.0/authorize?client_id=c1&state=st-1';
/** Microsoft's error page as innerText shows it (login.microsoftonline.com, HTTP 200). */
const ENTRA_ERROR_TEXT = [
  'Microsoft',
  'Sign in',
  'Sorry, but we’re having trouble signing you in.',
  "AADSTS50105: Your administrator has configured the application Hugging Face ('c1') to block users unless they are specifically granted ('assigned') access to the application.",
  'Troubleshooting details',
  'If you contact your administrator, send this info to them.',
  'Request Id: 5f0e…',
  'Error Code: 50105',
].join('\n');
/** Microsoft's sign-in page, with a help link that names an AADSTS code. */
const ENTRA_SIGN_IN_TEXT = 'Microsoft\nSign in\nEmail, phone, or Skype\nCan’t access your account? (AADSTS50058 help)\nSign-in options\nNext';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Harness {
  outcome: Promise<AuthWindowOutcome>;
  win: FakeAuthBrowserWindow;
  session: FakeAuthSession;
  sessions: FakeSessionModule;
  mainWindow: FakeAuthBrowserWindow;
  controller: AbortController;
  /** Resolves to true when the outcome has settled within `ms`. */
  settledWithin(ms: number): Promise<boolean>;
}

function openLogin(
  opts: {
    timeoutMs?: number;
    sessions?: FakeSessionModule;
    mainWindow?: FakeAuthBrowserWindow;
    opened?: string[];
    now?: () => number;
    oktaSignInOrigin?: string;
    redirectUri?: string;
  } = {},
): Harness {
  const sessions = opts.sessions ?? new FakeSessionModule();
  const mainWindow = opts.mainWindow ?? new FakeAuthBrowserWindow({ title: 'SSO Setup Assistant' });
  const electron = { BrowserWindow: FakeAuthBrowserWindow, session: sessions } as unknown as ElectronAuthWindowDeps['electron'];
  const opener = { open: async (url: string) => void opts.opened?.push(url) };
  const authWindow = createElectronAuthWindow({ parent: () => mainWindow as unknown as BrowserWindow, electron, opener, ...(opts.now ? { now: opts.now } : {}) });
  const controller = new AbortController();
  const outcome = authWindow.open(AUTHORIZE, {
    redirectUri: opts.redirectUri ?? CONSUME,
    timeoutMs: opts.timeoutMs ?? 10_000,
    signal: controller.signal,
    ...(opts.oktaSignInOrigin ? { oktaSignInOrigin: opts.oktaSignInOrigin } : {}),
  });
  const win = FakeAuthBrowserWindow.created.at(-1)!;
  const session = sessions.byPartition.get(sessions.asked.at(-1)!)!;
  let settled = false;
  void outcome.then(() => (settled = true));
  return {
    outcome,
    win,
    session,
    sessions,
    mainWindow,
    controller,
    settledWithin: async (ms) => {
      await sleep(ms);
      return settled;
    },
  };
}

function expectCleanedUp(h: Harness): void {
  expect(h.win.destroyed).toBe(true);
  expect(h.session.storageCleared).toBe(1);
  expect(h.session.cacheCleared).toBe(1);
  expect(h.session.authCacheCleared).toBe(1);
  expect(h.session.connectionsClosed).toBe(1);
  expect(h.session.beforeRequest).toBeNull();
  expect(h.session.responseStarted).toBeNull();
}

beforeEach(() => {
  FakeAuthBrowserWindow.created = [];
  FakeAuthBrowserWindow.nextLoadError = null;
});
afterEach(() => {
  FakeAuthBrowserWindow.created = [];
});

describe('Electron AuthWindow: a SAML IdP posting to the Hub\'s ACS', () => {
  const ACS = 'https://huggingface.co/organizations/acme/saml/consume';
  const SAML_RESPONSE = 'PHNhbWxwOlJlc3BvbnNlIElEPSJfYWJjIj4+/w==';
  const form = (fields: string) => ({ method: 'POST', uploadData: [{ bytes: Buffer.from(fields, 'latin1') }] });
  const samlForm = form(`SAMLResponse=${encodeURIComponent(SAML_RESPONSE)}&RelayState=rs-42`);

  it('the auto-submitted form is let past will-navigate, read from uploadData, cancelled, and handed back', async () => {
    const h = openLogin({ redirectUri: ACS });
    expect(h.win.webContents.fireNavigation('will-navigate', ACS)).toBe(false);
    expect(h.session.request(ACS, 'mainFrame', samlForm)).toEqual({ cancel: true });
    expect(await h.outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE, relayState: 'rs-42' });
    expectCleanedUp(h);
  });

  it('a large SAMLResponse in several parts is read whole', async () => {
    const h = openLogin({ redirectUri: ACS });
    const big = Buffer.alloc(150_000, 7).toString('base64'); // 200 000 characters of base64
    const body = Buffer.from(`SAMLResponse=${encodeURIComponent(big)}&RelayState=r`, 'latin1');
    const parts = [body.subarray(0, 65_536), body.subarray(65_536, 131_072), body.subarray(131_072)].map((bytes) => ({ bytes }));
    h.session.request(ACS, 'mainFrame', { method: 'POST', uploadData: parts });
    const outcome = await h.outcome;
    expect(outcome.kind === 'saml-post' && outcome.samlResponse.length).toBe(200_000);
    expect(outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: big, relayState: 'r' });
  });

  it.each([
    ['a GET with a query', `${ACS}?SAMLResponse=abc`, { method: 'GET', uploadData: [] }],
    ['a POST without SAMLResponse', ACS, form('RelayState=rs-42&code=abc')],
    ['a POST with a file part', ACS, { method: 'POST', uploadData: [{ bytes: Buffer.from('SAMLResponse=abc'), file: '/tmp/x' }] }],
  ])('%s to the ACS is cancelled too, and is the plain redirect (its URL, nothing of its body)', async (_name, url, sent) => {
    const h = openLogin({ redirectUri: ACS });
    expect(h.session.request(url, 'mainFrame', sent)).toEqual({ cancel: true });
    expect(await h.outcome).toEqual({ kind: 'redirect', url });
  });

  it('a SAML form posted from a sub-frame, or to another path of the host, is cancelled and is not the callback', async () => {
    const h = openLogin({ redirectUri: ACS });
    expect(h.session.request(ACS, 'subFrame', samlForm)).toEqual({ cancel: true });
    expect(h.session.request('https://huggingface.co/organizations/acme/saml/other', 'mainFrame', samlForm)).toEqual({ cancel: true });
    expect(await h.settledWithin(20)).toBe(false);
    h.controller.abort();
    expect(await h.outcome).toEqual({ kind: 'cancelled' });
  });
});

describe('Electron AuthWindow: catching the redirect', () => {
  it('catches the redirect URI at the request level: the request is cancelled and the login resolves with its URL', async () => {
    const h = openLogin();
    expect(h.win.loaded).toEqual([AUTHORIZE]);
    expect(h.session.filter).toEqual({ urls: ['*://huggingface.co/*'] });

    expect(h.session.request(CALLBACK)).toEqual({ cancel: true });

    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
    expectCleanedUp(h);
  });

  it('IdP requests are not filtered: the blocker only sees the redirect URI host', () => {
    const h = openLogin();
    expect(h.session.request('https://acme.okta.com/login/login.htm')).toBe('not-filtered');
    h.controller.abort();
  });

  it('matches exactly: same host other path, another port, another scheme and a sub-frame are cancelled but are not the callback', async () => {
    const h = openLogin();
    for (const url of [
      'https://huggingface.co/favicon.ico',
      'https://huggingface.co/organizations/acme/oidc/other?code=x&state=st-1',
      'https://huggingface.co/organizations/acme/oidc/consume/?code=x', // trailing slash: another path
      'https://huggingface.co:8443/organizations/acme/oidc/consume?code=x&state=st-1',
      'http://huggingface.co/organizations/acme/oidc/consume?code=x&state=st-1',
    ]) {
      expect(h.session.request(url), url).toEqual({ cancel: true });
    }
    expect(h.session.request(CALLBACK, 'subFrame')).toEqual({ cancel: true });
    expect(h.session.request(CALLBACK, 'image')).toEqual({ cancel: true });
    expect(await h.settledWithin(20)).toBe(false);

    h.session.request(CALLBACK);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });

  it('an intermediate redirect carrying code= on the IdP host is not the callback', async () => {
    const h = openLogin();
    const intermediate = 'https://acme.okta.com/login/step-up/redirect?code=not-the-callback&state=st-1';
    expect(h.session.request(intermediate)).toBe('not-filtered');
    expect(h.win.webContents.fireNavigation('will-redirect', intermediate)).toBe(false);
    h.win.webContents.didNavigate(intermediate, 200);
    expect(await h.settledWithin(20)).toBe(false);

    h.session.request(CALLBACK);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });

  it('the default port written out is the same redirect URI', async () => {
    const h = openLogin();
    const withPort = 'https://huggingface.co:443/organizations/acme/oidc/consume?code=c';
    h.session.request(withPort);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: withPort });
  });

  it.each(['will-redirect', 'will-navigate'] as const)(
    '%s to the redirect URI itself is left to the request-level catch (only it sees a POST body), which cancels it and resolves',
    async (name) => {
      const h = openLogin();
      expect(h.win.webContents.fireNavigation(name, CALLBACK)).toBe(false);
      expect(await h.settledWithin(20)).toBe(false);
      expect(h.session.request(CALLBACK)).toEqual({ cancel: true });
      expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
      expectCleanedUp(h);
    },
  );

  it('fallback: a will-redirect elsewhere on the redirect host is prevented without resolving', async () => {
    const h = openLogin();
    expect(h.win.webContents.fireNavigation('will-redirect', 'https://huggingface.co/login')).toBe(true);
    expect(await h.settledWithin(20)).toBe(false);
    h.controller.abort();
    expect(await h.outcome).toEqual({ kind: 'cancelled' });
  });

  it('fallback: did-navigate to the redirect URI resolves', async () => {
    const h = openLogin();
    h.win.webContents.didNavigate(CALLBACK, 200);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });

  it('ERR_ABORTED from an immediately redirecting page is not a failure', async () => {
    FakeAuthBrowserWindow.nextLoadError = Object.assign(new Error("ERR_ABORTED (-3) loading '" + AUTHORIZE + "'"), { code: 'ERR_ABORTED', errno: -3 });
    const h = openLogin();
    h.win.webContents.didFailLoad(-3, 'ERR_ABORTED', AUTHORIZE, true);
    expect(await h.settledWithin(20)).toBe(false);
    h.session.request(CALLBACK);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });
});

describe('Electron AuthWindow: other outcomes', () => {
  it("an HTTP 400 page on the IdP becomes error-page with Okta's title and visible text (first 2000 characters)", async () => {
    const h = openLogin();
    const text = "Identity Provider: Unknown\nError Code: invalid_request\nDescription: The 'redirect_uri' parameter must be a Login redirect URI in the client app settings" + ' x'.repeat(2000);
    h.win.webContents.page = { title: 'Okta - 400 Bad Request', text };
    h.win.webContents.didNavigate(AUTHORIZE, 400, 'Bad Request');
    h.win.webContents.didFinishLoad();
    const outcome = await h.outcome;
    expect(outcome).toEqual({ kind: 'error-page', status: 400, url: AUTHORIZE, title: 'Okta - 400 Bad Request', text: text.slice(0, 2000) });
    expectCleanedUp(h);
  });

  it('a 200 page is not an error page', async () => {
    const h = openLogin();
    h.win.webContents.didNavigate(AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(20)).toBe(false);
    h.controller.abort();
  });

  it("Google's embedded-browser refusal, a 200 page at /v3/signin/rejected, settles the login at once as that page", async () => {
    const h = openLogin();
    const rejected = 'https://accounts.google.com/v3/signin/rejected?continue=x&dsh=S1';
    h.win.webContents.page = { title: 'Couldn’t sign you in', text: 'Couldn’t sign you in\nThis browser or app may not be secure. Learn more' };
    h.win.webContents.didNavigate(rejected, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(200)).toBe(true);
    const outcome = await h.outcome;
    expect(outcome).toMatchObject({ kind: 'error-page', status: 200, url: rejected, title: 'Couldn’t sign you in' });
    const { windowOutcomeDiagnosis } = await import('../../main/core/oidc/authorize-errors');
    expect(windowOutcomeDiagnosis(outcome as Exclude<AuthWindowOutcome, { kind: 'redirect' }>, CONSUME, 10_000).code).toBe('EMBEDDED_SIGNIN_REFUSED');
    expectCleanedUp(h);
  });

  it("Microsoft's error page, served 200 at the authorize URL, settles at once as error-page, read in an isolated world", async () => {
    const h = openLogin();
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_ERROR_TEXT };
    h.win.webContents.didNavigate(ENTRA_AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(100)).toBe(true);
    const outcome = await h.outcome;
    expect(outcome).toEqual({ kind: 'error-page', status: 200, url: ENTRA_AUTHORIZE, title: 'Sign in to your account', text: ENTRA_ERROR_TEXT });
    expect(h.win.webContents.scriptsRun).toEqual([{ worldId: expect.any(Number), code: READ_VISIBLE_TEXT_SCRIPT }]);
    expect(h.win.webContents.scriptsRun[0]!.worldId).not.toBe(0); // never the page's own world
    const { windowOutcomeDiagnosis } = await import('../../main/core/oidc/authorize-errors');
    const { idpProfile } = await import('../../common/idp/profiles');
    const diagnosis = windowOutcomeDiagnosis(outcome as Exclude<AuthWindowOutcome, { kind: 'redirect' }>, CONSUME, 10_000, idpProfile('entra'));
    expect(diagnosis.code).toBe('ENTRA_USER_NOT_ASSIGNED');
    expectCleanedUp(h);
  });

  it('a sign-in page served 200 is read but does not end the login, even when a help link names an AADSTS code', async () => {
    const h = openLogin();
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_SIGN_IN_TEXT };
    h.win.webContents.didNavigate(ENTRA_AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(50)).toBe(false);
    expect(h.win.webContents.scriptsRun.length).toBe(1);
    h.controller.abort();
    expect(await h.outcome).toEqual({ kind: 'cancelled' });
  });

  it("Microsoft's message drawn by script after the load is caught by the re-read a second later", async () => {
    const h = openLogin();
    h.win.webContents.page = { title: 'Sign in to your account', text: 'Sign in' };
    h.win.webContents.didNavigate(ENTRA_AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(50)).toBe(false);
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_ERROR_TEXT };
    expect(await h.settledWithin(1_200)).toBe(true);
    expect(await h.outcome).toMatchObject({ kind: 'error-page', status: 200, url: ENTRA_AUTHORIZE });
  });

  it('a read of a page that a new document has replaced meanwhile is dropped', async () => {
    const h = openLogin();
    h.win.webContents.page = { title: 'Sign in to your account', text: 'Sign in' };
    h.win.webContents.didNavigate(ENTRA_AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    await h.settledWithin(50);
    // A new document commits (not yet loaded): the first page's pending re-reads must not judge it.
    h.win.webContents.didNavigate('https://login.microsoftonline.com/common/login', 200);
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_ERROR_TEXT };
    expect(await h.settledWithin(1_200)).toBe(false);
    expect(h.win.webContents.scriptsRun.length).toBe(1);
    h.controller.abort();
  });

  it('a failing read is ignored: the login still ends at its timeout', async () => {
    const h = openLogin({ timeoutMs: 300 });
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_ERROR_TEXT };
    h.win.webContents.scriptError = new Error('Script failed to execute');
    h.win.webContents.didNavigate(ENTRA_AUTHORIZE, 200);
    h.win.webContents.didFinishLoad();
    expect(await h.outcome).toEqual({ kind: 'timeout', lastUrl: ENTRA_AUTHORIZE });
    // One read after the load, one at the timeout (looking for a device-bound factor); both failed, neither counted.
    expect(h.win.webContents.scriptsRun.length).toBe(2);
  });

  it('a page on the redirect URI host is never read (it never loads: its requests are cancelled)', async () => {
    const h = openLogin();
    h.win.webContents.page = { title: 'Sign in to your account', text: ENTRA_ERROR_TEXT };
    h.win.webContents.didNavigate('https://huggingface.co/elsewhere', 200);
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(50)).toBe(false);
    expect(h.win.webContents.scriptsRun).toEqual([]);
    h.controller.abort();
  });

  it('the user closing the window gives closed, and the partition is cleared', async () => {
    const h = openLogin();
    h.win.userCloses();
    expect(await h.outcome).toEqual({ kind: 'closed' });
    expectCleanedUp(h);
  });

  it('a renderer crash gives crashed with the reason', async () => {
    const h = openLogin();
    h.win.webContents.renderProcessGone('crashed', 139);
    const outcome = await h.outcome;
    expect(outcome.kind).toBe('crashed');
    expect(outcome.kind === 'crashed' && outcome.reason).toContain('crashed');
    expectCleanedUp(h);
  });

  it('no outcome in time gives timeout with the last URL', async () => {
    const h = openLogin({ timeoutMs: 30 });
    expect(await h.outcome).toEqual({ kind: 'timeout', lastUrl: AUTHORIZE });
    expectCleanedUp(h);
  });

  it('an abort gives cancelled and destroys the window', async () => {
    const h = openLogin();
    h.controller.abort();
    expect(await h.outcome).toEqual({ kind: 'cancelled' });
    expectCleanedUp(h);
  });

  it('an already aborted signal gives cancelled without opening a window or a session', async () => {
    const sessions = new FakeSessionModule();
    const electron = { BrowserWindow: FakeAuthBrowserWindow, session: sessions } as unknown as ElectronAuthWindowDeps['electron'];
    const authWindow = createElectronAuthWindow({ parent: () => null, electron });
    const controller = new AbortController();
    controller.abort();
    expect(await authWindow.open(AUTHORIZE, { redirectUri: CONSUME, timeoutMs: 1000, signal: controller.signal })).toEqual({ kind: 'cancelled' });
    expect(FakeAuthBrowserWindow.created).toHaveLength(0);
    expect(sessions.asked).toHaveLength(0);
  });

  it('a JavaScript navigation loop gives redirect-loop', async () => {
    const h = openLogin();
    for (let i = 0; i < 26; i++) h.win.webContents.fireNavigation('did-start-navigation', `https://acme.okta.com/loop?n=${i}`);
    expect(await h.outcome).toEqual({ kind: 'redirect-loop', url: 'https://acme.okta.com/loop?n=25', hops: 26 });
  });

  it('same-document navigations (hash changes) do not count towards a loop', async () => {
    const h = openLogin();
    for (let i = 0; i < 40; i++) h.win.webContents.fireNavigation('did-start-navigation', `${AUTHORIZE}#step${i}`, { isSameDocument: true });
    expect(await h.settledWithin(20)).toBe(false);
    h.controller.abort();
  });

  it("Chromium's ERR_TOO_MANY_REDIRECTS gives redirect-loop", async () => {
    const h = openLogin();
    h.win.webContents.didFailLoad(-310, 'ERR_TOO_MANY_REDIRECTS', 'https://acme.okta.com/loop', true);
    expect(await h.outcome).toMatchObject({ kind: 'redirect-loop', url: 'https://acme.okta.com/loop' });
  });

  it('settles exactly once: later events change nothing and cleanup runs once', async () => {
    const h = openLogin();
    h.session.request(CALLBACK);
    h.win.webContents.renderProcessGone('crashed', 1);
    h.win.userCloses();
    h.controller.abort();
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
    await sleep(10);
    expect(h.session.storageCleared).toBe(1);
  });
});

describe('Electron AuthWindow: isolation', () => {
  it('is a sandboxed child of the main window: no Node, no preload, isolated, web security on', async () => {
    const h = openLogin();
    expect(h.win.options.parent).toBe(h.mainWindow);
    const prefs = h.win.options.webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
    expect(prefs.partition).toBe(h.session.partition);
    h.controller.abort();
    await h.outcome;
  });

  it('each open gets its own in-memory partition, cleared afterwards', async () => {
    const sessions = new FakeSessionModule();
    const first = openLogin({ sessions });
    first.session.request(CALLBACK);
    await first.outcome;
    const second = openLogin({ sessions });
    second.win.userCloses();
    await second.outcome;

    const [a, b] = sessions.asked;
    expect(a).not.toBe(b);
    for (const p of [a!, b!]) {
      expect(p).toMatch(/^auth-[0-9a-f-]{36}$/);
      expect(p.startsWith('persist:')).toBe(false);
    }
    expect(first.session).not.toBe(second.session);
    expectCleanedUp(first);
    expectCleanedUp(second);
  });

  it('sign-in popups open as sandboxed children on the same partition, and are caught and destroyed too', async () => {
    const h = openLogin();
    const popup = h.win.openPopup('https://accounts.example.com/signin');
    expect(popup.action).toBe('allow');
    const prefs = popup.options!.webPreferences!;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, partition: h.session.partition });
    expect(prefs.preload).toBeUndefined();
    expect(popup.options!.parent).toBe(h.win);

    // The popup completes the login with a redirect the request-level catch did not see: the popup's did-navigate.
    expect(popup.child!.webContents.fireNavigation('will-redirect', 'https://huggingface.co/login')).toBe(true);
    popup.child!.webContents.didNavigate(CALLBACK, 200);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
    expect(popup.child!.destroyed).toBe(true);
    expectCleanedUp(h);
  });

  it('popups of popups are sandboxed too; non-web URLs are refused', async () => {
    const h = openLogin();
    const popup = h.win.openPopup('https://accounts.example.com/signin');
    const nested = popup.child!.openPopup('https://accounts.example.com/mfa');
    expect(nested.options!.webPreferences).toMatchObject({ sandbox: true, nodeIntegration: false, partition: h.session.partition });
    expect(h.win.openPopup('file:///etc/passwd').action).toBe('deny');
    expect(h.win.openPopup('javascript:alert(1)').action).toBe('deny');
    h.controller.abort();
    await h.outcome;
    expect(nested.child!.destroyed).toBe(true);
  });

  it('a popup closing or crashing does not end the login', async () => {
    const h = openLogin();
    const popup = h.win.openPopup('https://accounts.example.com/signin');
    popup.child!.webContents.renderProcessGone('crashed', 1);
    popup.child!.userCloses();
    expect(await h.settledWithin(20)).toBe(false);
    h.session.request(CALLBACK);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });

  it('denies every permission request and check in the login session', async () => {
    const h = openLogin();
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'] as const) {
      h.session.requestHandler!(h.win.webContents as never, permission, (granted) => answers.push(granted), {} as never);
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(h.session.checkHandler!(null, 'media', 'https://acme.okta.com', {} as never)).toBe(false);
    h.controller.abort();
    await h.outcome;
  });
});

const OKTA_PAGE = 'https://acme.okta.com/oauth2/v1/authorize?client_id=abc&state=st-1';
const FASTPASS_LAUNCH = 'com-okta-authenticator:/deviceChallenge?challengeRequest=eyJraWQ';

/** Asks the login session's permission request handler, as Chromium does for a frame at `requestingUrl`. */
function ask(h: Harness, permission: string, requestingUrl: string, extra: Record<string, unknown> = {}): boolean {
  let granted: boolean | undefined;
  h.session.requestHandler!(h.win.webContents as never, permission as never, (g) => (granted = g), { requestingUrl, isMainFrame: true, ...extra } as never);
  if (granted === undefined) throw new Error('the permission handler did not answer');
  return granted;
}

describe('Electron AuthWindow: load failures', () => {
  it.each([
    [-105, 'ERR_NAME_NOT_RESOLVED'],
    [-202, 'ERR_CERT_AUTHORITY_INVALID'],
    [-102, 'ERR_CONNECTION_REFUSED'],
  ])('a main-frame did-fail-load %i %s ends the login at once as load-failed, with the net error and the URL', async (code, name) => {
    const h = openLogin();
    h.win.webContents.didFailLoad(code, name, AUTHORIZE, true);
    expect(await h.settledWithin(50)).toBe(true);
    expect(await h.outcome).toEqual({ kind: 'load-failed', url: AUTHORIZE, netError: { name, code } });
    expectCleanedUp(h);
  });

  it('a did-fail-load after a commit, which Electron sends without a description, is named from its code', async () => {
    const h = openLogin();
    h.win.webContents.didFailLoad(-101, '', AUTHORIZE, true);
    expect(await h.outcome).toEqual({ kind: 'load-failed', url: AUTHORIZE, netError: { name: 'ERR_CONNECTION_RESET', code: -101 } });
  });

  it('a loadURL rejection (DNS) ends the login as load-failed, not at the timeout', async () => {
    FakeAuthBrowserWindow.nextLoadError = Object.assign(new Error(`ERR_NAME_NOT_RESOLVED (-105) loading '${AUTHORIZE}'`), { code: 'ERR_NAME_NOT_RESOLVED', errno: -105 });
    const h = openLogin({ timeoutMs: 10_000 });
    expect(await h.settledWithin(50)).toBe(true);
    expect(await h.outcome).toEqual({ kind: 'load-failed', url: AUTHORIZE, netError: { name: 'ERR_NAME_NOT_RESOLVED', code: -105 } });
  });

  it('ERR_ABORTED, our own ERR_BLOCKED_BY_CLIENT, a sub-frame and a popup failing are no load failure', async () => {
    const h = openLogin();
    h.win.webContents.didFailLoad(-3, 'ERR_ABORTED', AUTHORIZE, true);
    h.win.webContents.didFailLoad(-20, 'ERR_BLOCKED_BY_CLIENT', CALLBACK, true);
    h.win.webContents.didFailLoad(-105, 'ERR_NAME_NOT_RESOLVED', 'https://ads.example/frame', false);
    const popup = h.win.openPopup('https://accounts.example.com/signin');
    popup.child!.webContents.didFailLoad(-105, 'ERR_NAME_NOT_RESOLVED', 'https://accounts.example.com/signin', true);
    expect(await h.settledWithin(30)).toBe(false);
    h.controller.abort();
  });

  it('the load failure becomes LOGIN_PAGE_FAILED, naming the kind and the host', async () => {
    const h = openLogin();
    h.win.webContents.didFailLoad(-202, 'ERR_CERT_AUTHORITY_INVALID', AUTHORIZE, true);
    const outcome = await h.outcome;
    const { windowOutcomeDiagnosis } = await import('../../main/core/oidc/authorize-errors');
    const d = windowOutcomeDiagnosis(outcome as Exclude<AuthWindowOutcome, { kind: 'redirect' }>, CONSUME, 10_000);
    expect(d.code).toBe('LOGIN_PAGE_FAILED');
    expect(d.cause).toContain('acme.okta.com');
    expect(d.cause).toContain('certificate');
    expect(d.evidence).toMatchObject({ netError: 'ERR_CERT_AUTHORITY_INVALID', netErrorCode: '-202', host: 'acme.okta.com' });
    expect(d.evidence.url).not.toContain('st-1'); // redacted
  });
});

describe('Electron AuthWindow: closing, spell-check, help links', () => {
  it("an IdP page's beforeunload handler cannot keep the window open: will-prevent-unload is overridden", async () => {
    const h = openLogin();
    expect(h.win.webContents.willPreventUnload()).toBe(true);
    const popup = h.win.openPopup('https://accounts.example.com/signin');
    expect(popup.child!.webContents.willPreventUnload()).toBe(true);
    h.controller.abort();
  });

  it('login windows and popups do not spell-check', async () => {
    const h = openLogin();
    expect(h.win.options.webPreferences!.spellcheck).toBe(false);
    expect(h.win.openPopup('https://accounts.example.com/signin').options!.webPreferences!.spellcheck).toBe(false);
    h.controller.abort();
  });

  it('a target=_blank help link to an allow-listed host goes to the system browser, not a window of the login', async () => {
    const opened: string[] = [];
    const h = openLogin({ opened });
    const help = 'https://help.okta.com/oie/en-us/content/topics/identity-engine/devices/fp/fp-main.htm';
    expect(h.win.openPopup(help, 'foreground-tab').action).toBe('deny');
    expect(h.win.openPopup('https://developer.okta.com/docs/', 'background-tab').action).toBe('deny');
    await sleep(0);
    expect(opened).toEqual([help, 'https://developer.okta.com/docs/']);
    h.controller.abort();
  });

  it('stays in the login: a sign-in popup (new-window), a tab to the sign-in host, to the redirect host, or to a host off the allow-list', async () => {
    const opened: string[] = [];
    const h = openLogin({ opened });
    expect(h.win.openPopup('https://help.okta.com/x', 'new-window').action).toBe('allow');
    expect(h.win.openPopup('https://acme.okta.com/signin/verify', 'foreground-tab').action).toBe('allow');
    expect(h.win.openPopup(CALLBACK, 'foreground-tab').action).toBe('allow'); // and its request is blocked like any other
    expect(h.win.openPopup('https://evil.example/help', 'foreground-tab').action).toBe('allow');
    expect(h.win.openPopup('file:///etc/passwd', 'foreground-tab').action).toBe('deny');
    await sleep(0);
    expect(opened).toEqual([]);
    h.controller.abort();
  });

  it('the session is left deny-all (a null handler would be allow-all) and emptied', async () => {
    const h = openLogin();
    h.win.userCloses();
    await h.outcome;
    expect(h.session.requestHandler).not.toBeNull();
    expect(h.session.checkHandler).not.toBeNull();
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH })).toBe(false);
    expect(h.session.checkHandler!(null, 'local-network-access', 'https://acme.okta.com', {} as never)).toBe(false);
    expectCleanedUp(h);
  });
});

describe('Electron AuthWindow: Okta FastPass', () => {
  it('lets an Okta page launch Okta Verify right after a click, and nothing else', async () => {
    let t = 1_000_000;
    const h = openLogin({ now: () => t });
    // No user gesture yet: refused.
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH })).toBe(false);
    h.win.webContents.input('mouseDown');
    t += 1_000;
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH })).toBe(true);
    // Another scheme, another origin, or a stale gesture: refused.
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: 'zoommtg://zoom.us/join' })).toBe(false);
    expect(ask(h, 'openExternal', 'https://evil.example/', { externalURL: FASTPASS_LAUNCH })).toBe(false);
    expect(ask(h, 'openExternal', 'https://acme.okta.com.evil.example/', { externalURL: FASTPASS_LAUNCH })).toBe(false);
    t += 6_000;
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH })).toBe(false);
    // Mouse moves are no gesture.
    h.win.webContents.input('mouseMove');
    expect(ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH })).toBe(false);
    h.controller.abort();
  });

  it("an Okta custom domain: FastPass from the configuration's own sign-in origin, and from no other", async () => {
    const h = openLogin({ oktaSignInOrigin: 'https://login.acme.example' });
    h.win.webContents.input('mouseDown');
    expect(ask(h, 'openExternal', 'https://login.acme.example/signin/verify', { externalURL: FASTPASS_LAUNCH })).toBe(true);
    expect(ask(h, 'local-network-access', 'https://login.acme.example/signin/verify')).toBe(true);
    expect(ask(h, 'openExternal', 'https://login.other.example/signin', { externalURL: FASTPASS_LAUNCH })).toBe(false);
    h.controller.abort();
    const plain = openLogin();
    plain.win.webContents.input('mouseDown');
    expect(ask(plain, 'openExternal', 'https://login.acme.example/signin/verify', { externalURL: FASTPASS_LAUNCH })).toBe(false);
    plain.controller.abort();
  });

  it('lets Okta pages reach Okta Verify on loopback (local-network-access, loopback-network), never the LAN nor other origins', async () => {
    const h = openLogin();
    expect(ask(h, 'local-network-access', OKTA_PAGE)).toBe(true);
    expect(ask(h, 'loopback-network', 'https://dev-1.oktapreview.com/signin')).toBe(true);
    expect(ask(h, 'local-network-access', 'https://acme.okta-emea.com/signin')).toBe(true);
    expect(h.session.checkHandler!(h.win.webContents as never, 'local-network-access', 'https://acme.okta.com', {} as never)).toBe(true);
    expect(ask(h, 'local-network', OKTA_PAGE)).toBe(false);
    expect(ask(h, 'local-network-access', 'https://evil.example/')).toBe(false);
    expect(ask(h, 'local-network-access', 'http://acme.okta.com/')).toBe(false);
    expect(ask(h, 'media', OKTA_PAGE)).toBe(false);
    expect(ask(h, 'notifications', OKTA_PAGE)).toBe(false);
    h.controller.abort();
  });

  it("a timeout on Okta's 'Open Okta Verify' page says the sign-in stalled on FastPass", async () => {
    const h = openLogin({ timeoutMs: 100 });
    h.win.webContents.didNavigate(OKTA_PAGE, 200);
    h.win.webContents.page = { title: 'acme - Sign In', text: 'Click "Open Okta Verify" on the browser prompt\nDidn’t get a prompt?\nOpen Okta Verify' };
    const outcome = await h.outcome;
    expect(outcome).toEqual({ kind: 'timeout', lastUrl: OKTA_PAGE, stalledOn: { factor: 'okta-fastpass', sign: 'Click "Open Okta Verify" on the browser prompt' } });
    const { windowOutcomeDiagnosis } = await import('../../main/core/oidc/authorize-errors');
    const d = windowOutcomeDiagnosis(outcome as Exclude<AuthWindowOutcome, { kind: 'redirect' }>, CONSUME, 100);
    expect(d.code).toBe('LOGIN_STALLED_DEVICE_BOUND');
    expect(d.fix.join(' ')).toContain('Security → Authentication Policies');
  });

  it('a timeout after the page asked to launch Okta Verify says so even when its words are unknown (another language)', async () => {
    const h = openLogin({ timeoutMs: 100 });
    h.win.webContents.didNavigate(OKTA_PAGE, 200);
    h.win.webContents.page = { title: 'Anmelden', text: 'Klicken Sie in der Browser-Eingabeaufforderung auf „Okta Verify öffnen“' };
    ask(h, 'openExternal', OKTA_PAGE, { externalURL: FASTPASS_LAUNCH });
    expect(await h.outcome).toMatchObject({ kind: 'timeout', stalledOn: { factor: 'okta-fastpass' } });
  });

  it('a timeout on the sign-in form (which merely offers "Sign in with Okta FastPass") is a plain timeout', async () => {
    const h = openLogin({ timeoutMs: 100 });
    h.win.webContents.didNavigate(OKTA_PAGE, 200);
    h.win.webContents.page = { title: 'acme - Sign In', text: 'Sign In\nSign in with Okta FastPass\nOR\nUsername\nNext' };
    expect(await h.outcome).toEqual({ kind: 'timeout', lastUrl: OKTA_PAGE });
  });
});

describe('Electron AuthWindow: Negotiate (Okta Agentless Desktop SSO)', () => {
  const DSSO = 'https://acme.okta.com/login/agentlessDsso?state=st-1';

  it('a 401 with WWW-Authenticate: Negotiate is no error page: the login goes on to the form its script loads', async () => {
    const h = openLogin();
    h.session.respondStarted(DSSO, 401, { 'WWW-Authenticate': ['Negotiate'] });
    h.win.webContents.page = { title: 'Agentless DSSO', text: 'Redirecting to sign in…' };
    h.win.webContents.didNavigate(DSSO, 401, 'Unauthorized');
    h.win.webContents.didFinishLoad();
    expect(await h.settledWithin(100)).toBe(false);
    h.session.request(CALLBACK);
    expect(await h.outcome).toEqual({ kind: 'redirect', url: CALLBACK });
  });

  it('a 401 without Negotiate (or a Negotiate header on another URL) is still an error page', async () => {
    const h = openLogin();
    h.session.respondStarted('https://acme.okta.com/elsewhere', 401, { 'www-authenticate': ['Negotiate'] });
    h.session.respondStarted(DSSO, 401, { 'www-authenticate': ['Basic realm="okta"'] });
    h.win.webContents.page = { title: 'Unauthorized', text: '401' };
    h.win.webContents.didNavigate(DSSO, 401, 'Unauthorized');
    h.win.webContents.didFinishLoad();
    expect(await h.outcome).toMatchObject({ kind: 'error-page', status: 401, url: DSSO });
  });
});
