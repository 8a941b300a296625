/**
 * The slice of the `electron` module the shell uses. Only main.ts imports the
 * real module; everything else receives this, so tests can hand in fakes.
 */
import type * as Electron from 'electron';

export type ElectronMain = Pick<
  typeof Electron,
  'app' | 'protocol' | 'BrowserWindow' | 'ipcMain' | 'session' | 'shell' | 'clipboard' | 'dialog' | 'net'
>;
