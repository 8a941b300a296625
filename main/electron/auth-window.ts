/**
 * The AuthWindow port in Electron: the IdP's login page in a sandboxed child
 * window of the main window, on a fresh in-memory session partition per open()
 * (starts logged out; "log in as someone else" just works), destroyed with its
 * data afterwards.
 *
 * The redirect to the Hub's consume URI is caught at the request level
 * (`session.webRequest.onBeforeRequest` on the redirect URI's whole host, every
 * request cancelled); `will-redirect`, `will-navigate` and `did-navigate` are
 * fallbacks, because IdPs differ in which of these they trigger (lesson from
 * Insomnia and Bruno); they stop what goes elsewhere on that host and leave
 * the redirect URI itself to the request-level catch, the only one that sees a
 * POST's body (a SAML IdP's form to the Hub's ACS). Matching is exact on
 * scheme, host, port and path.
 *
 * The window can be made ahead (`prepare`, while step 3 is on screen): hidden, on its own partition refusing
 * every permission, about:blank loaded so its renderer process runs; open() installs the login's rules on it,
 * shows it and loads the IdP. It is used once, like one made at the click; unused, it goes after 10 minutes.
 *
 * The session grants no permission except what Okta FastPass needs from
 * Okta's own pages (main/core/login-permissions.ts), and is left deny-all and
 * emptied afterwards: Electron treats a `null` handler as allow-all
 * (ElectronPermissionManager grants every request when no handler is set).
 */
import { randomUUID } from 'node:crypto';
import type * as Electron from 'electron';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  OnBeforeRequestListenerDetails,
  Session,
  UploadData,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { withTimeout } from '../../common/with-timeout';
import { createSpare } from '../core/spare';
import { USER_GESTURE_WINDOW_MS, isLoginPermissionGranted, oktaVerifyReach } from '../core/login-permissions';
import type { AuthWindow, AuthWindowOptions, AuthWindowOutcome, ExternalOpener, LoginPrompts } from '../core/ports';
import { createElectronOpener } from './external-opener';
import { attachLoginPrompts } from './login-prompts';
import {
  CHROMIUM_REDIRECT_LIMIT,
  ERROR_PAGE_RENDER_MS,
  READ_VISIBLE_TEXT_SCRIPT,
  caughtCallbackOutcome,
  createOutcomeLatch,
  createRedirectLoopGuard,
  errorPageOutcome,
  isIdpStopPage,
  isOnRedirectHost,
  loadFailedOutcome,
  matchesRedirectUri,
  netErrorFrom,
  openFailed,
  readLoadedPage,
  recordNavigation,
  redirectHost,
  windowOpenAction,
  type CaughtRequestBody,
  type OutcomeLatch,
  type PageWatch,
} from '../core/auth-window-rules';

export interface ElectronAuthWindowDeps {
  /** The main window; the login window is its child (null: a top-level window). */
  parent: () => BrowserWindow | null;
  /** The electron module, injected so unit tests can hand in fakes (`shell` opens help links in the system browser). */
  electron: Pick<typeof Electron, 'BrowserWindow' | 'session'> & Partial<Pick<typeof Electron, 'shell'>>;
  /** Opens allow-listed help links of the IdP in the system browser (default: shell.openExternal through the allow-list). */
  opener?: ExternalOpener;
  /** Makes the partition name unique per open(); tests may pin it. */
  newId?: () => string;
  now?: () => number;
  /** Asks the admin for HTTP/proxy credentials and client certificates (without it, both are refused). */
  loginPrompts?: LoginPrompts;
}

/** No `persist:` prefix: Electron keeps such a partition in memory only. */
export const AUTH_PARTITION_PREFIX = 'auth-';

/** Chromium's net error codes the window reacts to. */
const ERR_TOO_MANY_REDIRECTS = -310;

/** The login page's (and its popups') web preferences: sandboxed, isolated, no Node, no preload. */
export function loginWebPreferences(partition: string): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The IdP's form fields must not go to the OS spell-checker (nor show its suggestions for a password field).
    spellcheck: false,
    partition,
    // no `preload`: the IdP's pages get nothing from the app
  };
}

/** How long a login window made ahead waits unused before it is let go. */
export const SPARE_WINDOW_IDLE_MS = 10 * 60_000;

