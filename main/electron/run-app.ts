/**
 * The Electron app's lifecycle: one instance, the app:// scheme, deny-all
 * permissions and guards on every webContents, IPC from the contract, one main
 * window; services are closed (a running test login cancelled) before quitting.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { withTimeout } from '../../common/with-timeout';
import { PRODUCT_NAME } from '../core/app/data-dir';
import type { AppServices } from '../core/app/services';
import type { EmitEvent } from '../core/ports';
import { appSchemePrivileges, registerAppProtocol } from './app-protocol';
import type { ElectronMain } from './electron-module';
import { createElectronOpener } from './external-opener';
import { createEventEmitter, registerIpcHandlers, type IpcRegistration } from './ipc';
import { createMainWindow } from './main-window';
import { refuseLoginPromptsElsewhere } from './login-prompts';
import { denyAllPermissions } from './permissions';
import { guardAnyContents } from './web-contents-guards';

export interface ShellPaths {
  /** The built renderer (index.html + assets), served as app://sso-assistant/. */
  rendererDir: string;
  /** The bundled preload. */
  preloadPath: string;
}

/** Where the built files sit relative to dist/electron/main.cjs. */
export function shellPaths(mainDir: string): ShellPaths {
  return { rendererDir: path.join(mainDir, '..', 'renderer'), preloadPath: path.join(mainDir, 'preload.cjs') };
}

export type ComposeServices = (electron: ElectronMain, getMainWindow: () => BrowserWindow | null, emit: EmitEvent) => AppServices;

export interface RunOptions {
  paths: ShellPaths;
  compose: ComposeServices;
  platform?: NodeJS.Platform;
  report?: (message: string) => void;
  /** How long quitting waits for services to close (a stuck keychain call must not keep the app alive). */
  closeTimeoutMs?: number;
  /** The data folder (`--data-dir` / SSO_ASSISTANT_DATA_DIR); default: <appData>/SSO Setup Assistant. */
  dataDir?: string | null;
}

const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;

export interface RunningApp {
  /** Resolves once the main window has been created (or the instance gave way to another). */
  ready: Promise<void>;
  mainWindow(): BrowserWindow | null;
}

export function runElectronApp(electron: ElectronMain, options: RunOptions): RunningApp {
  const { app, protocol, BrowserWindow, ipcMain, session, shell } = electron;
  const platform = options.platform ?? process.platform;
  const report = options.report ?? ((m: string) => console.error(m));

  // Same folder as main/core/app/data-dir.ts computes for browser mode, whatever
  // name Electron guessed (a dev run via `electron main.cjs` would say "Electron").
  // Set before the single-instance lock, which lives in userData: an override
  // (the Electron e2e suite) never touches the real profile or its lock.
  app.setName(PRODUCT_NAME);
  app.setPath('userData', options.dataDir ?? path.join(app.getPath('appData'), PRODUCT_NAME));

  // Both must happen before `ready`. enableSandbox covers every renderer,
  // including login windows and the IdP popups they allow.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  let mainWindow: BrowserWindow | null = null;
  const getMainWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), mainWindow: () => null };
  }

  app.on('second-instance', () => {
    const win = getMainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('session-created', (created) => denyAllPermissions(created));
  app.on('web-contents-created', (_event, contents) => guardAnyContents(contents));
  // Outside login windows: no HTTP credentials, and never the OS's first client certificate unasked.
  refuseLoginPromptsElsewhere(app);

  let services: AppServices | null = null;
  let ipc: IpcRegistration | null = null;
  const emit = createEventEmitter(getMainWindow, report);
  const opener = createElectronOpener(shell);

  const openMainWindow = () => {
    const { window, loaded } = createMainWindow({
      BrowserWindow,
      preloadPath: options.paths.preloadPath,
      title: PRODUCT_NAME,
      // Through the opener, which checks the allow-list again before the OS sees the URL.
      openExternal: (url) => opener.open(url),
    });
    mainWindow = window;
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    loaded.catch((err: unknown) => report(`main window failed to load: ${err instanceof Error ? err.message : String(err)}`));
  };

  const ready = app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    registerAppProtocol(protocol, options.paths.rendererDir);
    services = options.compose(electron, getMainWindow, emit);
    ipc = registerIpcHandlers(ipcMain, services.handlers, getMainWindow);
    openMainWindow();
  });
  ready.catch((err: unknown) => {
    report(`startup failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    app.exit(1);
  });

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (services && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });

  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed || !services) return;
    // Hold the quit until running work (a test login) is cancelled and files are released.
    event.preventDefault();
    if (closing) return;
    const running = services;
    // An async wrapper: close() starts now, and a synchronous throw becomes a rejection.
    const closeWork = (async () => running.close())().catch((err: unknown) => report(`closing services failed: ${err instanceof Error ? err.name : typeof err}`));
    closing = withTimeout(closeWork, options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS)
      .then((raced) => {
        if (raced.kind === 'timeout') report('services did not close in time; quitting anyway');
      })
      .finally(() => {
        closed = true;
        ipc?.dispose();
        app.quit();
      });
  });

  return { ready: ready.catch(() => undefined), mainWindow: getMainWindow };
}
