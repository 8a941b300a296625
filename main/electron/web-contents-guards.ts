/**
 * Navigation and window limits. The main window stays on the app's own
 * origin: navigations elsewhere are cancelled, new windows are refused, and an
 * allow-listed https link (Hub settings, Okta console, docs) is handed to the
 * user's browser instead. Every other webContents (the login windows) gets a
 * deny-by-default window-open handler that its owner may replace, and no
 * webContents may attach a <webview>.
 */
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAllowedExternalUrl } from '../core/app/external-links';
import { isAppUrl } from './app-origin';

/** Hands an (already allow-listed) URL to the user's browser; errors are reported, never thrown into Electron. */
export type OpenExternal = (url: string) => Promise<void>;

interface PreventableEvent {
  preventDefault(): void;
}

/** The members of a WebContents the guards use (a real WebContents satisfies it). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

function sendOutIfAllowed(url: string, openExternal: OpenExternal, report: (m: string) => void): void {
  if (!isAllowedExternalUrl(url)) return;
  openExternal(url).catch((err: unknown) => report(`openExternal failed: ${err instanceof Error ? err.name : typeof err}`));
}

/** Locks the main window to app:// and routes allow-listed links to the browser. */
export function guardMainWindowContents(contents: GuardedContents, openExternal: OpenExternal, report: (m: string) => void = (m) => console.error(m)): void {
  const stayOnAppOrigin = (event: PreventableEvent & { url: string }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    sendOutIfAllowed(event.url, openExternal, report);
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.setWindowOpenHandler(({ url }) => {
    sendOutIfAllowed(url, openExternal, report);
    return { action: 'deny' };
  });
}

/**
 * Applied to every webContents as it is created (`web-contents-created`):
 * no <webview>, and no new window unless the window's owner installs its own
 * handler (the login window does, for IdP popups).
 */
export function guardAnyContents(contents: GuardedContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
