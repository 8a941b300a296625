// Plays how Electron 45 delivers the two questions a page's network requests
// can raise, with its argument shapes and its order of listeners:
// - 'login' (shell/browser/login_handler.cc) is emitted on the webContents, whose
//   first listener (lib/browser/api/web-contents.ts) re-emits it on `app`: app
//   listeners run BEFORE the webContents' own. Not prevented: cancelled.
//   Requests without a webContents (net.fetch in the main process) reach `app` only.
// - 'select-client-certificate' (shell/browser/api/electron_api_app.cc) is emitted
//   on `app`, whose first listener (lib/browser/api/app.ts) passes it to the
//   webContents. Not prevented: the FIRST certificate is sent, unasked.
// Each callback records its calls; calling the certificate callback twice
// throws, as a one-time callback does.
import { EventEmitter } from 'node:events';
import type { AuthInfo, Certificate } from 'electron';

export class FakeElectronEvent {
  private prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
  get defaultPrevented(): boolean {
    return this.prevented;
  }
}

/** Electron's own routing listeners, registered before any of the app's (Electron installs them at start-up). */
export function routeLikeElectron(app: EventEmitter): { contents(contents: EventEmitter): void } {
  app.on('select-client-certificate', (event, webContents: EventEmitter | null, ...rest: unknown[]) => webContents?.emit('select-client-certificate', event, ...rest));
  return {
    contents(contents) {
      contents.on('login', (event, ...rest: unknown[]) => app.emit('login', event, contents, ...rest));
    },
  };
}

export interface Asked<T extends unknown[]> {
  event: FakeElectronEvent;
  /** Each call of Electron's callback, with its arguments. */
  calls: T[];
  /** What Electron itself did because nobody prevented the default. */
  byDefault: 'cancelled' | 'first certificate sent' | null;
}

export function askCredentials(app: EventEmitter, contents: EventEmitter | null, authInfo: AuthInfo, opts: { firstAuthAttempt?: boolean; url?: string } = {}): Asked<[string?, string?]> {
  const event = new FakeElectronEvent();
  const asked: Asked<[string?, string?]> = { event, calls: [], byDefault: null };
  const callback = (...args: [string?, string?]) => void asked.calls.push(args);
  const details = { url: opts.url ?? `https://${authInfo.host}/`, pid: 1, isRequestForNavigation: true, firstAuthAttempt: opts.firstAuthAttempt ?? true };
  if (contents) contents.emit('login', event, details, authInfo, callback);
  else app.emit('login', event, null, details, authInfo, callback);
  if (!event.defaultPrevented) asked.byDefault = 'cancelled';
  return asked;
}

export function askCertificate(app: EventEmitter, contents: EventEmitter | null, host: string, certificates: Certificate[]): Asked<[Certificate?]> {
  const event = new FakeElectronEvent();
  const asked: Asked<[Certificate?]> = { event, calls: [], byDefault: null };
  const callback = (...args: [Certificate?]) => {
    if (asked.calls.length > 0) throw new TypeError('One-time callback was called more than once');
    asked.calls.push(args);
  };
  app.emit('select-client-certificate', event, contents, host, certificates, callback);
  if (!event.defaultPrevented) asked.byDefault = 'first certificate sent';
  return asked;
}

/** A certificate as Electron describes one (structures/certificate.md). */
export function fakeCertificate(subjectName: string, issuerName: string, fingerprint: string, validExpiry = 1_830_000_000): Certificate {
  const principal = (commonName: string) => ({ commonName, organizations: ['Acme'], organizationUnits: [], locality: '', state: '', country: 'US' });
  return {
    data: `-----BEGIN CERTIFICATE-----\n${fingerprint}\n-----END CERTIFICATE-----\n`,
    fingerprint,
    issuer: principal(issuerName),
    issuerName,
    serialNumber: '01',
    subject: principal(subjectName),
    subjectName,
    validStart: 1_700_000_000,
    validExpiry,
  } as unknown as Certificate;
}
