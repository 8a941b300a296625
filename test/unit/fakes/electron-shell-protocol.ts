// Stands for Electron's `protocol` module (main process): records what
// `handle(scheme, handler)` registered so a test can call the handler with a
// real WHATWG Request, as Electron would.
import type { Protocol } from 'electron';

export class FakeProtocol implements Pick<Protocol, 'handle'> {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }

  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`no handler for ${scheme}`);
    return handler(new Request(url, init));
  }
}
