/** The ClipboardPort on Electron's clipboard (main process, so the secret never passes through the renderer). */
import type { Clipboard } from 'electron';
import type { ClipboardPort } from '../core/ports';

export function createElectronClipboard(clipboard: Pick<Clipboard, 'writeText' | 'readText'>): ClipboardPort {
  return {
    // Electron 45's clipboard returns promises (older versions returned values; await covers both).
    writeText: async (text) => {
      await clipboard.writeText(text);
    },
    readText: async () => clipboard.readText(),
  };
}
