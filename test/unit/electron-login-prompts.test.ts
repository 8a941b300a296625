/**
 * The login window's HTTP/proxy sign-in and client-certificate questions in
 * Electron (main/electron/login-prompts.ts), against fakes that replay
 * Electron 45's events in its own order of listeners
 * (fakes/electron-login-events.ts), with the real core service behind them.
 * The Electron binary cannot run here: what Chromium then does with the
 * answer (the TLS handshake, the 401/407 retry) is not observed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import type { EventPayload } from '../../common/contract';
import { createLoginPrompts, type LoginPromptService } from '../../main/core/app/login-prompts';
import type { AppServices } from '../../main/core/app/services';
import { createElectronAuthWindow, type ElectronAuthWindowDeps } from '../../main/electron/auth-window';
import type { ElectronMain } from '../../main/electron/electron-module';
import { attachLoginPrompts, refuseLoginPromptsElsewhere } from '../../main/electron/login-prompts';
import { runElectronApp, shellPaths } from '../../main/electron/run-app';
import { FakeApp } from './fakes/electron-shell-app';
import { FakeAuthBrowserWindow } from './fakes/electron-auth-browser-window';
import { FakeSessionModule } from './fakes/electron-auth-session';
import { FakeBrowserWindow } from './fakes/electron-shell-browser-window';
import { FakeIpcMain } from './fakes/electron-shell-ipc-main';
import { FakeProtocol } from './fakes/electron-shell-protocol';
import { FakeSession } from './fakes/electron-shell-session';
import { askCertificate, askCredentials, fakeCertificate, routeLikeElectron } from './fakes/electron-login-events';

const PASSWORD = 'pr0xy-Pa55word-never-kept';
const PROXY_AUTH = { isProxy: true, scheme: 'basic', host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy' };
const CERTIFICATES = [fakeCertificate('alice@acme.example', 'Acme Device CA', 'sha256/AAAA'), fakeCertificate('LAPTOP-42', 'Acme Machine CA', 'sha256/BBBB')];

let prompts: LoginPromptService;
let asked: EventPayload<'loginPrompt'>[];
let app: EventEmitter;
let route: ReturnType<typeof routeLikeElectron>;

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  asked = [];
  prompts = createLoginPrompts({ emit: (name, payload) => void (name === 'loginPrompt' && asked.push(payload as EventPayload<'loginPrompt'>)) });
  app = new EventEmitter();
  route = routeLikeElectron(app);
  refuseLoginPromptsElsewhere(app as never);
});

/** A login window's webContents, as Electron sets it up: its own routing listener first, then ours. */
function loginContents(): EventEmitter {
  const contents = new EventEmitter();
  route.contents(contents);
  attachLoginPrompts(contents as never, prompts);
  return contents;
}