/**
 * A login window made before the click (issue 15): its own in-memory partition, refusing every permission until
 * open() installs the login's rules, hidden, with about:blank loaded so its renderer process is already running.
 */
interface LoginShell {
  partition: string;
  session: Session;
  window: BrowserWindow;
  /** The main window it was made the child of (a spare whose parent changed is not used). */
  parent: BrowserWindow | null;
}

function makeLoginShell(deps: ElectronAuthWindowDeps, show: boolean): LoginShell {
  const partition = `${AUTH_PARTITION_PREFIX}${(deps.newId ?? randomUUID)()}`;
  const session = deps.electron.session.fromPartition(partition);
  denyAllPermissions(session); // a null handler would allow everything
  const parent = liveParent(deps);
  const window = new deps.electron.BrowserWindow(loginWindowOptions(parent, partition, show));
  return { partition, session, window, parent };
}

function liveParent(deps: Pick<ElectronAuthWindowDeps, 'parent'>): BrowserWindow | null {
  const parent = deps.parent();
  return parent && !parent.isDestroyed() ? parent : null;
}

function loginWindowOptions(parent: BrowserWindow | null, partition: string, show: boolean): BrowserWindowConstructorOptions {
  return {
    ...(parent ? { parent } : {}),
    width: 520,
    height: 720,
    title: 'Sign in to your identity provider',
    autoHideMenuBar: true,
    show,
    webPreferences: loginWebPreferences(partition),
  };
}

export function createElectronAuthWindow(deps: ElectronAuthWindowDeps): AuthWindow {
  // The next login window, made hidden while step 3 is on screen: nothing of it shows until open() shows it.
  const spare = createSpare<LoginShell>({
    make: async () => {
      const shell = makeLoginShell(deps, false);
      await shell.window.loadURL('about:blank').catch(() => undefined);
      return shell;
    },
    usable: (shell) => !shell.window.isDestroyed() && shell.parent === liveParent(deps),
    discard: async (shell) => {
      if (!shell.window.isDestroyed()) shell.window.destroy();
      await shell.session.clearStorageData().catch(() => undefined);
    },
    idleMs: SPARE_WINDOW_IDLE_MS,
  });
  return {
    open: async (url, options) => {
      // Awaited only when one was prepared: without, the window is made at once, as before.
      const ready = spare.has() ? await spare.take() : null;
      return openLoginWindow(deps, ready, url, options);
    },
    prepare: () => spare.prepare(),
    close: () => spare.close(),
  };
}

