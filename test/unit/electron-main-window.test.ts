import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../main/electron/main-window';
import { guardAnyContents } from '../../main/electron/web-contents-guards';
import { denyAllPermissions } from '../../main/electron/permissions';
import { FakeBrowserWindow } from './fakes/electron-shell-browser-window';
import { FakeWebContents } from './fakes/electron-shell-web-contents';
import { FakeSession } from './fakes/electron-shell-session';

const PRELOAD = '/opt/sso/resources/app.asar/dist/electron/preload.cjs';

let opened: string[];
let window: FakeBrowserWindow;

beforeEach(() => {
  FakeBrowserWindow.all = [];
  opened = [];
  ({ window } = createMainWindow({
    BrowserWindow: FakeBrowserWindow,
    preloadPath: PRELOAD,
    title: 'SSO Setup Assistant',
    openExternal: async (url) => {
      opened.push(url);
    },
  }));
});

describe('main window', () => {
  it('is created with exactly these webPreferences', () => {
    expect(window.options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
    expect(window.options).toEqual(mainWindowOptions(PRELOAD, 'SSO Setup Assistant'));
    expect(window.options.show).toBe(false);
  });

  it('loads the app from app://sso-assistant and shows when ready', () => {
    expect(window.webContents.loaded).toEqual(['app://sso-assistant/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('allows navigation within the app origin', () => {
    expect(window.webContents.fireCancelable('will-navigate', 'app://sso-assistant/index.html#/configs')).toBe(false);
    expect(window.webContents.fireCancelable('will-navigate', 'app://sso-assistant/other.html')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://other/index.html',
    'http://127.0.0.1:8080/',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
  ])('cancels navigation and redirects to %s without opening it', (url) => {
    expect(window.webContents.fireCancelable('will-navigate', url)).toBe(true);
    expect(window.webContents.fireCancelable('will-redirect', url)).toBe(true);
    expect(opened).toEqual([]);
  });

  it('cancels navigation to an allow-listed link but hands it to the browser', async () => {
    const url = 'https://huggingface.co/organizations/acme/settings/sso';
    expect(window.webContents.fireCancelable('will-navigate', url)).toBe(true);
    await Promise.resolve();
    expect(opened).toEqual([url]);
  });

  it('denies every new window, and routes only allow-listed https links to openExternal', async () => {
    const answers = [
      'https://huggingface.co/docs/hub/enterprise-sso',
      'https://acme.okta.com/admin/apps',
      'https://evil.example/',
      'http://huggingface.co/',
      'https://huggingface.co:8443/',
      'https://user:pass@huggingface.co/',
      'app://sso-assistant/index.html',
      'file:///etc/passwd',
    ].map((url) => window.webContents.openWindow(url));
    expect(answers.every((a) => a.action === 'deny')).toBe(true);
    await Promise.resolve();
    expect(opened).toEqual(['https://huggingface.co/docs/hub/enterprise-sso', 'https://acme.okta.com/admin/apps']);
  });

  it('reports, and does not throw, when the browser cannot be opened', async () => {
    const reports: string[] = [];
    const contents = new FakeWebContents();
    const { guardMainWindowContents } = await import('../../main/electron/web-contents-guards');
    guardMainWindowContents(contents, async () => Promise.reject(new TypeError('no browser')), (m) => reports.push(m));
    expect(contents.openWindow('https://huggingface.co/').action).toBe('deny');
    await new Promise((r) => setTimeout(r, 0));
    expect(reports).toEqual(['openExternal failed: TypeError']);
  });
});

describe('guard for every other webContents', () => {
  it('refuses to attach a <webview> and denies new windows by default', () => {
    const contents = new FakeWebContents();
    guardAnyContents(contents);
    expect(contents.fireCancelable('will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(contents.openWindow('https://huggingface.co/').action).toBe('deny');
  });

  it('lets the window owner replace the default open handler (login popups)', () => {
    const contents = new FakeWebContents();
    guardAnyContents(contents);
    contents.setWindowOpenHandler(() => ({ action: 'allow' }));
    expect(contents.openWindow('https://acme.okta.com/popup').action).toBe('allow');
  });
});

describe('permissions', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen'] as const;

  it('a session refuses every permission request and check, and device access', async () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    const contents = new FakeWebContents();
    for (const permission of permissions) {
      const granted = await new Promise<boolean>((resolve) =>
        session.requestHandler!(contents as never, permission, resolve, {} as never),
      );
      expect(granted, permission).toBe(false);
      expect(session.checkHandler!(contents as never, permission, 'app://sso-assistant', {} as never), permission).toBe(false);
    }
    expect(session.deviceHandler!({} as never)).toBe(false);
  });
});
