/**
 * The ports `core` owns. Each composition root (main/electron, main/browser)
 * wires an adapter for each; tests wire real ones wherever they can run here.
 */
import type { EventName, EventPayload } from '../../common/contract';

/**
 * The main side's HTTP: discovery, JWKS, the token exchange. Electron wires `net.fetch` (Chromium's stack: the
 * system proxy, PAC, NTLM/Kerberos, the OS trust store); browser mode a fetch that honours HTTPS_PROXY / NO_PROXY /
 * `--proxy` and trusts the OS store (main/browser/node-fetch.ts). Core never falls back to Node's global fetch: it
 * ignores proxies and, under Electron's fuses, NODE_EXTRA_CA_CERTS. An adapter may throw a `NetworkFailure`
 * (oidc/http.ts) carrying what only it knows: the proxy that refused, the issuer of a certificate it did not trust.
 */
export type HttpFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The OS keychain, one entry per configuration (account = configuration id). */
export interface SecretVault {
  set(account: string, secret: string): Promise<void>;
  /** `null` only when the keychain answered that no such entry exists. Locked/unavailable keychains throw a DiagnosisError. */
  get(account: string): Promise<string | null>;
  /** True when an entry was removed. */
  delete(account: string): Promise<boolean>;
  /** Reports whether the keychain can be used right now, within a bound. */
  probe(): Promise<{ ok: true } | { ok: false; code: 'KEYCHAIN_LOCKED' | 'KEYCHAIN_UNAVAILABLE' | 'KEYCHAIN_TIMEOUT'; detail: string }>;
}

/** How a login window ended. */
export type AuthWindowOutcome =
  /** The browser tried to load the redirect URI; it was caught and never loaded. */
  | { kind: 'redirect'; url: string }
  /**
   * The IdP's SAML HTTP-POST binding reached the redirect URI (the Hub's ACS,
   * `https://huggingface.co/organizations/<org>/saml/consume`): a main-frame POST of an
   * `application/x-www-form-urlencoded` form carrying `SAMLResponse`, caught and never sent. `samlResponse` is the
   * field as posted (base64 of the signed XML; it names the user: evidence-grade, never logged, never in events),
   * `relayState` the RelayState field when one was posted. A GET to the redirect URI, or a POST without a
   * readable SAMLResponse, is a `redirect` as before.
   */
  | { kind: 'saml-post'; url: string; samlResponse: string; relayState?: string }
  | { kind: 'closed' }
  /** Nothing ended the login in time. `stalledOn`: the last page was waiting for a device-bound factor (Okta FastPass). */
  | { kind: 'timeout'; lastUrl?: string; stalledOn?: DeviceBoundStall }
  /**
   * A page of the login (main frame) never loaded: Chromium's net error (DNS, certificate, connection refused,
   * ...), never ERR_ABORTED (a page that redirected at once) nor ERR_BLOCKED_BY_CLIENT (our own block of the
   * redirect URI's host). `url` is the page's own (redacted where it leaves core).
   */
  | { kind: 'load-failed'; url: string; netError: NetError }
  /**
   * The login window landed on an IdP page that ends the login: an HTTP status >= 400 (Okta's 400 for an
   * unregistered redirect URI), a refusal address (Google's /v3/signin/rejected, 200), or a 200 page known by
   * its words (a profile's `stopPages`: Microsoft's error page at the authorize URL). `url` is the page's own
   * (redacted where it leaves core), `text` its visible text, clipped.
   */
  | { kind: 'error-page'; status: number; url: string; title: string; text: string }
  | { kind: 'crashed'; reason: string }
  | { kind: 'redirect-loop'; url: string; hops: number }
  | { kind: 'cancelled' };

/** A Chromium net error: its name (`ERR_NAME_NOT_RESOLVED`) and, where the shell reports it, its code (-105). */
export interface NetError {
  name: string;
  code?: number;
}

/** What a stalled sign-in was waiting for: the factor, and the sign the window recognised it by (words or an address). */
export interface DeviceBoundStall {
  factor: 'okta-fastpass';
  sign: string;
}

export interface AuthWindowOptions {
  /** The exact redirect URI (scheme, host, port and path are matched exactly). */
  redirectUri: string;
  timeoutMs: number;
  signal: AbortSignal;
  /**
   * An Okta configuration's own sign-in origin (its authorization endpoint's, e.g. a custom domain such as
   * https://login.acme.com): trusted for FastPass like `*.okta.com`. Unset for other IdPs.
   */
  oktaSignInOrigin?: string;
}

/** Opens the IdP's authorization URL in a fresh, logged-out window and waits for one outcome. */
export interface AuthWindow {
  open(url: string, options: AuthWindowOptions): Promise<AuthWindowOutcome>;
  /**
   * Sets up the next login window ahead of time (fresh, empty, invisible, nothing loaded but about:blank), so that
   * open() pays only for the IdP's pages. Resolves when it is ready, or when the adapter cannot make one (then
   * open() makes its window itself, as without it). Optional: an adapter without it sets everything up in open().
   */
  prepare?(): Promise<void>;
  /** Lets go of a prepared window (the app is closing). */
  close?(): Promise<void>;
}

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

/** Opens an (already allow-listed) URL in the user's default browser. */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

/** Asks where to write an export; null when the user cancels. */
export interface ExportTargetPicker {
  choose(defaultFileName: string): Promise<string | null>;
}

/** Prints a self-contained HTML page (no script) to PDF: Electron's printToPDF, or the DevTools protocol's Page.printToPDF. */
export interface ReportPrinter {
  toPdf(html: string): Promise<Uint8Array>;
}

export type EmitEvent = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** What the login window says when a site or a proxy asks for a user name and password (no secret in it). */
export interface CredentialsRequest {
  host: string;
  port: number;
  realm: string;
  scheme: string;
  isProxy: boolean;
  /** The server refused what was given before for this request. */
  retry: boolean;
}

/** The certificates the operating system offers when a site asks for a client certificate. */
export interface CertificateRequest {
  /** host:port */
  host: string;
  certificates: Array<{ subjectName: string; issuerName: string; /** seconds since the epoch, as Electron gives it */ validExpiry: number; fingerprint: string }>;
}

/**
 * Asks the admin, in the app's own window, what the login window needs: a user name and password, or which
 * client certificate to send. Resolves with null when nothing is to be sent (cancelled, unanswered in time, or
 * the login ended). The answer is for the caller to pass on at once and drop.
 */
export interface LoginPrompts {
  askCredentials(request: CredentialsRequest, options?: { signal?: AbortSignal }): Promise<{ username: string; password: string } | null>;
  /** Resolves with the fingerprint of the certificate chosen. */
  chooseCertificate(request: CertificateRequest, options?: { signal?: AbortSignal }): Promise<string | null>;
}
