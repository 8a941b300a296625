/**
 * The one main window: sandboxed, isolated, no Node, web security on, our
 * preload only, loading the app from app:// (never file://, never remote).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { START_URL } from './app-origin';
import { guardMainWindowContents, type GuardedContents, type OpenExternal } from './web-contents-guards';

export function mainWindowOptions(preloadPath: string, title: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** The members of a BrowserWindow this module uses. */
export interface MainWindowHandle {
  readonly webContents: GuardedContents & { loadURL(url: string): Promise<void> };
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export type BrowserWindowFactory<W extends MainWindowHandle> = new (options: BrowserWindowConstructorOptions) => W;

export interface CreateMainWindowOptions<W extends MainWindowHandle> {
  BrowserWindow: BrowserWindowFactory<W>;
  preloadPath: string;
  title: string;
  openExternal: OpenExternal;
}

/** Creates the window, installs the guards before the first load, then loads the app. */
export function createMainWindow<W extends MainWindowHandle>(options: CreateMainWindowOptions<W>): { window: W; loaded: Promise<void> } {
  const window = new options.BrowserWindow(mainWindowOptions(options.preloadPath, options.title));
  guardMainWindowContents(window.webContents, options.openExternal);
  window.once('ready-to-show', () => window.show());
  const loaded = window.webContents.loadURL(START_URL);
  return { window, loaded };
}

// Compile-time proof that Electron's own BrowserWindow fits the handle above.
export type _RealWindowFits = BrowserWindow extends MainWindowHandle ? true : never;
const _realWindowFits: _RealWindowFits = true;
void _realWindowFits;
