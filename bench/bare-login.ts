/**
 * The reference for the test-login overhead: the same OIDC login done by a
 * bare script with openid-client and playwright-core on the same IdP and the
 * same Chromium — discovery, an authorization URL with PKCE (S256), state and
 * nonce, a fresh browser context, the login form filled, the redirect to the
 * consume URI caught with the DevTools `Fetch` domain (it never leaves the
 * machine), and the code exchanged with client_secret_post. Nothing else: no
 * keychain, no store, no events, no ID-token signature check.
 *
 * `noForm`: against an IdP that approves at once (the Okta-like fixture's
 * `autoApprove`), nothing is typed: the redirect comes by itself.
 */
import * as client from 'openid-client';
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface LoginUser {
  username: string;
  password: string;
}

/** Fills the Okta-like sign-in page; both the app's login window and the bare flow use this. */
export async function fillLoginForm(page: Page, user: LoginUser): Promise<void> {
  await page.getByLabel('Username').fill(user.username, { timeout: 30_000 });
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign In' }).click({ noWaitAfter: true });
}

export interface BareLoginInput {
  browser: Browser;
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  user: LoginUser;
  /** The IdP approves at once (no sign-in form): do not look for one. */
  noForm?: boolean;
  /**
   * Catch the redirect with a browser-level DevTools session (what the app's
   * login window does, so popups are covered from their first request)
   * instead of one on the page. A what-if that prices that choice.
   */
  browserLevelInterception?: boolean;
}

function isRedirect(url: string, redirectUri: string): boolean {
  const a = new URL(url);
  const b = new URL(redirectUri);
  return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
}

/** Where the bare flow's time went (ms), stage by stage, to set beside the app's own stage timings. */
export interface BareLoginTimings {
  discovery: number;
  /** New context → the redirect to the consume URI caught (= contextCreation + devtoolsSetup + firstRequest + capture). */
  window: number;
  /** `browser.newContext()` and `context.newPage()`. */
  contextCreation: number;
  /** The page's DevTools session and `Fetch.enable` (or, with browserLevelInterception, the browser-level session). */
  devtoolsSetup: number;
  /** Navigation started → the IdP's first response (the authorize request answered). */
  firstRequest: number;
  /** The IdP's first response → the redirect to the consume URI caught (the form, when there is one, is typed here). */
  capture: number;
  /** The code exchanged and the ID token's claims read (openid-client's checks). */
  exchange: number;
  /** Start → the validated email in hand (before the context is closed). */
  toEmail: number;
  /** Closing the login context (after the exchange). */
  close: number;
}

const now = () => performance.now();

/** Runs the whole flow; returns the ID token's email (proof the login went through) and the stage timings. */
export async function bareTestLogin(input: BareLoginInput): Promise<{ email: string; timings: BareLoginTimings }> {
  const t0 = now();
  const config = await client.discovery(new URL(input.issuer), input.clientId, undefined, client.ClientSecretPost(input.clientSecret), {
    execute: [client.allowInsecureRequests],
  });
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: input.redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });

  const t1 = now();
  const context = await input.browser.newContext();
  let tPage = 0;
  let tReady = 0;
  let tFirstResponse = 0;
  let t2 = 0;
  let t3 = 0;
  let email: unknown;
  let cdpToDetach: CDPSession | undefined;
  try {
    const page = await context.newPage();
    tPage = now();
    const cdp = input.browserLevelInterception ? await input.browser.newBrowserCDPSession() : await context.newCDPSession(page);
    if (input.browserLevelInterception) cdpToDetach = cdp;
    const callback = new Promise<string>((resolve) => {
      cdp.on('Fetch.requestPaused', (event) => {
        if (isRedirect(event.request.url, input.redirectUri)) resolve(event.request.url);
        void cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'Aborted' }).catch(() => undefined);
      });
    });
    const origin = new URL(input.redirectUri).origin;
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${origin}/*`, requestStage: 'Request' }] });
    page.once('response', () => (tFirstResponse = now()));
    tReady = now();
    page.goto(url.href).catch(() => undefined); // the caught redirect aborts this navigation
    if (!input.noForm) await fillLoginForm(page, input.user);
    const callbackUrl = await callback;
    t2 = now();
    const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl), {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    email = tokens.claims()?.email;
  } finally {
    t3 = now();
    await context.close();
    if (cdpToDetach) {
      await cdpToDetach.send('Fetch.disable').catch(() => undefined);
      await cdpToDetach.detach().catch(() => undefined);
    }
  }
  const t4 = now();
  if (typeof email !== 'string') throw new Error('no email claim in the ID token');
  // A redirect caught before any response event was seen (should not happen): the whole navigation counts as capture.
  const firstResponse = tFirstResponse && tFirstResponse <= t2 ? tFirstResponse : tReady;
  return {
    email,
    timings: {
      discovery: t1 - t0,
      window: t2 - t1,
      contextCreation: tPage - t1,
      devtoolsSetup: tReady - tPage,
      firstRequest: firstResponse - tReady,
      capture: t2 - firstResponse,
      exchange: t3 - t2,
      toEmail: t3 - t0,
      close: t4 - t3,
    },
  };
}