async function openLoginWindow(
  deps: ElectronAuthWindowDeps,
  ready: LoginShell | null,
  authorizationUrl: string,
  options: AuthWindowOptions,
): Promise<AuthWindowOutcome> {
  const { redirectUri } = options;
  let host: string;
  try {
    host = redirectHost(redirectUri); // throws on a malformed redirect URI before anything opens
  } catch (err) {
    if (ready) ready.window.destroy();
    throw err;
  }
  if (options.signal.aborted) {
    if (ready) ready.window.destroy();
    return { kind: 'cancelled' };
  }

  const partition = ready?.partition ?? `${AUTH_PARTITION_PREFIX}${(deps.newId ?? randomUUID)()}`;
  const session = ready?.session ?? deps.electron.session.fromPartition(partition);
  const windows = new Set<BrowserWindow>();
  const opener = deps.opener ?? (deps.electron.shell ? createElectronOpener(deps.electron.shell) : undefined);
  const now = deps.now ?? Date.now;
  const gestures = new WeakMap<WebContents, number>();
  let deviceSign: string | undefined;
  let loginWindow: BrowserWindow | undefined;

  const cleanup = async () => {
    for (const w of windows) if (!w.isDestroyed()) w.destroy();
    windows.clear();
    session.webRequest.onBeforeRequest(null);
    session.webRequest.onResponseStarted(null);
    // Left deny-all, never null: Electron grants everything when no handler is set.
    denyAllPermissions(session);
    // The partition lives on in memory until the app quits: empty it (cookies, storage, cache, HTTP auth, sockets).
    await Promise.allSettled([session.clearStorageData(), session.clearCache(), session.clearAuthCache(), session.closeAllConnections()]);
  };
  const latch = createOutcomeLatch(options, {
    lastUrl: () => (loginWindow && !loginWindow.isDestroyed() ? loginWindow.webContents.getURL() : undefined),
    readLastPage: () => (loginWindow && !loginWindow.isDestroyed() ? readPage(loginWindow.webContents) : Promise.resolve(undefined)),
    deviceSign: () => deviceSign,
    cleanup,
  });
  const loop = createRedirectLoopGuard(deps.now);

  try {
    grantLoginPermissions(session, {
      userGesture: (contents) => contents !== null && now() - (gestures.get(contents) ?? -Infinity) <= USER_GESTURE_WINDOW_MS,
      sawDeviceFactor: (sign) => (deviceSign ??= sign),
      oktaSignInOrigin: options.oktaSignInOrigin,
    });
    blockRedirectHost(session, host, redirectUri, latch);
    const challenges = recordNegotiateChallenges(session);

    const popupOptions = (): WindowOpenHandlerResponse => ({
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...(loginWindow ? { parent: loginWindow } : {}),
        autoHideMenuBar: true,
        webPreferences: loginWebPreferences(partition),
      },
    });
    const onWindowOpen = (details: HandlerDetails): WindowOpenHandlerResponse => {
      switch (windowOpenAction(details, { authorizationUrl, redirectUri })) {
        case 'popup':
          return popupOptions();
        case 'external':
          // A help link (target=_blank): the system browser, through the allow-list; never a window of the login.
          void opener?.open(details.url).catch(() => undefined);
          return { action: 'deny' };
        case 'deny':
          return { action: 'deny' };
      }
    };
    const watch = (w: BrowserWindow, isMain: boolean) => {
      windows.add(w);
      const contents = w.webContents;
      watchContents(contents, { isMain, redirectUri, latch, loop, challenges });
      contents.setWindowOpenHandler(onWindowOpen);
      contents.on('input-event', (_event, input) => {
        if (ACTIVATING_INPUTS.has(input.type)) gestures.set(contents, now());
      });
      // Sign-in popups: sandboxed children on the same in-memory partition, watched like the login page.
      contents.on('did-create-window', (child) => watch(child, false));
      // The admin answers what the IdP's sites ask for: HTTP/proxy credentials, a client certificate.
      if (deps.loginPrompts) attachLoginPrompts(contents, deps.loginPrompts, w);
    };

    // The window made ahead (hidden, about:blank) or one made now; the login's rules above are on before it shows.
    loginWindow = ready?.window ?? new deps.electron.BrowserWindow(loginWindowOptions(liveParent(deps), partition, true));
    watch(loginWindow, true);
    loginWindow.on('closed', () => latch.settle({ kind: 'closed' }));
    if (ready) loginWindow.show();

    // Rejections: ERR_ABORTED (the page redirected at once) and our own cancellations are no failure; the
    // rest (DNS, certificate, refused, ...) end the login at once instead of a blank window until the timeout.
    loginWindow.loadURL(authorizationUrl).catch((err: unknown) => {
      const failed = loadFailedOutcome(authorizationUrl, loadErrorOf(err));
      if (failed) latch.settle(failed);
    });
  } catch (err) {
    latch.settle(openFailed(err));
  }
  return latch.promise;
}

