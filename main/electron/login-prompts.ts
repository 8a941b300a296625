/**
 * The login window's two questions Electron leaves to the app, asked in the
 * app's own window (main/core/app/login-prompts.ts):
 *
 * - `login` (HTTP 401 or proxy 407 authentication). Unhandled, Electron cancels
 *   it. Here: `preventDefault()`, ask, then `callback(username, password)`, or
 *   `callback()` to cancel (the page then gets the server's 401/407).
 * - `select-client-certificate` (TLS client authentication). Unhandled,
 *   Electron silently sends the FIRST certificate of the OS store. Here:
 *   `preventDefault()`, ask, then `callback(certificate)`, or `callback()`:
 *   with no argument Electron continues the handshake without a certificate
 *   (OnClientCertificateSelected → ContinueWithCertificate(nullptr),
 *   electron/electron#8134); the server then refuses or lets the page go on.
 *   Chromium remembers that choice per host:port for the session, which is the
 *   login window's own in-memory partition: the next test asks again.
 *
 * Every other webContents (the main window) and requests with no webContents
 * (the main side's net.fetch) are refused at the app level: no credentials,
 * no certificate, never a silent pick.
 *
 * While a question is open, the login window steps aside (hidden, the app's
 * window focused): a child window stays above its parent, and the login window
 * (520×720, centred) would cover the dialog centred in the main window.
 *
 * Credentials go straight from the answer to Electron's callback; nothing here
 * keeps them.
 */
import type { AuthInfo, AuthenticationResponseDetails, Certificate, Event as ElectronEvent, WebContents } from 'electron';
import type { LoginPrompts } from '../core/ports';

/** The webContents whose questions are asked (login windows and their popups); the app-level refusal leaves them alone. */
const asking = new WeakSet<object>();

type CertificateCallback = (certificate?: Certificate) => void;
type CredentialsCallback = (username?: string, password?: string) => void;

/** The two events a login window's webContents is watched for (a real WebContents satisfies it). */
export interface PromptingContents {
  on(event: 'login', listener: (event: ElectronEvent, details: AuthenticationResponseDetails, authInfo: AuthInfo, callback: CredentialsCallback) => void): unknown;
  // Electron types this callback's argument as required; the app event's callback, which it is, takes none (see above).
  on(event: 'select-client-certificate', listener: (event: ElectronEvent, url: string, certificateList: Certificate[], callback: (certificate: Certificate) => void) => void): unknown;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** The window that shows the contents (a BrowserWindow satisfies it). */
export interface SteppingAsideWindow {
  isDestroyed(): boolean;
  isVisible(): boolean;
  hide(): void;
  show(): void;
  getParentWindow(): { isDestroyed(): boolean; focus(): void } | null;
}

/** Hides the window while at least one question is open, then shows it again (if it was shown before). */
function stepAsideWhileAsking(window: SteppingAsideWindow | undefined): <T>(question: Promise<T>) => Promise<T> {
  let open = 0;
  let hidden = false;
  return async (question) => {
    open++;
    if (window && !window.isDestroyed() && window.isVisible()) {
      window.hide();
      hidden = true;
      const parent = window.getParentWindow();
      if (parent && !parent.isDestroyed()) parent.focus();
    }
    try {
      return await question;
    } finally {
      open--;
      if (open === 0 && hidden) {
        hidden = false;
        if (window && !window.isDestroyed()) window.show();
      }
    }
  };
}

/** Asks the admin for what this login window's sites need: credentials, a client certificate. */
export function attachLoginPrompts(
  contents: PromptingContents,
  prompts: LoginPrompts,
  window?: SteppingAsideWindow,
  report: (m: string) => void = (m) => console.error(m),
): void {
  asking.add(contents);
  // A question still open when its window goes away is withdrawn (the login it belonged to is over).
  const gone = new AbortController();
  contents.once('destroyed', () => gone.abort());
  const whileAsking = stepAsideWhileAsking(window);

  contents.on('login', (event, details, authInfo, callback) => {
    event.preventDefault();
    whileAsking(
      prompts.askCredentials(
        {
          host: authInfo.host,
          port: authInfo.port,
          realm: authInfo.realm,
          scheme: authInfo.scheme,
          isProxy: authInfo.isProxy,
          retry: details.firstAuthAttempt === false,
        },
        { signal: gone.signal },
      ),
    ).then(
      (answer) => (answer ? callback(answer.username, answer.password) : callback()),
      (err: unknown) => {
        report(`login prompt failed: ${err instanceof Error ? err.name : typeof err}`);
        callback();
      },
    );
  });

  contents.on('select-client-certificate', (event, url, certificateList, callback) => {
    event.preventDefault();
    const send = callback as CertificateCallback;
    whileAsking(
      prompts.chooseCertificate(
        {
          host: url,
          certificates: certificateList.map((c) => ({ subjectName: c.subjectName, issuerName: c.issuerName, validExpiry: c.validExpiry, fingerprint: c.fingerprint })),
        },
        { signal: gone.signal },
      ),
    ).then(
      (fingerprint) => {
        const chosen = fingerprint ? certificateList.find((c) => c.fingerprint === fingerprint) : undefined;
        if (chosen) send(chosen);
        else send();
      },
      (err: unknown) => {
        report(`certificate prompt failed: ${err instanceof Error ? err.name : typeof err}`);
        send();
      },
    );
  });
}

/** The app events the refusal listens to (Electron's `app` satisfies it). */
export interface RefusingApp {
  on(event: 'login', listener: (event: ElectronEvent, webContents: WebContents | null, details: AuthenticationResponseDetails, authInfo: AuthInfo, callback: CredentialsCallback) => void): unknown;
  on(event: 'select-client-certificate', listener: (event: ElectronEvent, webContents: WebContents | null, url: string, certificateList: Certificate[], callback: CertificateCallback) => void): unknown;
}

/**
 * For everything that is not a login window: no credentials and no client certificate, answered at once.
 *
 * Order matters, and differs per event. `select-client-certificate` reaches the app first, whose own first
 * listener passes it to the webContents, so a login window's handler has already prevented it by the time this
 * runs. `login` reaches the webContents first, whose first listener passes it to the app, so this runs BEFORE a
 * login window's handler: it must leave login windows alone, or it would cancel what the admin is about to answer.
 */
export function refuseLoginPromptsElsewhere(app: RefusingApp): void {
  const target = app;
  const isAsking = (webContents: WebContents | null) => webContents !== null && asking.has(webContents);
  target.on('login', (event, webContents, _details, _authInfo, callback) => {
    if (event.defaultPrevented || isAsking(webContents)) return;
    event.preventDefault();
    callback();
  });
  target.on('select-client-certificate', (event, webContents, _url, _list, callback) => {
    if (event.defaultPrevented || isAsking(webContents)) return;
    event.preventDefault();
    callback();
  });
}
