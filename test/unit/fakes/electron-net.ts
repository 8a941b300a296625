// Stands for Electron's `net` module and the default session's `resolveProxy`: `fetch` answers through a real
// HTTP request (Node's, to a local server) but as Electron's net.fetch does it (net-fetch.ts in electron/electron):
// a Response built from status, headers and body, so its `.url` is '' (documented as "incorrect"); or it rejects
// the way Chromium's stack does, with `net::ERR_…` in the message. It records each call's init.
import type { Net, Session } from 'electron';

export class FakeNet implements Pick<Net, 'fetch'> {
  readonly calls: { url: string; init: RequestInit | undefined }[] = [];
  /** When set, every request fails with this Chromium net error (e.g. 'ERR_TUNNEL_CONNECTION_FAILED'). */
  failWith: string | undefined;

  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    this.calls.push({ url, init });
    if (this.failWith) throw new Error(`net::${this.failWith}`);
    const real = await globalThis.fetch(url, { method: init?.method, headers: init?.headers, body: init?.body, signal: init?.signal });
    return new Response(await real.arrayBuffer(), { status: real.status, statusText: real.statusText, headers: real.headers });
  }
}

export class FakeProxySession implements Pick<Session, 'resolveProxy'> {
  readonly asked: string[] = [];
  constructor(public rule = 'DIRECT') {}
  async resolveProxy(url: string): Promise<string> {
    this.asked.push(url);
    return this.rule;
  }
}
