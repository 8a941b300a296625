import { beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { AppServices } from '../../main/core/app/services';
import { createLoginPrompts } from '../../main/core/app/login-prompts';
import type { Handlers } from '../../main/core/app/dispatch';
import type { ElectronMain } from '../../main/electron/electron-module';
import { runElectronApp, shellPaths, type RunningApp } from '../../main/electron/run-app';
import { callNames, type CallResult } from '../../common/contract';
import { FakeApp } from './fakes/electron-shell-app';
import { FakeBrowserWindow } from './fakes/electron-shell-browser-window';
import { FakeIpcMain } from './fakes/electron-shell-ipc-main';
import { FakeProtocol } from './fakes/electron-shell-protocol';
import { FakeSession } from './fakes/electron-shell-session';
import { FakeWebContents } from './fakes/electron-shell-web-contents';

let app: FakeApp;
let protocol: FakeProtocol;
let ipcMain: FakeIpcMain;
let defaultSession: FakeSession;
let opened: string[];
let closes: number;
let releaseClose: () => void;
let composedWith: { dataDir: string } | null;
let running: RunningApp;

const paths = shellPaths('/opt/sso/resources/app.asar/dist/electron');

function fakeServices(): AppServices {
  const handlers = {
    getAppInfo: async () => ({ name: 'SSO Setup Assistant', version: '9.9.9', shell: 'electron', platform: 'linux', dataDir: '/x' }),
  } as unknown as Handlers;
  return {
    handlers,
    loginPrompts: createLoginPrompts({ emit: () => undefined }),
    close: () => {
      closes++;
      return new Promise<void>((resolve) => (releaseClose = resolve));
    },
  };
}

let reports: string[];

function start(platform: NodeJS.Platform = 'linux', closeTimeoutMs = 60_000, dataDir: string | null = null) {
  const electron = {
    app,
    protocol,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    session: { defaultSession },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    clipboard: {},
    dialog: {},
  } as unknown as ElectronMain;
  running = runElectronApp(electron, {
    paths,
    platform,
    closeTimeoutMs,
    dataDir,
    report: (m) => reports.push(m),
    compose: (e) => {
      composedWith = { dataDir: e.app.getPath('userData') };
      return fakeServices();
    },
  });
}

beforeEach(() => {
  app = new FakeApp();
  protocol = new FakeProtocol();
  protocol.isAppReady = () => app.isReady();
  ipcMain = new FakeIpcMain();
  defaultSession = new FakeSession();
  FakeBrowserWindow.all = [];
  opened = [];
  closes = 0;
  composedWith = null;
  reports = [];
});

describe('Electron app lifecycle', () => {
  it('computes the built file locations next to dist/electron/main.cjs', () => {
    expect(paths).toEqual({
      rendererDir: path.join('/opt/sso/resources/app.asar/dist/renderer'),
      preloadPath: path.join('/opt/sso/resources/app.asar/dist/electron/preload.cjs'),
    });
  });

  it('before ready: names the app, fixes userData, sandboxes every renderer, registers app:// as privileged', () => {
    start();
    expect(app.sandboxEnabledBeforeReady).toBe(true);
    expect(app.name).toBe('SSO Setup Assistant');
    expect(app.getPath('userData')).toBe(path.join('/home/admin/.config', 'SSO Setup Assistant'));
    expect(protocol.privileged).toEqual([
      { schemes: [{ scheme: 'app', privileges: { standard: true, secure: true } }], beforeReady: true },
    ]);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(protocol.handlers.size).toBe(0);
  });

  it('a data-folder override is in place before the single-instance lock (which lives there), so a test run never locks the real profile', async () => {
    start('darwin', 60_000, '/tmp/sso-e2e-home');
    expect(app.getPath('userData')).toBe('/tmp/sso-e2e-home');
    expect(app.userDataAtLock).toBe('/tmp/sso-e2e-home');
    await app.becomeReady();
    expect(composedWith).toEqual({ dataDir: '/tmp/sso-e2e-home' });
  });

  it('without an override, the lock is taken in the product folder, not in Electron\'s guess', () => {
    start();
    expect(app.userDataAtLock).toBe(path.join('/home/admin/.config', 'SSO Setup Assistant'));
  });

  it('gives way when another instance holds the lock', async () => {
    app.lockGranted = false;
    start();
    expect(app.quitted).toBe(true);
    await app.becomeReady();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('on ready: serves app://, denies permissions, wires IPC, opens exactly one window', async () => {
    start();
    await app.becomeReady();
    await running.ready;
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect(defaultSession.requestHandler).not.toBeNull();
    expect(defaultSession.checkHandler!(null, 'media', 'app://sso-assistant', {} as never)).toBe(false);
    expect(composedWith).toEqual({ dataDir: path.join('/home/admin/.config', 'SSO Setup Assistant') });
    expect(ipcMain.handlers.size).toBe(callNames.length);
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const win = FakeBrowserWindow.all[0]!;
    expect(win.options.webPreferences?.preload).toBe(paths.preloadPath);
    expect(win.webContents.loaded).toEqual(['app://sso-assistant/index.html']);
    expect(running.mainWindow()).toBe(win);

    // A real round trip through the registered handler, from the window's own frame.
    const answer = (await ipcMain.invoke('sso:call:getAppInfo', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, {})) as CallResult<{ version: string }>;
    expect(answer).toMatchObject({ ok: true, value: { version: '9.9.9' } });
  });

  it('the index.html it serves comes from the renderer folder only', async () => {
    start();
    await app.becomeReady();
    const res = await protocol.fetch('app://sso-assistant/index.html');
    expect(res.status).toBe(404); // /opt/sso/... does not exist here: nothing else is looked at
  });

  it('guards every webContents created later and every new session', async () => {
    start();
    await app.becomeReady();
    const other = new FakeWebContents();
    app.emit('web-contents-created', {}, other);
    expect(other.fireCancelable('will-attach-webview', 'https://x.example/')).toBe(true);
    expect(other.openWindow('https://evil.example/').action).toBe('deny');
    const partition = new FakeSession();
    app.emit('session-created', partition);
    expect(await new Promise((r) => partition.requestHandler!({} as never, 'geolocation', r, {} as never))).toBe(false);
  });

  it('quits when all windows are closed, except on macOS', async () => {
    start('linux');
    await app.becomeReady();
    app.emit('window-all-closed');
    expect(app.quitRequests).toBe(1);

    app = new FakeApp();
    ipcMain = new FakeIpcMain();
    start('darwin');
    await app.becomeReady();
    app.emit('window-all-closed');
    expect(app.quitRequests).toBe(0);
  });

  it('holds the quit until services are closed, then quits once and removes IPC handlers', async () => {
    start();
    await app.becomeReady();
    app.quit();
    expect(app.quitted).toBe(false);
    expect(closes).toBe(1);
    app.quit(); // a second Cmd-Q while closing does not close twice
    expect(closes).toBe(1);
    expect(app.quitted).toBe(false);
    releaseClose();
    await new Promise((r) => setImmediate(r));
    expect(app.quitted).toBe(true);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('quits anyway when services do not close in time', async () => {
    start('linux', 20);
    await app.becomeReady();
    app.quit();
    expect(app.quitted).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect(app.quitted).toBe(true);
    expect(closes).toBe(1);
    expect(reports).toContain('services did not close in time; quitting anyway');
  });

  it('focuses the existing window when a second instance starts, and reopens one on activate', async () => {
    start();
    await app.becomeReady();
    const win = FakeBrowserWindow.all[0]!;
    win.minimized = true;
    app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(1);

    win.close();
    expect(running.mainWindow()).toBeNull();
    app.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    expect(running.mainWindow()).toBe(FakeBrowserWindow.all[1]);
  });

  it('hands an allow-listed link from the main window to the browser', async () => {
    start();
    await app.becomeReady();
    const win = FakeBrowserWindow.all[0]!;
    expect(win.webContents.openWindow('https://huggingface.co/docs/hub/enterprise-sso').action).toBe('deny');
    await Promise.resolve();
    expect(opened).toEqual(['https://huggingface.co/docs/hub/enterprise-sso']);
  });
});
