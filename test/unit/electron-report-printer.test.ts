/**
 * Electron's ReportPrinter, against a small fake of BrowserWindow (the
 * Electron binary cannot run here): a hidden, sandboxed, script-less window on
 * an in-memory session, printToPDF, and nothing left behind (window or file),
 * also when printing fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createElectronReportPrinter } from '../../main/electron/report-printer';

/** Stands for Electron's BrowserWindow: records options, the loaded file's content, and destroy(). */
class FakePrintWindow {
  static last: FakePrintWindow | undefined;
  static failPrint = false;
  loadedFile = '';
  loadedHtml = '';
  destroyed = false;
  readonly webContents = {
    printToPDF: async (_options: object) => {
      if (FakePrintWindow.failPrint) throw new Error('Printing failed');
      return Buffer.from(`%PDF-1.4 fake of ${this.loadedHtml.length} bytes`);
    },
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakePrintWindow.last = this;
  }
  async loadFile(file: string) {
    this.loadedFile = file;
    this.loadedHtml = readFileSync(file, 'utf8');
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
}

const electron = { BrowserWindow: FakePrintWindow } as never;

describe('Electron report printer', () => {
  it('prints the page in a hidden, sandboxed window without scripts, then leaves nothing behind', async () => {
    FakePrintWindow.failPrint = false;
    const pdf = await createElectronReportPrinter(electron).toPdf('<!doctype html><p>report</p>');
    expect(Buffer.from(pdf).toString()).toMatch(/^%PDF-1\.4 fake of 28 bytes$/);
    const win = FakePrintWindow.last!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.options.webPreferences?.partition).toMatch(/^report-/);
    expect(win.options.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(win.loadedHtml).toBe('<!doctype html><p>report</p>');
    expect(win.destroyed).toBe(true);
    expect(existsSync(win.loadedFile)).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    FakePrintWindow.failPrint = true;
    await expect(createElectronReportPrinter(electron).toPdf('<p>x</p>')).rejects.toThrow('Printing failed');
    expect(FakePrintWindow.last!.destroyed).toBe(true);
    expect(existsSync(FakePrintWindow.last!.loadedFile)).toBe(false);
  });
});
