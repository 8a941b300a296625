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
 * Insomnia and Bruno). Matching is exact on scheme, host, port and path.
 */
import { randomUUID } from 'node:crypto';
import type * as Electron from 'electron';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { withTimeout } from '../../common/with-timeout';
import type { AuthWindow, AuthWindowOptions, AuthWindowOutcome, LoginPrompts } from '../core/ports';
import { attachLoginPrompts } from './login-prompts';
import {
  CHROMIUM_REDIRECT_LIMIT,
  ERROR_PAGE_RENDER_MS,
  READ_VISIBLE_TEXT_SCRIPT,
  createOutcomeLatch,
  createRedirectLoopGuard,
  errorPageOutcome,
  isIdpStopPage,
  isOnRedirectHost,
  matchesRedirectUri,
  openFailed,
  readLoadedPage,
  recordNavigation,
  redirectHost,
  type OutcomeLatch,
  type PageWatch,
} from '../core/auth-window-rules';

export interface ElectronAuthWindowDeps {
  /** The main window; the login window is its child (null: a top-level window). */
  parent: () => BrowserWindow | null;
  /** The electron module, injected so unit tests can hand in fakes. */
  electron: Pick<typeof Electron, 'BrowserWindow' | 'session'>;
  /** Makes the partition name unique per open(); tests may pin it. */
  newId?: () => string;
  now?: () => number;
  /** Asks the admin for HTTP/proxy credentials and client certificates (without it, both are refused). */
  loginPrompts?: LoginPrompts;
}

/** No `persist:` prefix: Electron keeps such a partition in memory only. */
export const AUTH_PARTITION_PREFIX = 'auth-';

/** Chromium's net error codes the window reacts to. */
const ERR_ABORTED = -3;
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
    partition,
    // no `preload`: the IdP's pages get nothing from the app
  };
}

export function createElectronAuthWindow(deps: ElectronAuthWindowDeps): AuthWindow {
  return { open: (url, options) => openLoginWindow(deps, url, options) };
}

async function openLoginWindow(
  deps: ElectronAuthWindowDeps,
  authorizationUrl: string,
  options: AuthWindowOptions,
): Promise<AuthWindowOutcome> {
  const { redirectUri } = options;
  const host = redirectHost(redirectUri); // throws on a malformed redirect URI before anything opens
  if (options.signal.aborted) return { kind: 'cancelled' };

  const partition = `${AUTH_PARTITION_PREFIX}${(deps.newId ?? randomUUID)()}`;
  const session = deps.electron.session.fromPartition(partition);
  const windows = new Set<BrowserWindow>();
  let loginWindow: BrowserWindow | undefined;

  const cleanup = async () => {
    for (const w of windows) if (!w.isDestroyed()) w.destroy();
    windows.clear();
    await session.clearStorageData();
    await session.clearCache();
    session.webRequest.onBeforeRequest(null);
    session.setPermissionRequestHandler(null);
    session.setPermissionCheckHandler(null);
  };
  const latch = createOutcomeLatch(options, {
    lastUrl: () => (loginWindow && !loginWindow.isDestroyed() ? loginWindow.webContents.getURL() : undefined),
    cleanup,
  });
  const loop = createRedirectLoopGuard(deps.now);

  try {
    denyPermissions(session);
    blockRedirectHost(session, host, redirectUri, latch);

    const popupOptions = (): WindowOpenHandlerResponse => ({
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...(loginWindow ? { parent: loginWindow } : {}),
        autoHideMenuBar: true,
        webPreferences: loginWebPreferences(partition),
      },
    });
    const watch = (w: BrowserWindow, isMain: boolean) => {
      windows.add(w);
      watchContents(w.webContents, { isMain, redirectUri, latch, loop });
      if (deps.loginPrompts) attachLoginPrompts(w.webContents, deps.loginPrompts, w);
      w.webContents.setWindowOpenHandler((details: HandlerDetails) =>
        isWebUrl(details.url) ? popupOptions() : { action: 'deny' },
      );
      // Sign-in popups: sandboxed children on the same in-memory partition, watched like the login page.
      w.webContents.on('did-create-window', (child) => watch(child, false));
    };

    const parent = deps.parent();
    const windowOptions: BrowserWindowConstructorOptions = {
      ...(parent && !parent.isDestroyed() ? { parent } : {}),
      width: 520,
      height: 720,
      title: 'Sign in to your identity provider',
      autoHideMenuBar: true,
      show: true,
      webPreferences: loginWebPreferences(partition),
    };
    loginWindow = new deps.electron.BrowserWindow(windowOptions);
    watch(loginWindow, true);
    loginWindow.on('closed', () => latch.settle({ kind: 'closed' }));

    // Rejections: ERR_ABORTED (the page redirected at once) and our own cancellations; did-fail-load reports the rest.
    loginWindow.loadURL(authorizationUrl).catch(() => undefined);
  } catch (err) {
    latch.settle(openFailed(err));
  }
  return latch.promise;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The login needs no browser permission (camera, notifications, ...): refuse all, asked or probed. */
function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Every request to the redirect URI's host is cancelled; the one that is the redirect URI settles the login. */
function blockRedirectHost(session: Session, host: string, redirectUri: string, latch: OutcomeLatch): void {
  // A pattern without a port matches every port; the listener re-checks the host itself.
  session.webRequest.onBeforeRequest({ urls: [`*://${host}/*`] }, (details, callback) => {
    if (!isOnRedirectHost(details.url, redirectUri)) {
      callback({});
      return;
    }
    callback({ cancel: true });
    if (details.resourceType === 'mainFrame' && matchesRedirectUri(details.url, redirectUri)) {
      latch.settle({ kind: 'redirect', url: details.url });
    }
  });
}

interface Preventable {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/** Fallback catches, IdP error pages, loops, crashes: for the login page and each of its popups. */
function watchContents(contents: WebContents, ctx: PageWatch): void {
  const { latch, redirectUri } = ctx;

  // Fallbacks for the request-level catch: stop the navigation before it leaves.
  const stopAtRedirectHost = (event: Preventable) => {
    if (!event.isMainFrame || !isOnRedirectHost(event.url, redirectUri)) return;
    event.preventDefault();
    if (matchesRedirectUri(event.url, redirectUri)) latch.settle({ kind: 'redirect', url: event.url });
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

  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    documentGeneration++;
    documentStatus = httpResponseCode;
    // Last fallback: the redirect URI committed (it cannot have loaded: its host is blocked).
    if (matchesRedirectUri(url, redirectUri)) {
      latch.settle({ kind: 'redirect', url });
      return;
    }
    // An error page, or a refusal page served with 200 (Google's embedded-browser refusal): read it and settle.
    if (isIdpStopPage(url, httpResponseCode) && !isOnRedirectHost(url, redirectUri)) {
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
      url: () => contents.getURL(),
      isCurrent: () => generation === documentGeneration,
      read: () => readPage(contents),
    });
  });

  contents.on('did-fail-load', (_event, errorCode, _description, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return; // an immediately redirecting page: not a failure
    if (errorCode === ERR_TOO_MANY_REDIRECTS) {
      latch.settle({ kind: 'redirect-loop', url: validatedURL, hops: CHROMIUM_REDIRECT_LIMIT });
    }
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
