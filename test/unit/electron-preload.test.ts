import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_GLOBAL, callNames, ipcChannel, type SsoAssistantApi } from '../../common/contract';
import { FakeContextBridge, FakeIpcRenderer } from './fakes/electron-shell-preload-world';

// The real preload file runs against fakes of what require('electron') gives a
// sandboxed preload. (Nothing here loads the real electron package.)
const world = vi.hoisted(() => ({ bridge: undefined as unknown, ipc: undefined as unknown }));
vi.mock('electron', async () => {
  const fakes = await import('./fakes/electron-shell-preload-world');
  world.bridge = new fakes.FakeContextBridge();
  world.ipc = new fakes.FakeIpcRenderer();
  return { contextBridge: world.bridge, ipcRenderer: world.ipc };
});

let bridge: FakeContextBridge;
let ipc: FakeIpcRenderer;
let api: SsoAssistantApi;

beforeAll(async () => {
  await import('../../preload/electron');
  bridge = world.bridge as FakeContextBridge;
  ipc = world.ipc as FakeIpcRenderer;
  api = bridge.exposed.get(API_GLOBAL) as SsoAssistantApi;
});

const progress = {
  testId: '6f1c1a8e-8c1e-4c49-9e3f-0a4a5d0b7f11',
  configId: '0b8a9d3e-5f77-4a3c-9d1b-2a7e7b7f9a01',
  stage: 'discovery',
  elapsedMs: 3,
};

describe('Electron preload', () => {
  it('exposes one global, window.ssoAssistant, with exactly call and on', () => {
    expect([...bridge.exposed.keys()]).toEqual([API_GLOBAL]);
    expect(API_GLOBAL).toBe('ssoAssistant');
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.on).toBe('function');
    // Nothing of ipcRenderer leaks through the exposed object.
    expect(JSON.stringify(Object.getOwnPropertyNames(api))).not.toMatch(/invoke|send|ipc/i);
  });

  it('sends a contract call on its channel with the input and returns the answer', async () => {
    ipc.answer = (channel) => ({ ok: true, value: { channel } });
    const result = await api.call('getAppInfo', {});
    expect(result).toEqual({ ok: true, value: { channel: ipcChannel.call('getAppInfo') } });
    expect(ipc.invoked.at(-1)).toEqual({ channel: 'sso:call:getAppInfo', args: [{}] });
  });

  it('can reach every contract call', async () => {
    const before = ipc.invoked.length;
    for (const name of callNames) await api.call(name, {} as never);
    expect(ipc.invoked.slice(before).map((i) => i.channel)).toEqual(callNames.map((n) => ipcChannel.call(n)));
  });

  it.each(['readFile', '__proto__', 'constructor', 'toString', '', 'getAppInfo:x'])(
    'refuses the unknown call %j before sending anything',
    async (name) => {
      const before = ipc.invoked.length;
      const result = await api.call(name as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
      expect(ipc.invoked.length).toBe(before);
    },
  );

  it('answers with a diagnosis, never an exception, when the request cannot be sent', async () => {
    ipc.answer = () => {
      throw new Error("Error: An object could not be cloned. input={secret:'s3cr3t'}");
    };
    const uncloneable = await api.call('getAppInfo', {});
    expect(uncloneable).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', evidence: { call: 'getAppInfo' } } });
    expect(JSON.stringify(uncloneable)).not.toContain('s3cr3t');
    ipc.answer = () => Promise.reject(new Error('No handler registered for sso:call:getAppInfo'));
    expect(await api.call('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL_ERROR' } });
    ipc.answer = () => ({ ok: true, value: null });
  });

  it('gives listeners the payload only (no IPC event object), for their own event only', () => {
    const seen: unknown[][] = [];
    const off = api.on('testProgress', (...args: unknown[]) => seen.push(args));
    ipc.deliver(ipcChannel.event, 'testProgress', progress);
    ipc.deliver(ipcChannel.event, 'storeProblem', { code: 'X' });
    expect(seen).toEqual([[progress]]);
    off();
  });

  it('returns an unsubscribe that stops delivery and removes the IPC listener', () => {
    const seen: unknown[] = [];
    const baseline = ipc.listenerCount(ipcChannel.event);
    const off = api.on('testProgress', (p) => seen.push(p));
    expect(ipc.listenerCount(ipcChannel.event)).toBe(baseline + 1);
    off();
    off();
    expect(ipc.listenerCount(ipcChannel.event)).toBe(baseline);
    ipc.deliver(ipcChannel.event, 'testProgress', progress);
    expect(seen).toEqual([]);
  });

  it('ignores subscriptions to events outside the contract', () => {
    const baseline = ipc.listenerCount(ipcChannel.event);
    const off = api.on('secretDump' as never, () => {});
    expect(ipc.listenerCount(ipcChannel.event)).toBe(baseline);
    expect(typeof off).toBe('function');
  });
});
