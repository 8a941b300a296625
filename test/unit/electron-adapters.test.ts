import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { BaseWindow } from 'electron';
import { createElectronClipboard } from '../../main/electron/clipboard-adapter';
import { createElectronExportPicker } from '../../main/electron/export-picker';
import { createElectronOpener } from '../../main/electron/external-opener';
import { DiagnosisError } from '../../common/diagnosis';
import { FakeClipboard, FakeDialog, FakeShell } from './fakes/electron-shell-os';

describe('Electron opener (shell.openExternal)', () => {
  it('opens allow-listed https links', async () => {
    const shell = new FakeShell();
    await createElectronOpener(shell).open('https://huggingface.co/organizations/acme/settings/sso');
    expect(shell.opened.map((o) => o.url)).toEqual(['https://huggingface.co/organizations/acme/settings/sso']);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'http://huggingface.co/', 'smb://host/share', 'javascript:alert(1)'])(
    'refuses %s with EXTERNAL_URL_REFUSED and never reaches the OS',
    async (url) => {
      const shell = new FakeShell();
      const error = await createElectronOpener(shell).open(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiagnosisError);
      expect((error as DiagnosisError).diagnosis.code).toBe('EXTERNAL_URL_REFUSED');
      expect(shell.opened).toEqual([]);
    },
  );
});

describe('Electron opener failures', () => {
  it('turns a rejected shell.openExternal into EXTERNAL_OPEN_FAILED with the address', async () => {
    const shell = { openExternal: async () => Promise.reject(new Error('Failed to open: no handler')) };
    const error = await createElectronOpener(shell).open('https://huggingface.co/organizations/acme/settings/sso').catch((e: unknown) => e);
    expect((error as DiagnosisError).diagnosis).toMatchObject({ code: 'EXTERNAL_OPEN_FAILED', evidence: { url: 'https://huggingface.co/organizations/acme/settings/sso' } });
  });
});

describe('Electron export picker (dialog.showSaveDialog)', () => {
  it('offers the file type being saved: a PDF report is not filtered as JSON', async () => {
    const dialog = new FakeDialog({ canceled: false, filePath: '/home/admin/Documents/r.pdf' });
    await createElectronExportPicker({ dialog, documentsDir: () => '/home/admin/Documents', parent: () => null }).choose('sso-evidence-acme.pdf');
    expect(dialog.shown[0]!.options).toMatchObject({ title: 'Save evidence report', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  const parent = { id: 1 } as unknown as BaseWindow;

  it('asks next to the main window, starting in Documents, for a .json file', async () => {
    const dialog = new FakeDialog({ canceled: false, filePath: '/home/admin/Documents/sso.json' });
    const picker = createElectronExportPicker({ dialog, documentsDir: () => '/home/admin/Documents', parent: () => parent });
    expect(await picker.choose('sso-configs.json')).toBe('/home/admin/Documents/sso.json');
    expect(dialog.shown).toHaveLength(1);
    expect(dialog.shown[0]!.parent).toBe(parent);
    expect(dialog.shown[0]!.options.defaultPath).toBe(path.join('/home/admin/Documents', 'sso-configs.json'));
    expect(dialog.shown[0]!.options.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });

  it('keeps only the file name of the suggested name', async () => {
    const dialog = new FakeDialog({ canceled: true, filePath: '' });
    const picker = createElectronExportPicker({ dialog, documentsDir: () => '/docs', parent: () => null });
    await picker.choose('../../etc/passwd');
    expect(dialog.shown[0]!.options.defaultPath).toBe(path.join('/docs', 'passwd'));
    expect(dialog.shown[0]!.parent).toBeNull();
  });

  it('answers null when the admin cancels', async () => {
    const dialog = new FakeDialog({ canceled: true, filePath: '' });
    const picker = createElectronExportPicker({ dialog, documentsDir: () => '/docs', parent: () => parent });
    expect(await picker.choose('x.json')).toBeNull();
  });
});

describe('Electron clipboard', () => {
  it('writes and reads text', async () => {
    const clipboard = new FakeClipboard();
    const port = createElectronClipboard(clipboard);
    await port.writeText('copied');
    expect(clipboard.text).toBe('copied');
    expect(await port.readText()).toBe('copied');
  });
});
