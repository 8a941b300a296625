/** The ClipboardPort on Electron's clipboard (main process, so the secret never passes through the renderer). */
import type { Clipboard } from 'electron';
import type { ClipboardPort } from '../core/ports';

export function createElectronClipboard(clipboard: Pick<Clipboard, 'writeText' | 'readText'>): ClipboardPort {
  return {
    writeText: async (text) => clipboard.writeText(text),
    readText: async () => clipboard.readText(),
  };
}
