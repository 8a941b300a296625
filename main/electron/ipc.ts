/**
 * Electron IPC, registered from the contract: one `ipcMain.handle` per call
 * name, each behind a sender check, each answered by the shared dispatcher
 * (which validates the input). Events go to the main window only, after
 * their payload has been checked against the contract.
 */
import type { IpcMain, WebFrameMain } from 'electron';
import { callNames, events, ipcChannel, type CallResult, type EventName, type EventPayload } from '../../common/contract';
import { dispatch, type Handlers } from '../core/app/dispatch';
import { diagnose } from '../../common/diagnosis';
import { isAppUrl } from './app-origin';

/** What the sender check reads from a frame (Electron's WebFrameMain has all of it). */
export type FrameRef = Pick<WebFrameMain, 'url' | 'processId' | 'routingId'> & { readonly parent: unknown };

/** The parts of the main window the IPC layer looks at (a BrowserWindow satisfies it). */
export interface MainWindowLike {
  isDestroyed(): boolean;
  readonly webContents: {
    readonly mainFrame: FrameRef;
    isDestroyed(): boolean;
    send(channel: string, ...args: unknown[]): void;
  };
}
export type MainWindowRef = () => MainWindowLike | null;

/** The parts of an IpcMainInvokeEvent the check reads; `sender` is compared by identity. */
export interface SenderEvent {
  readonly sender: unknown;
  readonly senderFrame: FrameRef | null;
}

/**
 * Why a sender is refused, or null when it is the main window's top frame on
 * the app's own origin. Anything else (another window, a subframe, a page that
 * navigated away, a frame already gone) is refused.
 */
export function senderRefusal(event: SenderEvent, getMainWindow: MainWindowRef): string | null {
  const win = getMainWindow();
  if (!win || win.isDestroyed()) return 'no main window';
  if (event.sender !== win.webContents) return 'another window';
  const frame = event.senderFrame;
  if (!frame) return 'frame gone';
  const main = win.webContents.mainFrame;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  if (!sameFrame || frame.parent !== null) return 'not the top frame';
  if (!isAppUrl(frame.url)) return 'foreign origin';
  return null;
}

/** The origin of a refused frame, for the evidence: scheme and host only, never a path or query. */
function originOf(raw: string | undefined): string {
  try {
    const url = new URL(raw ?? '');
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'unknown';
  }
}

export interface IpcRegistration {
  /** Removes every handler this registration added (used on quit and in tests). */
  dispose(): void;
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  getMainWindow: MainWindowRef,
): IpcRegistration {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel.call(name), async (event, input: unknown): Promise<CallResult<unknown>> => {
      const refusal = senderRefusal(event, getMainWindow);
      if (refusal) {
        return { ok: false, error: diagnose('FORBIDDEN_SENDER', { call: name, reason: refusal, origin: originOf(event.senderFrame?.url) }) };
      }
      return dispatch(handlers, name, input);
    });
  }
  return {
    dispose() {
      for (const name of callNames) ipcMain.removeHandler(ipcChannel.call(name));
    },
  };
}

/**
 * Builds the `emit` port: validates the payload against the contract and sends
 * it to the main window only. An invalid payload is a bug on our side; it is
 * dropped (and reported by name) rather than sent in a shape the UI did not agree to.
 */
export function createEventEmitter(
  getMainWindow: MainWindowRef,
  report: (message: string) => void = (m) => console.error(m),
): <K extends EventName>(name: K, payload: EventPayload<K>) => void {
  return (name, payload) => {
    const schema = events[name];
    if (!schema) {
      report(`event ${String(name)} is not in the contract; dropped`);
      return;
    }
    const checked = schema.safeParse(payload);
    if (!checked.success) {
      report(`event ${name} did not match the contract; dropped`);
      return;
    }
    const win = getMainWindow();
    if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
    win.webContents.send(ipcChannel.event, name, checked.data);
  };
}