/** The net error of a loadURL rejection: Electron's Error carries `code` ('ERR_NAME_NOT_RESOLVED') and `errno` (-105) (lib/browser/api/web-contents.ts). */
function loadErrorOf(err: unknown): ReturnType<typeof netErrorFrom> {
  if (typeof err !== 'object' || err === null) return netErrorFrom(String(err));
  const { code, errno, message } = err as { code?: unknown; errno?: unknown; message?: unknown };
  const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`;
  return netErrorFrom(text, typeof errno === 'number' ? errno : undefined);
}

/** Inputs that give a page transient user activation in Chromium (a click, a key, a tap). */
const ACTIVATING_INPUTS: ReadonlySet<string> = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'touchEnd', 'gestureTap', 'pointerDown', 'pointerUp']);

/**
 * Every permission (camera, notifications, ...) is refused, asked or probed, except what Okta FastPass needs
 * from an Okta page (login-permissions.ts). Electron's handler gets no user gesture for `openExternal`, so the
 * window measures it (ctx.userGesture).
 */
function grantLoginPermissions(
  session: Session,
  ctx: { userGesture: (contents: WebContents | null) => boolean; sawDeviceFactor: (sign: string) => void; oktaSignInOrigin?: string },
): void {
  const { oktaSignInOrigin } = ctx;
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const externalUrl = 'externalURL' in details ? details.externalURL : undefined;
    const requestingUrl = details.requestingUrl;
    const reach = oktaVerifyReach({ permission, requestingUrl, externalUrl, oktaSignInOrigin });
    if (reach) ctx.sawDeviceFactor(reach);
    callback(isLoginPermissionGranted({ permission, requestingUrl, externalUrl, userGesture: ctx.userGesture(contents), oktaSignInOrigin }));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
    isLoginPermissionGranted({ permission, requestingUrl: requestingOrigin, userGesture: ctx.userGesture(contents), oktaSignInOrigin }),
  );
}

/** The state the session is left in: refuse everything. */
function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The `WWW-Authenticate` header of each main-frame response, by URL, for did-navigate (which has only the
 * status): a 401 Negotiate (Okta's Agentless Desktop SSO) is no error page. `onResponseStarted` only observes
 * (onHeadersReceived would have to answer every response).
 */
function recordNegotiateChallenges(session: Session): Map<string, string> {
  const challenges = new Map<string, string>();
  session.webRequest.onResponseStarted({ urls: ['*://*/*'] }, (details) => {
    if (details.resourceType !== 'mainFrame') return;
    const header = Object.entries(details.responseHeaders ?? {}).find(([name]) => name.toLowerCase() === 'www-authenticate')?.[1];
    if (header && header.length > 0) challenges.set(details.url, header.join(', '));
    else challenges.delete(details.url);
  });
  return challenges;
}

/**
 * Every request to the redirect URI's host is cancelled; the one that is the redirect URI settles the login, with
 * the SAML response when it is a SAML IdP's form POST (read from `uploadData` before the cancel).
 */
function blockRedirectHost(session: Session, host: string, redirectUri: string, latch: OutcomeLatch): void {
  // A pattern without a port matches every port; the listener re-checks the host itself.
  session.webRequest.onBeforeRequest({ urls: [`*://${host}/*`] }, (details, callback) => {
    if (!isOnRedirectHost(details.url, redirectUri)) {
      callback({});
      return;
    }
    callback({ cancel: true });
    if (details.resourceType === 'mainFrame' && matchesRedirectUri(details.url, redirectUri)) {
      latch.settle(caughtCallbackOutcome(details.url, uploadedBodyOf(details)));
    }
  });
}

/**
 * The method and body of a request as onBeforeRequest sees it (no headers there: the body alone tells a
 * url-encoded form). A form's fields come as `bytes` parts; a body with a file or blob part is no SAML post.
 */
function uploadedBodyOf(details: Pick<OnBeforeRequestListenerDetails, 'method' | 'uploadData'>): CaughtRequestBody {
  // Absent on a request without a body, whatever the typings say; a part may lack `bytes` (a file, a blob).
  const parts: readonly Partial<UploadData>[] = details.uploadData ?? [];
  const readable = parts.length > 0 && parts.every((p) => p.bytes instanceof Uint8Array && p.file === undefined && p.blobUUID === undefined);
  return { method: details.method, ...(readable ? { body: Buffer.concat(parts.map((p) => p.bytes as Uint8Array)) } : {}) };
}

