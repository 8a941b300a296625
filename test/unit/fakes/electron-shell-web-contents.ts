// Stands for Electron's WebContents and WebFrameMain (main process): an event
// emitter with the handful of members the shell touches (mainFrame, send,
// loadURL, setWindowOpenHandler, session) and helpers that fire navigation
// events the way Chromium would, reporting whether a listener prevented them.
import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { FakeSession } from './electron-shell-session';

let nextId = 1;

export class FakeWebFrameMain {
  constructor(
    public url: string,
    readonly processId = 1,
    readonly routingId = nextId++,
    readonly parent: FakeWebFrameMain | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly loaded: string[] = [];
  readonly session = new FakeSession();
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  destroyed = false;
  readonly mainFrame: FakeWebFrameMain;

  constructor(url = 'about:blank') {
    super();
    this.mainFrame = new FakeWebFrameMain(url);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args: args.map((a) => structuredClone(a)) });
  }

  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.mainFrame.url = url;
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  /** Fires an Electron navigation-style event; true when a listener called preventDefault(). */
  fireCancelable(eventName: string, url: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false;
    const event = {
      url,
      ...extra,
      preventDefault: () => {
        prevented = true;
      },
      get defaultPrevented() {
        return prevented;
      },
    };
    this.emit(eventName, event, url);
    return prevented;
  }

  /** Plays `window.open(url)` / a target=_blank link and returns the handler's answer. */
  openWindow(url: string): WindowOpenHandlerResponse {
    if (!this.windowOpenHandler) return { action: 'allow' }; // Electron's default when no handler is set
    return this.windowOpenHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.mainFrame.url, policy: 'strict-origin-when-cross-origin' },
    } as HandlerDetails);
  }
}
