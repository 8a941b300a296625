/**
 * The Electron bundles as the build makes them (esbuild, same options as
 * scripts/build.mjs), run against fakes of `electron`:
 * - the preload must work where a sandboxed preload runs: `require('electron')`
 *   is the only module it gets;
 * - the main bundle must start with nothing but Node built-ins, `electron`
 *   and (lazily) `keytar`, and answer a real call through IPC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { builtinModules, createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_GLOBAL, callNames, type CallResult } from '../../common/contract';
import { FakeContextBridge, FakeIpcRenderer } from './fakes/electron-shell-preload-world';
import { FakeApp } from './fakes/electron-shell-app';
import { FakeBrowserWindow } from './fakes/electron-shell-browser-window';
import { FakeIpcMain } from './fakes/electron-shell-ipc-main';
import { FakeProtocol } from './fakes/electron-shell-protocol';
import { FakeSession } from './fakes/electron-shell-session';
import { FakeClipboard, FakeDialog, FakeShell } from './fakes/electron-shell-os';

const root = path.resolve(__dirname, '../..');
const nodeOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, logLevel: 'silent', absWorkingDir: root } as const;

async function bundle(entry: string, external: string[]): Promise<string> {
  const result = await build({ ...nodeOptions, entryPoints: [entry], external });
  return result.outputFiles[0]!.text;
}

/** Every module name the bundle loads, with `require("x")` or a dynamic `import("x")`. */
function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

/** Runs CommonJS text with a chosen `require`, as Electron would load the file. */
function runCjs(code: string, filename: string, requireFn: (id: string) => unknown): void {
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', '__filename', '__dirname', code)(requireFn, module, module.exports, filename, path.dirname(filename));
}

describe('preload bundle (sandboxed)', () => {
  let code: string;
  beforeAll(async () => {
    code = await bundle('preload/electron.ts', ['electron']);
  });

  it('requires nothing but electron', () => {
    expect(requiredModules(code)).toEqual(['electron']);
  });

  it('runs with only require("electron") and exposes exactly call/on', async () => {
    const bridge = new FakeContextBridge();
    const ipc = new FakeIpcRenderer();
    runCjs(code, '/app/dist/electron/preload.cjs', (id) => {
      if (id === 'electron') return { contextBridge: bridge, ipcRenderer: ipc };
      throw new Error(`module not found: ${id} (a sandboxed preload may only require electron)`);
    });
    expect([...bridge.exposed.keys()]).toEqual([API_GLOBAL]);
    const api = bridge.exposed.get(API_GLOBAL) as { call(n: string, i: unknown): Promise<unknown> };
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    await api.call('getAppInfo', {});
    expect(ipc.invoked).toEqual([{ channel: 'sso:call:getAppInfo', args: [{}] }]);
  });
});

describe('main bundle', () => {
  let code: string;
  let work: string;
  beforeAll(async () => {
    code = await bundle('main/electron/main.ts', ['electron', 'keytar', 'playwright-core']);
    work = mkdtempSync(path.join(os.tmpdir(), 'sso-electron-main-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads only Node built-ins, electron and keytar (keytar lazily, with a dynamic import)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const others = requiredModules(code).filter((m) => !builtins.has(m));
    expect(others).toEqual(['electron', 'keytar']);
    expect(code).not.toMatch(/\brequire\(\s*["']keytar["']\s*\)/);
  });

  it('starts against a fake electron, opens one window, and answers getAppInfo over IPC', async () => {
    const app = new FakeApp();
    app.paths.set('appData', work);
    const protocol = new FakeProtocol();
    protocol.isAppReady = () => app.isReady();
    const ipcMain = new FakeIpcMain();
    FakeBrowserWindow.all = [];
    const fakeElectron = {
      app,
      protocol,
      ipcMain,
      BrowserWindow: FakeBrowserWindow,
      session: { defaultSession: new FakeSession(), fromPartition: () => new FakeSession() },
      shell: new FakeShell(),
      clipboard: new FakeClipboard(),
      dialog: new FakeDialog({ canceled: true, filePath: '' }),
    };
    const nodeRequire = createRequire(path.join(root, 'package.json'));
    const loaded: string[] = [];
    runCjs(code, path.join(work, 'dist', 'electron', 'main.cjs'), (id) => {
      loaded.push(id);
      if (id === 'electron') return fakeElectron;
      if (id === 'keytar') throw new Error('keytar must not load at startup');
      return nodeRequire(id);
    });
    expect(app.name).toBe('SSO Setup Assistant');
    await app.becomeReady();
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const win = FakeBrowserWindow.all[0]!;
    expect(win.options.webPreferences?.preload).toBe(path.join(work, 'dist', 'electron', 'preload.cjs'));
    expect(ipcMain.handlers.size).toBe(callNames.length);
    const answer = (await ipcMain.invoke('sso:call:getAppInfo', { sender: win.webContents, senderFrame: win.webContents.mainFrame }, {})) as CallResult<{
      shell: string;
      dataDir: string;
    }>;
    expect(answer).toMatchObject({ ok: true, value: { shell: 'electron', dataDir: path.join(work, 'SSO Setup Assistant') } });
    expect(loaded).not.toContain('keytar');
  });
});
