/**
 * Browser mode's preload: the same `SsoAssistantApi` Electron's preload
 * exposes, carried over the loopback bridge. Served as /preload.js and loaded
 * before the app's scripts; the renderer sees only `window.ssoAssistant`.
 * The session cookie (HttpOnly) authenticates; a custom header forces a CORS
 * preflight, so no other origin can make these calls.
 */
import { API_GLOBAL, calls, type CallName, type CallResult, type EventName, type EventPayload, type SsoAssistantApi } from './contract';
import { diagnose } from '../main/core/diagnoses';

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let stream: EventSource | null = null;

function attach(name: EventName) {
  stream ??= new EventSource('/api/events');
  stream.addEventListener(name, (e) => {
    let payload: unknown;
    try {
      payload = JSON.parse((e as MessageEvent<string>).data);
    } catch {
      return;
    }
    for (const l of listeners.get(name) ?? []) l(payload);
  });
}

const api: SsoAssistantApi = {
  async call(name, input) {
    if (!Object.prototype.hasOwnProperty.call(calls, name)) {
      return { ok: false, error: diagnose('UNKNOWN_CALL', { call: String(name).slice(0, 80) }) };
    }
    try {
      const res = await fetch(`/api/call/${encodeURIComponent(name as CallName)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-SSO-Bridge': '1' },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as CallResult<never>;
    } catch {
      return { ok: false, error: diagnose('BRIDGE_UNREACHABLE') };
    }
  },
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void) {
    let set = listeners.get(name);
    if (!set) {
      set = new Set();
      listeners.set(name, set);
      attach(name);
    }
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  },
};

Object.defineProperty(window, API_GLOBAL, { value: Object.freeze(api), writable: false, configurable: false });
