/**
 * The ReportPrinter in Electron: the report page (self-contained, no script)
 * in a hidden, sandboxed window with JavaScript off and an in-memory session,
 * printed with webContents.printToPDF, then destroyed. The page is loaded from
 * a private temporary file (a data: URL is capped at 2 MB in Chromium, and a
 * whole history can be larger); the file is removed whatever happens.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import type { ReportPrinter } from '../core/ports';

export function createElectronReportPrinter(electron: Pick<typeof Electron, 'BrowserWindow'>, options: { tempDir?: () => string } = {}): ReportPrinter {
  return {
    async toPdf(html) {
      const dir = await fs.mkdtemp(path.join(options.tempDir?.() ?? os.tmpdir(), 'sso-report-'));
      const file = path.join(dir, 'report.html');
      const win = new electron.BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          // No persist: prefix: an in-memory session, gone with the window.
          partition: `report-${randomUUID()}`,
        },
      });
      try {
        await fs.writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        await win.loadFile(file);
        return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
      } finally {
        if (!win.isDestroyed()) win.destroy();
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}
