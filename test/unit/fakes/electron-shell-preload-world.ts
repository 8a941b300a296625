// Stands for the two things a sandboxed Electron preload can reach through
// require('electron'): `contextBridge` (records what exposeInMainWorld put on
// the page's window) and `ipcRenderer` (an event emitter whose `invoke` calls a
// test-provided main side, and whose `on` listeners receive an IpcRendererEvent
// first, as in Electron).
import { EventEmitter } from 'node:events';

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, api);
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = [];
  answer: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.answer(channel, ...args);
  }

  /** Plays `webContents.send(channel, ...args)` from the main side. */
  deliver(channel: string, ...args: unknown[]): void {
    const ipcEvent = { sender: this, senderId: 0, ports: [] };
    this.emit(channel, ipcEvent, ...args);
  }
}
