/**
 * The Electron preload (sandboxed: it may only require 'electron'). Exposes
 * exactly the contract's client — `call` and `on` — under `window.ssoAssistant`.
 * No raw ipcRenderer, no IPC event objects: listeners get the payload only.
 * Bundled by esbuild into dist/electron/preload.cjs.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallName, EventName, SsoAssistantApi } from '../common/contract';
import { API_GLOBAL, CALL_NAMES as callNames, EVENT_NAMES as eventNames, ipcChannel } from '../common/contract-names';
import { bridgeError } from '../common/bridge-error';

/** The two ipcRenderer members the client uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
}

const knownCalls: ReadonlySet<string> = new Set(callNames);
const knownEvents: ReadonlySet<string> = new Set(eventNames);

export function createElectronApi(ipc: RendererIpc): SsoAssistantApi {
  const api = {
    call(name: CallName, input: unknown) {
      // Refuse before anything is sent: no channel is built from an unchecked string.
      if (typeof name !== 'string' || !knownCalls.has(name)) {
        return Promise.resolve({ ok: false as const, error: bridgeError('UNKNOWN_CALL', { call: String(name).slice(0, 80) }) });
      }
      // Always answer with a result, never an exception: an input that cannot be
      // cloned (a function, a DOM node) is refused here; the error text is not
      // passed on, as it may quote the input.
      return Promise.resolve()
        .then(() => ipc.invoke(ipcChannel.call(name), input))
        .catch((err: unknown) => {
          const uncloneable = err instanceof Error && /could not be cloned/i.test(err.message);
          return uncloneable
            ? { ok: false as const, error: bridgeError('INVALID_INPUT', { call: name, fields: '(input): could not be sent (not plain data)' }) }
            : { ok: false as const, error: bridgeError('INTERNAL_ERROR', { call: name, reason: 'the request did not reach the app' }) };
        });
    },
    on(name: EventName, listener: (payload: unknown) => void) {
      if (typeof name !== 'string' || !knownEvents.has(name) || typeof listener !== 'function') return () => {};
      const relay = (_event: IpcRendererEvent, eventName: unknown, payload: unknown) => {
        if (eventName === name) listener(payload);
      };
      ipc.on(ipcChannel.event, relay as (event: IpcRendererEvent, ...args: unknown[]) => void);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(ipcChannel.event, relay as (event: IpcRendererEvent, ...args: unknown[]) => void);
      };
    },
  };
  return api as SsoAssistantApi;
}

contextBridge.exposeInMainWorld(API_GLOBAL, createElectronApi(ipcRenderer));
