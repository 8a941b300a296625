// Stands for the WebContents of a login window or popup (main process): an
// event emitter with the members the login window touches (getURL,
// setWindowOpenHandler, executeJavaScriptInIsolatedWorld) and helpers that fire Chromium's
// navigation events with Electron's argument shapes, reporting preventDefault().
import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';

export class FakeAuthWebContents extends EventEmitter {
  url = 'about:blank';
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  /** What `document.title` / `document.body.innerText` evaluate to in the current page. */
  page = { title: '', text: '' };
  /** When set, every script run in the page rejects with it (the page navigated away, the renderer is busy or gone). */
  scriptError: Error | null = null;
  /** Each script run, with the world it ran in. */
  scriptsRun: { worldId: number; code: string }[] = [];

  getURL(): string {
    return this.url;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  async executeJavaScriptInIsolatedWorld(worldId: number, scripts: { code: string }[]): Promise<unknown> {
    for (const { code } of scripts) this.scriptsRun.push({ worldId, code });
    if (this.scriptError) throw this.scriptError;
    return { ...this.page };
  }

  /** 'will-navigate' / 'will-redirect' / 'did-start-navigation' / 'did-redirect-navigation'; true when prevented. */
  fireNavigation(
    name: 'will-navigate' | 'will-redirect' | 'did-start-navigation' | 'did-redirect-navigation',
    url: string,
    opts: { isMainFrame?: boolean; isSameDocument?: boolean } = {},
  ): boolean {
    let prevented = false;
    const isMainFrame = opts.isMainFrame ?? true;
    const isSameDocument = opts.isSameDocument ?? false;
    const event = { url, isMainFrame, isSameDocument, frame: null, preventDefault: () => (prevented = true) };
    this.emit(name, event, url, isSameDocument, isMainFrame, 1, 1);
    return prevented;
  }

  /** A committed main-frame navigation with its HTTP status. */
  didNavigate(url: string, httpResponseCode = 200, httpStatusText = 'OK'): void {
    this.url = url;
    this.emit('did-navigate', { preventDefault() {} }, url, httpResponseCode, httpStatusText);
  }
  didFinishLoad(): void {
    this.emit('did-finish-load');
  }
  didFailLoad(errorCode: number, description: string, url: string, isMainFrame = true): void {
    this.emit('did-fail-load', { preventDefault() {} }, errorCode, description, url, isMainFrame, 1, 1);
  }
  /** The page's beforeunload handler asks to stay; true when the login window overrode it (preventDefault: unload anyway). */
  willPreventUnload(): boolean {
    let prevented = false;
    this.emit('will-prevent-unload', { preventDefault: () => (prevented = true) });
    return prevented;
  }
  /** A user input reaches the page (a click is 'mouseDown', a key 'rawKeyDown'). */
  input(type: string): void {
    this.emit('input-event', { preventDefault() {} }, { type, modifiers: [] });
  }
  renderProcessGone(reason: string, exitCode: number): void {
    this.emit('render-process-gone', { preventDefault() {} }, { reason, exitCode });
  }
}