describe('HTTP and proxy sign-in in a login window', () => {
  it('asks the admin (nothing is cancelled meanwhile) and passes the answer to Electron once', async () => {
    const contents = loginContents();
    const login = askCredentials(app, contents, PROXY_AUTH, { firstAuthAttempt: false });
    expect(login.event.defaultPrevented).toBe(true);
    expect(login.calls).toEqual([]); // the app-level refusal ran first and left it alone
    expect(asked).toEqual([{ id: expect.any(String), kind: 'credentials', host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy', scheme: 'basic', isProxy: true, retry: true, expiresInMs: expect.any(Number) }]);

    prompts.answer(asked[0]!.id, { kind: 'credentials', username: 'alice', password: PASSWORD });
    await settle();
    expect(login.calls).toEqual([['alice', PASSWORD]]);
  });

  it('Cancel: callback() with no argument (Electron cancels the sign-in; the page gets the 401/407)', async () => {
    const contents = loginContents();
    const login = askCredentials(app, contents, { ...PROXY_AUTH, isProxy: false, host: 'sso.acme.example', port: 443, scheme: 'negotiate' });
    prompts.answer(asked[0]!.id, { kind: 'none' });
    await settle();
    expect(login.calls).toEqual([[]]);
    expect(prompts.finishTest().map((d) => d.code)).toEqual(['SITE_CREDENTIALS_NOT_SENT']);
  });

  it('a question still open when the window goes away is withdrawn, and Electron is answered with nothing', async () => {
    const contents = loginContents();
    const login = askCredentials(app, contents, PROXY_AUTH);
    contents.emit('destroyed');
    await settle();
    expect(login.calls).toEqual([[]]);
    expect(prompts.finishTest()).toEqual([]); // not the admin's choice: no note
  });
});

describe('the login window steps aside while the admin answers', () => {
  /** A child window stays above its parent: the login window would cover the dialog in the app's window. */
  function fakeWindow() {
    const log: string[] = [];
    const parent = { isDestroyed: () => false, focus: () => void log.push('parent focused') };
    const window = {
      visible: true,
      destroyed: false,
      isDestroyed() {
        return this.destroyed;
      },
      isVisible() {
        return this.visible;
      },
      hide() {
        this.visible = false;
        log.push('hidden');
      },
      show() {
        this.visible = true;
        log.push('shown');
      },
      getParentWindow: () => parent,
    };
    return { window, log };
  }

  it('hidden (the app’s window focused) while questions are open, shown again once the last is answered', async () => {
    const { window, log } = fakeWindow();
    const contents = new EventEmitter();
    route.contents(contents);
    attachLoginPrompts(contents as never, prompts, window);
    const certificate = askCertificate(app, contents, 'device.acme.okta.com:443', CERTIFICATES);
    const login = askCredentials(app, contents, PROXY_AUTH);
    expect(log).toEqual(['hidden', 'parent focused']);
    prompts.answer(asked[0]!.id, { kind: 'none' });
    await settle();
    expect(certificate.calls).toEqual([[]]);
    expect(log).toEqual(['hidden', 'parent focused']); // one question still open
    prompts.answer(asked[1]!.id, { kind: 'credentials', username: 'alice', password: PASSWORD });
    await settle();
    expect(login.calls).toEqual([['alice', PASSWORD]]);
    expect(log).toEqual(['hidden', 'parent focused', 'shown']);
  });

  it('a window that was not shown is not shown by the answer, and a destroyed one is left alone', async () => {
    const hiddenOne = fakeWindow();
    hiddenOne.window.visible = false;
    const contents = new EventEmitter();
    route.contents(contents);
    attachLoginPrompts(contents as never, prompts, hiddenOne.window);
    askCertificate(app, contents, 'h:443', CERTIFICATES);
    prompts.answer(asked[0]!.id, { kind: 'none' });
    await settle();
    expect(hiddenOne.log).toEqual([]);

    const closing = fakeWindow();
    const other = new EventEmitter();
    route.contents(other);
    attachLoginPrompts(other as never, prompts, closing.window);
    askCertificate(app, other, 'h:443', CERTIFICATES);
    closing.window.destroyed = true;
    other.emit('destroyed');
    await settle();
    expect(closing.log).toEqual(['hidden', 'parent focused']);
  });
});

describe('client certificates in a login window', () => {
  it('asks which one instead of sending the first, and sends exactly the one chosen', async () => {
    const contents = loginContents();
    const request = askCertificate(app, contents, 'device.acme.okta.com:443', CERTIFICATES);
    expect(request.byDefault).toBeNull(); // Electron did not send the first certificate
    expect(request.calls).toEqual([]);
    const question = asked[0]!;
    expect(question).toMatchObject({ kind: 'certificate', host: 'device.acme.okta.com:443' });
    expect(question.kind === 'certificate' && question.certificates.map((c) => [c.subjectName, c.issuerName, c.fingerprint])).toEqual([
      ['alice@acme.example', 'Acme Device CA', 'sha256/AAAA'],
      ['LAPTOP-42', 'Acme Machine CA', 'sha256/BBBB'],
    ]);
    prompts.answer(question.id, { kind: 'certificate', fingerprint: 'sha256/BBBB' });
    await settle();
    expect(request.calls).toEqual([[CERTIFICATES[1]]]);
  });

  it('"Send no certificate": callback() with no argument, which Electron takes as "continue without one", and a note', async () => {
    const contents = loginContents();
    const request = askCertificate(app, contents, 'device.acme.okta.com:443', CERTIFICATES);
    prompts.answer(asked[0]!.id, { kind: 'none' });
    await settle();
    expect(request.calls).toEqual([[]]);
    expect(prompts.finishTest()).toMatchObject([{ code: 'CLIENT_CERTIFICATE_NOT_SENT', evidence: { hosts: 'device.acme.okta.com:443', answers: 'declined' } }]);
  });

  it('the end of the test answers an open question with no certificate', async () => {
    const contents = loginContents();
    const request = askCertificate(app, contents, 'device.acme.okta.com:443', CERTIFICATES);
    prompts.finishTest();
    await settle();
    expect(request.calls).toEqual([[]]);
  });
});

describe('everything that is not a login window is refused at the app level', () => {
  it('the main window: no certificate (never the first one silently), no credentials', () => {
    const mainWindow = new EventEmitter();
    route.contents(mainWindow);
    const certificate = askCertificate(app, mainWindow, 'intranet.acme.example:443', CERTIFICATES);
    expect(certificate.byDefault).toBeNull();
    expect(certificate.calls).toEqual([[]]);
    const login = askCredentials(app, mainWindow, PROXY_AUTH);
    expect(login.event.defaultPrevented).toBe(true);
    expect(login.calls).toEqual([[]]);
    expect(asked).toEqual([]);
  });

  it('requests without a webContents (the main side’s net.fetch): refused too', () => {
    const certificate = askCertificate(app, null, 'idp.acme.example:443', CERTIFICATES);
    expect(certificate.calls).toEqual([[]]);
    const login = askCredentials(app, null, PROXY_AUTH);
    expect(login.calls).toEqual([[]]);
  });
});

describe('wiring', () => {
  it('every login window and each of its popups asks (createElectronAuthWindow with the prompts)', async () => {
    FakeAuthBrowserWindow.created = [];
    const sessions = new FakeSessionModule();
    const electron = { BrowserWindow: FakeAuthBrowserWindow, session: sessions } as unknown as ElectronAuthWindowDeps['electron'];
    const authWindow = createElectronAuthWindow({ parent: () => null as unknown as BrowserWindow, electron, loginPrompts: prompts });
    const controller = new AbortController();
    const outcome = authWindow.open('https://acme.okta.com/oauth2/v1/authorize?state=s', { redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume', timeoutMs: 10_000, signal: controller.signal });
    const win = FakeAuthBrowserWindow.created.at(-1)!;
    const popup = win.openPopup('https://acme.okta.com/signin/verify').child!;
    // The members stepping aside uses, which the shared fake does not have.
    const stepped: string[] = [];
    for (const w of [win, popup]) Object.assign(w, { isVisible: () => true, hide: () => void stepped.push('hidden'), show: () => void stepped.push('shown'), getParentWindow: () => null });
    for (const contents of [win.webContents, popup.webContents]) {
      route.contents(contents);
      const request = askCertificate(app, contents, 'device.acme.okta.com:443', CERTIFICATES);
      expect(request.event.defaultPrevented).toBe(true);
      expect(request.calls).toEqual([]);
    }
    expect(asked.map((q) => q.kind)).toEqual(['certificate', 'certificate']);
    expect(stepped).toEqual(['hidden', 'hidden']); // each window steps aside for its own question
    controller.abort();
    await outcome;
  });

  it('without prompts a login window is refused like any other (the app-level handler answers)', () => {
    FakeAuthBrowserWindow.created = [];
    const sessions = new FakeSessionModule();
    const electron = { BrowserWindow: FakeAuthBrowserWindow, session: sessions } as unknown as ElectronAuthWindowDeps['electron'];
    const authWindow = createElectronAuthWindow({ parent: () => null as unknown as BrowserWindow, electron });
    const controller = new AbortController();
    void authWindow.open('https://acme.okta.com/oauth2/v1/authorize?state=s', { redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume', timeoutMs: 10_000, signal: controller.signal });
    const win = FakeAuthBrowserWindow.created.at(-1)!;
    route.contents(win.webContents);
    expect(askCertificate(app, win.webContents, 'device.acme.okta.com:443', CERTIFICATES).calls).toEqual([[]]);
    controller.abort();
  });

  it('the Electron app registers the refusal at start-up (runElectronApp)', async () => {
    const fakeApp = new FakeApp();
    routeLikeElectron(fakeApp);
    const protocol = new FakeProtocol();
    protocol.isAppReady = () => fakeApp.isReady();
    FakeBrowserWindow.all = [];
    const electron = {
      app: fakeApp,
      protocol,
      BrowserWindow: FakeBrowserWindow,
      ipcMain: new FakeIpcMain(),
      session: { defaultSession: new FakeSession() },
      shell: { openExternal: async () => undefined },
      clipboard: {},
      dialog: {},
    } as unknown as ElectronMain;
    runElectronApp(electron, {
      paths: shellPaths('/opt/sso/dist/electron'),
      report: () => undefined,
      compose: () => ({ handlers: {}, loginPrompts: prompts, close: async () => undefined }) as unknown as AppServices,
    });
    await fakeApp.becomeReady();
    const mainContents = FakeBrowserWindow.all[0]!.webContents as unknown as WebContents;
    const certificate = askCertificate(fakeApp, mainContents as unknown as EventEmitter, 'intranet.acme.example:443', CERTIFICATES);
    expect(certificate.byDefault).toBeNull();
    expect(certificate.calls).toEqual([[]]);
  });
});
