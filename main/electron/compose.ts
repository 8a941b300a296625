/**
 * Composition root for Electron: the core services wired to Electron adapters
 * (keychain vault, login window, net.fetch, clipboard, browser opener, save dialog, PDF printer).
 */
import type { BrowserWindow } from 'electron';
import { createLoginPrompts } from '../core/app/login-prompts';
import { createServices, type AppServices } from '../core/app/services';
import { systemClock, type EmitEvent } from '../core/ports';
import { createKeytarVault } from '../core/secrets/keytar-vault';
import { createElectronAuthWindow } from './auth-window';
import { createElectronClipboard } from './clipboard-adapter';
import type { ElectronMain } from './electron-module';
import { createElectronExportPicker } from './export-picker';
import { createElectronOpener } from './external-opener';
import { createElectronReportPrinter } from './report-printer';
import { createElectronNetFetch } from './net-fetch';

export function composeElectronServices(
  electron: ElectronMain,
  getMainWindow: () => BrowserWindow | null,
  emit: EmitEvent,
): AppServices {
  // One set of questions: the login windows ask, the app's window answers (answerLoginPrompt).
  const loginPrompts = createLoginPrompts({ emit });
  return createServices({
    shell: 'electron',
    dataDir: electron.app.getPath('userData'),
    vault: createKeytarVault(),
    authWindow: createElectronAuthWindow({ parent: getMainWindow, electron, loginPrompts }),
    loginPrompts,
    fetch: createElectronNetFetch({ net: electron.net, session: electron.session }),
    clipboard: createElectronClipboard(electron.clipboard),
    opener: createElectronOpener(electron.shell),
    exportPicker: createElectronExportPicker({
      dialog: electron.dialog,
      documentsDir: () => electron.app.getPath('documents'),
      parent: getMainWindow,
    }),
    reportPrinter: createElectronReportPrinter(electron),
    emit,
    clock: systemClock,
  });
}