interface Preventable {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/** Fallback catches, IdP error pages, load failures, loops, crashes: for the login page and each of its popups. */
function watchContents(contents: WebContents, ctx: PageWatch & { challenges: Map<string, string> }): void {
  const { latch, redirectUri } = ctx;

  // Fallbacks for the request-level catch: stop a navigation elsewhere on the redirect host before it leaves. One to
  // the redirect URI itself goes on to the request-level catch, which cancels it too: only there are a POST's
  // method and body seen (a SAML IdP's form), and these events fire before it.
  const stopAtRedirectHost = (event: Preventable) => {
    if (!event.isMainFrame || !isOnRedirectHost(event.url, redirectUri) || matchesRedirectUri(event.url, redirectUri)) return;
    event.preventDefault();
  };
  contents.on('will-redirect', (event) => stopAtRedirectHost(event));
  contents.on('will-navigate', (event) => stopAtRedirectHost(event));

  contents.on('did-start-navigation', (event) => {
    if (!event.isMainFrame || event.isSameDocument || matchesRedirectUri(event.url, redirectUri)) return;
    recordNavigation(ctx, event.url);
  });
  contents.on('did-redirect-navigation', (event) => {
    if (!event.isMainFrame || matchesRedirectUri(event.url, redirectUri)) return;
    recordNavigation(ctx, event.url);
  });

  // The document now shown: a newly committed one makes pending reads of the old one stale.
  let documentGeneration = 0;
  let documentStatus = 200;
  let documentChallenge: string | undefined;

  // An IdP page's beforeunload handler must not keep the login window from closing.
  contents.on('will-prevent-unload', (event) => event.preventDefault());

  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    documentGeneration++;
    documentStatus = httpResponseCode;
    documentChallenge = ctx.challenges.get(url);
    // Last fallback: the redirect URI committed (it cannot have loaded: its host is blocked).
    if (matchesRedirectUri(url, redirectUri)) {
      latch.settle({ kind: 'redirect', url });
      return;
    }
    // An error page, or a refusal page served with 200 (Google's embedded-browser refusal): read it and settle.
    if (isIdpStopPage(url, httpResponseCode, documentChallenge) && !isOnRedirectHost(url, redirectUri)) {
      void reportErrorPage(contents, url, httpResponseCode, latch);
    }
  });

  // A page served 200 where the sign-in page also lives (Microsoft's error page at the authorize URL): known by its words.
  contents.on('did-finish-load', () => {
    const generation = documentGeneration;
    void readLoadedPage({
      redirectUri,
      latch,
      status: documentStatus,
      wwwAuthenticate: documentChallenge,
      url: () => contents.getURL(),
      isCurrent: () => generation === documentGeneration,
      read: () => readPage(contents),
    });
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame) return;
    if (errorCode === ERR_TOO_MANY_REDIRECTS) {
      latch.settle({ kind: 'redirect-loop', url: validatedURL, hops: CHROMIUM_REDIRECT_LIMIT });
      return;
    }
    // -3 (an immediately redirecting page) and -20 (our own block of the redirect host) are no failure. Electron
    // names the error (net::ErrorToShortString) for a failed provisional load, and passes "" after a commit
    // (shell/browser/api/electron_api_web_contents.cc): the code alone must do then.
    // A popup that fails to load (a help page, a social IdP) shows Chromium's error in itself; the login waits on.
    const failed = ctx.isMain ? loadFailedOutcome(validatedURL, netErrorFrom(errorDescription, errorCode)) : undefined;
    if (failed) latch.settle(failed);
  });

  contents.on('render-process-gone', (_event, details) => {
    if (ctx.isMain) latch.settle({ kind: 'crashed', reason: `The login page's renderer is gone (${details.reason}, exit code ${details.exitCode}).` });
  });
}

/** Reads what the user sees on an IdP error page (e.g. Okta's 400 for an unregistered redirect URI). */
async function reportErrorPage(contents: WebContents, url: string, status: number, latch: OutcomeLatch): Promise<void> {
  await loadedOrLate(contents);
  if (latch.settled) return;
  let seen: unknown;
  try {
    const read = await withTimeout(readPage(contents), ERROR_PAGE_RENDER_MS);
    if (read.kind === 'done') seen = read.value;
  } catch {
    // The page went away or never rendered: the status alone still tells the story.
  }
  latch.settle(errorPageOutcome(status, url, seen));
}

/** Resolves when the page has finished (or failed) loading, or after ERROR_PAGE_RENDER_MS: read it as it is by then. */
async function loadedOrLate(contents: WebContents): Promise<void> {
  let done!: () => void;
  const loaded = new Promise<void>((resolve) => (done = resolve));
  contents.once('did-finish-load', done);
  contents.once('did-fail-load', done);
  try {
    await withTimeout(loaded, ERROR_PAGE_RENDER_MS);
  } finally {
    contents.removeListener('did-finish-load', done);
    contents.removeListener('did-fail-load', done);
  }
}

/**
 * A world of our own in the login page (Electron's contextIsolation world is
 * 999; the page's own is 0): the page's scripts cannot redefine what our read
 * sees there.
 */
const PAGE_READER_WORLD_ID = 1001;

/** The page's title and visible text, read by a fixed, argument-free script in an isolated world; the result is only strings. */
function readPage(contents: WebContents): Promise<unknown> {
  return contents.executeJavaScriptInIsolatedWorld(PAGE_READER_WORLD_ID, [{ code: READ_VISIBLE_TEXT_SCRIPT }]);
}
