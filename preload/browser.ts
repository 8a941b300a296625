/**
 * Browser mode's preload: the same `SsoAssistantApi` Electron's preload
 * exposes, carried over the loopback bridge. Served as /preload.js and loaded
 * before the app's scripts; the renderer sees only `window.ssoAssistant`.
 *
 * Every bridge request carries the per-launch token in an Authorization
 * header. The token arrives once in the address's fragment (never sent to a
 * server), is kept in this tab's sessionStorage (scoped to our exact origin,
 * port included, unlike cookies) and removed from the address at once.
 */
import type { CallName, CallResult, EventName, EventPayload, SsoAssistantApi } from '../common/contract';
import { API_GLOBAL, CALL_NAMES } from '../common/contract-names';
import { bridgeError } from '../common/bridge-error';

const TOKEN_KEY = 'sso-bridge-token';
const TOKEN_FRAGMENT = /^#bridge-token=([A-Za-z0-9_-]+)$/;

function takeTokenFromAddress(): string | null {
  const m = TOKEN_FRAGMENT.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = takeTokenFromAddress();
const authHeaders = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let streaming = false;

/** Reads the server-sent event stream with fetch (EventSource cannot send the Authorization header). */
async function streamEvents() {
  if (streaming) return;
  streaming = true;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch('/api/events', { headers: authHeaders(), cache: 'no-store' });
      if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
      attempt = 0;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          deliver(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // The app stopped or restarted: retry with a growing pause.
    }
    await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
  }
}

function deliver(frame: string) {
  let name = '';
  let data = '';
  for (const line of frame.split('\n')) {
    if (line.startsWith('event: ')) name = line.slice(7);
    else if (line.startsWith('data: ')) data += line.slice(6);
  }
  const set = listeners.get(name as EventName);
  if (!set || !data) return;
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return;
  }
  for (const l of set) l(payload);
}

const api: SsoAssistantApi = {
  async call(name, input) {
    if (!(CALL_NAMES as readonly string[]).includes(name)) {
      return { ok: false, error: bridgeError('UNKNOWN_CALL', { call: String(name).slice(0, 80) }) };
    }
    try {
      const res = await fetch(`/api/call/${encodeURIComponent(name as CallName)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...authHeaders() },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as CallResult<never>;
    } catch {
      return { ok: false, error: bridgeError('BRIDGE_UNREACHABLE') };
    }
  },
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void) {
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(listener as Listener);
    void streamEvents();
    return () => set.delete(listener as Listener);
  },
};

Object.defineProperty(window, API_GLOBAL, { value: Object.freeze(api), writable: false, configurable: false });
