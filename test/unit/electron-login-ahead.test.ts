/**
 * The Electron login window made ahead (prepare), against the small fakes of BrowserWindow and the session that
 * electron-auth-window.test.ts uses (the Electron binary cannot run here; a real run is the _electron suite's):
 * hidden, about:blank loaded, its partition refusing every permission until open() installs the login's rules;
 * open() then makes no window, shows this one and loads the IdP; the redirect is caught as always; used once; a
 * spare whose parent changed or that was destroyed is not used; close() lets it go.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createElectronAuthWindow, type ElectronAuthWindowDeps } from '../../main/electron/auth-window';
import { FakeAuthBrowserWindow } from './fakes/electron-auth-browser-window';
import { FakeSessionModule } from './fakes/electron-auth-session';

const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';
const CALLBACK = `${CONSUME}?code=the-code&state=st-1`;
const AUTHORIZE = 'https://acme.okta.com/oauth2/v1/authorize?client_id=abc&state=st-1';

function setup() {
  const sessions = new FakeSessionModule();
  let mainWindow = new FakeAuthBrowserWindow({ title: 'SSO Setup Assistant' });
  const electron = { BrowserWindow: FakeAuthBrowserWindow, session: sessions } as unknown as ElectronAuthWindowDeps['electron'];
  const authWindow = createElectronAuthWindow({ parent: () => mainWindow as unknown as BrowserWindow, electron, opener: { open: async () => {} } });
  const open = () => authWindow.open(AUTHORIZE, { redirectUri: CONSUME, timeoutMs: 10_000, signal: new AbortController().signal });
  return { sessions, authWindow, open, replaceMainWindow: () => (mainWindow = new FakeAuthBrowserWindow({ title: 'SSO Setup Assistant' })) };
}

const sessionOf = (sessions: FakeSessionModule, win: FakeAuthBrowserWindow) => sessions.byPartition.get(win.options.webPreferences!.partition!)!;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  FakeAuthBrowserWindow.created = [];
  FakeAuthBrowserWindow.nextLoadError = null;
});

describe('Electron login window made ahead', () => {
  it('is hidden, has about:blank loaded and refuses every permission until a login uses it', async () => {
    const h = setup();
    await h.authWindow.prepare!();
    const spare = FakeAuthBrowserWindow.created.at(-1)!;
    expect(spare.options.show).toBe(false);
    expect(spare.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(spare.loaded).toEqual(['about:blank']);
    const session = sessionOf(h.sessions, spare);
    let granted: boolean | undefined;
    session.requestHandler!(spare.webContents as never, 'media' as never, (g) => (granted = g), { requestingUrl: 'https://acme.okta.com/' } as never);
    expect(granted).toBe(false);
    expect(session.checkHandler!(spare.webContents as never, 'media' as never, 'https://acme.okta.com', {} as never)).toBe(false);
    expect(session.beforeRequest).toBeNull(); // nothing loads there before open() installs the catch
  });

  it('open() uses it: no new window, the catch installed, shown, the IdP loaded; the redirect is caught', async () => {
    const h = setup();
    await h.authWindow.prepare!();
    const spare = FakeAuthBrowserWindow.created.at(-1)!;
    const made = FakeAuthBrowserWindow.created.length;
    const outcome = h.open();
    await tick();
    expect(FakeAuthBrowserWindow.created.length).toBe(made);
    expect(spare.shownLater).toBe(true);
    expect(spare.loaded).toEqual(['about:blank', AUTHORIZE]);
    const session = sessionOf(h.sessions, spare);
    expect(session.request(CALLBACK)).toEqual({ cancel: true });
    expect(await outcome).toEqual({ kind: 'redirect', url: CALLBACK });
    await tick();
    expect(spare.destroyed).toBe(true);
    expect(session.storageCleared).toBe(1);
  });

  it('is used once: the next login without prepare() makes a shown window of its own', async () => {
    const h = setup();
    await h.authWindow.prepare!();
    const first = h.open();
    await tick();
    sessionOf(h.sessions, FakeAuthBrowserWindow.created.at(-1)!).request(CALLBACK);
    await first;
    const second = h.open();
    const win = FakeAuthBrowserWindow.created.at(-1)!;
    expect(win.options.show).toBe(true);
    expect(win.loaded).toEqual([AUTHORIZE]);
    sessionOf(h.sessions, win).request(CALLBACK);
    expect(await second).toMatchObject({ kind: 'redirect' });
  });

  it('a spare whose main window was replaced, or that was destroyed, is not used', async () => {
    const h = setup();
    await h.authWindow.prepare!();
    const orphan = FakeAuthBrowserWindow.created.at(-1)!;
    h.replaceMainWindow();
    const outcome = h.open();
    await tick();
    expect(orphan.destroyed).toBe(true);
    const win = FakeAuthBrowserWindow.created.at(-1)!;
    expect(win).not.toBe(orphan);
    expect(win.options.show).toBe(true);
    sessionOf(h.sessions, win).request(CALLBACK);
    await outcome;

    await h.authWindow.prepare!();
    const gone = FakeAuthBrowserWindow.created.at(-1)!;
    gone.destroy();
    const next = h.open();
    await tick();
    expect(FakeAuthBrowserWindow.created.at(-1)).not.toBe(gone);
    sessionOf(h.sessions, FakeAuthBrowserWindow.created.at(-1)!).request(CALLBACK);
    await next;
  });

  it('close() lets an unused spare go', async () => {
    const h = setup();
    await h.authWindow.prepare!();
    const spare = FakeAuthBrowserWindow.created.at(-1)!;
    await h.authWindow.close!();
    expect(spare.destroyed).toBe(true);
    expect(sessionOf(h.sessions, spare).storageCleared).toBe(1);
  });
});
