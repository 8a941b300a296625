// Stands for Electron's `ipcMain` (main process): keeps the handlers that
// `handle(channel, listener)` registered and lets a test play the renderer's
// `ipcRenderer.invoke(channel, input)` with an event naming the sender.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { SenderEvent } from '../../../main/electron/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: any[]) => unknown;

export class FakeIpcMain implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    // Electron throws on a second handler for the same channel; so do we.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What `ipcRenderer.invoke` would resolve to; rejects like Electron when nothing handles the channel. */
  async invoke(channel: string, event: SenderEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    // Electron clones arguments with the structured-clone algorithm; do the same.
    const cloned = args.map((a) => structuredClone(a));
    return listener(event as unknown as IpcMainInvokeEvent, ...cloned);
  }
}
