// Stands for Electron's `protocol` module (main process): records what
// `handle(scheme, handler)` registered so a test can call the handler with a
// real WHATWG Request, as Electron would, and which schemes were registered as
// privileged (and whether that happened before the app was ready).
import type { CustomScheme, Protocol } from 'electron';

export class FakeProtocol implements Pick<Protocol, 'handle' | 'registerSchemesAsPrivileged'> {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly privileged: Array<{ schemes: CustomScheme[]; beforeReady: boolean }> = [];
  /** Set by the fake app; Electron only accepts privileged schemes before `ready`. */
  isAppReady: () => boolean = () => false;

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.privileged.push({ schemes, beforeReady: !this.isAppReady() });
  }

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
