import { beforeEach, describe, expect, it } from 'vitest';
import { callNames, ipcChannel, type CallResult } from '../../common/contract';
import type { Handlers } from '../../main/core/app/dispatch';
import { createEventEmitter, registerIpcHandlers, type SenderEvent } from '../../main/electron/ipc';
import { FakeIpcMain } from './fakes/electron-shell-ipc-main';
import { FakeWebContents, FakeWebFrameMain } from './fakes/electron-shell-web-contents';

const APP_URL = 'app://sso-assistant/index.html';

// Handlers that record what reached them: a refused call must never get here.
function recordingHandlers(reached: string[]): Handlers {
  return new Proxy({} as Handlers, {
    get: (_t, name: string) => async (input: unknown) => {
      reached.push(name);
      if (name === 'getAppInfo') return { name: 'SSO Setup Assistant', version: '0.1.0', shell: 'electron', platform: 'linux', dataDir: '/tmp/x' };
      if (name === 'cancelTestLogin') return { cancelled: false };
      throw new Error(`unexpected call ${name} ${JSON.stringify(input)}`);
    },
  });
}

let ipcMain: FakeIpcMain;
let mainContents: FakeWebContents;
let mainWindow: { isDestroyed(): boolean; webContents: FakeWebContents } | null;
let reached: string[];

beforeEach(async () => {
  ipcMain = new FakeIpcMain();
  mainContents = new FakeWebContents();
  await mainContents.loadURL(APP_URL);
  mainWindow = { isDestroyed: () => false, webContents: mainContents };
  reached = [];
  registerIpcHandlers(ipcMain, recordingHandlers(reached), () => mainWindow);
});

const fromMainFrame = (): SenderEvent => ({ sender: mainContents, senderFrame: mainContents.mainFrame });
const invoke = (name: string, event: SenderEvent, input: unknown) =>
  ipcMain.invoke(`sso:call:${name}`, event, input) as Promise<CallResult<any>>;

describe('IPC handlers registered from the contract', () => {
  it('registers exactly one handler per contract call, on the contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(callNames.map((n) => ipcChannel.call(n)).sort());
    expect(callNames.length).toBeGreaterThan(10);
  });

  it('answers the main window top frame on app://sso-assistant', async () => {
    const result = await invoke('getAppInfo', fromMainFrame(), {});
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ version: '0.1.0', shell: 'electron' }) });
    expect(reached).toEqual(['getAppInfo']);
  });

  it('refuses the main window once it has navigated to a foreign origin', async () => {
    mainContents.mainFrame.url = 'https://evil.example/phish?token=abc';
    const result = await invoke('getAppInfo', fromMainFrame(), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORBIDDEN_SENDER');
      expect(result.error.evidence).toEqual({ call: 'getAppInfo', reason: 'foreign origin', origin: 'https://evil.example' });
    }
    expect(reached).toEqual([]);
  });

  it.each([
    ['file:///etc/passwd'],
    ['app://other-host/index.html'],
    ['app://sso-assistant.evil.example/index.html'],
    ['http://sso-assistant/index.html'],
    ['about:blank'],
  ])('refuses a main frame at %s', async (url) => {
    mainContents.mainFrame.url = url;
    const result = await invoke('cancelTestLogin', fromMainFrame(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(reached).toEqual([]);
  });

  it('refuses another window, even one showing the app URL', async () => {
    const other = new FakeWebContents();
    await other.loadURL(APP_URL);
    const result = await invoke('getAppInfo', { sender: other, senderFrame: other.mainFrame }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER', evidence: { reason: 'another window' } } });
    expect(reached).toEqual([]);
  });

  it('refuses a subframe of the main window, even on the app origin', async () => {
    const child = new FakeWebFrameMain(APP_URL, 1, 999, mainContents.mainFrame);
    const result = await invoke('getAppInfo', { sender: mainContents, senderFrame: child }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER', evidence: { reason: 'not the top frame' } } });
  });

  it('refuses a frame that is gone, and everything once the main window is closed', async () => {
    expect(await invoke('getAppInfo', { sender: mainContents, senderFrame: null }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER', evidence: { reason: 'frame gone' } },
    });
    mainWindow = null;
    expect(await invoke('getAppInfo', fromMainFrame(), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(reached).toEqual([]);
  });

  it('has no handler for a name outside the contract (invoke rejects, nothing runs)', async () => {
    await expect(ipcMain.invoke('sso:call:readFile', fromMainFrame(), { path: '/etc/passwd' })).rejects.toThrow(/No handler/);
    await expect(ipcMain.invoke('sso:call:__proto__', fromMainFrame(), {})).rejects.toThrow(/No handler/);
    expect(reached).toEqual([]);
  });

  it('answers invalid input with INVALID_INPUT and never runs the handler', async () => {
    const polluting = JSON.parse('{"__proto__": {"polluted": true}}');
    for (const input of [{ unexpected: 1 }, null, 'text', [], 42, polluting]) {
      const result = await invoke('getAppInfo', fromMainFrame(), input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', evidence: { call: 'getAppInfo' } } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const bad = await invoke('getConfig', fromMainFrame(), { id: 'not-a-uuid' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', evidence: { call: 'getConfig' } } });
    expect(reached).toEqual([]);
  });

  it('dispose removes every handler', () => {
    const local = new FakeIpcMain();
    registerIpcHandlers(local, recordingHandlers([]), () => mainWindow).dispose();
    expect(local.handlers.size).toBe(0);
  });
});

describe('events to the renderer', () => {
  const payload = {
    testId: '6f1c1a8e-8c1e-4c49-9e3f-0a4a5d0b7f11',
    configId: '0b8a9d3e-5f77-4a3c-9d1b-2a7e7b7f9a01',
    stage: 'discovery' as const,
    elapsedMs: 12,
  };

  it('sends a valid payload to the main window on the event channel', () => {
    const emit = createEventEmitter(() => mainWindow);
    emit('testProgress', payload);
    expect(mainContents.sent).toEqual([{ channel: ipcChannel.event, args: ['testProgress', payload] }]);
  });

  it('drops a payload that does not match the contract, and an unknown event name', () => {
    const reports: string[] = [];
    const emit = createEventEmitter(() => mainWindow, (m) => reports.push(m));
    emit('testProgress', { ...payload, stage: 'hacked' } as never);
    (emit as (n: string, p: unknown) => void)('secretDump', { secret: 's3cr3t' });
    expect(mainContents.sent).toEqual([]);
    expect(reports).toHaveLength(2);
    expect(reports.join(' ')).not.toContain('s3cr3t');
  });

  it('sends nothing when the main window is gone', () => {
    const emit = createEventEmitter(() => null);
    emit('testProgress', payload);
    mainWindow = { isDestroyed: () => true, webContents: mainContents };
    createEventEmitter(() => mainWindow)('testProgress', payload);
    expect(mainContents.sent).toEqual([]);
  });
});
