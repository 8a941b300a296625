// Stands for Electron's BrowserWindow class as the login window uses it (main
// process): records its constructor options, owns a FakeAuthWebContents,
// loadURL() records the URL (or rejects the way Chromium does when a test asks),
// destroy() and a user's close both emit 'closed'. `openPopup()` plays a page
// calling window.open(): it asks the window-open handler and, when allowed,
// creates the child with the overridden options and emits 'did-create-window'
// (disposition 'new-window': a popup with features; a target=_blank link is 'foreground-tab').
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, HandlerDetails } from 'electron';
import { FakeAuthWebContents } from './electron-auth-web-contents';

export class FakeAuthBrowserWindow extends EventEmitter {
  static created: FakeAuthBrowserWindow[] = [];
  /** When set, the next loadURL() rejects with this (e.g. ERR_ABORTED for an immediately redirecting page). */
  static nextLoadError: Error | null = null;

  readonly webContents = new FakeAuthWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  /** show() was called (a window made with show: false stays hidden until then). */
  shownLater = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    FakeAuthBrowserWindow.created.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.url = url;
    const err = FakeAuthBrowserWindow.nextLoadError;
    FakeAuthBrowserWindow.nextLoadError = null;
    if (err) throw err;
  }
  show(): void {
    this.shownLater = true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  /** The user closes the window. */
  userCloses(): void {
    this.destroy();
  }

  openPopup(
    url: string,
    disposition: HandlerDetails['disposition'] = 'new-window',
  ): { action: 'allow' | 'deny'; child?: FakeAuthBrowserWindow; options?: BrowserWindowConstructorOptions } {
    const handler = this.webContents.windowOpenHandler;
    if (!handler) throw new Error('no window-open handler installed');
    const answer = handler({ url, frameName: 'signin', features: '', disposition, referrer: { url: '', policy: 'default' }, postBody: undefined as never });
    if (answer.action === 'deny') return { action: 'deny' };
    const options = answer.overrideBrowserWindowOptions ?? {};
    const child = new FakeAuthBrowserWindow(options);
    child.webContents.url = url;
    this.webContents.emit('did-create-window', child, { url, frameName: 'signin', options, disposition, referrer: { url: '', policy: 'default' } });
    return { action: 'allow', child, options };
  }
}
