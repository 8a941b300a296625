/**
 * The whole test login in real Chromium: the core (runTestLogin) drives the
 * browser-mode AuthWindow against the Okta-like IdP, and a "user" fills the
 * IdP's sign-in form. Chromium resolves huggingface.co to a local listener
 * that counts connections: the redirect carrying the code must never reach it.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type ClientName, type OktaLikeIdp, type UserName } from '../fixtures/okta-idp';
import { contextsLeftAfter } from '../fixtures/idp-kit/contexts-left';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';
import { runTestLogin, type TestProgressEvent } from '../../main/core/oidc/test-login';

const executable = chromiumExecutable();
if (!executable) console.warn('test-login-chromium: skipped, no Chromium/Chrome found (set CHROME_PATH)');

/** Late connections (a favicon, a preconnect) would arrive within this after the result. */
const SETTLE_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!executable)('test login in Chromium against the Okta-like IdP', () => {
  let idp: OktaLikeIdp;
  let hub: ConnectionCounter;
  let chromium: AuthChromium;

  beforeAll(async () => {
    idp = await startOktaLikeIdp();
    hub = await startConnectionCounter();
    chromium = await launchAuthChromium({ extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  });
  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
    await idp?.close();
  });

  /** A user who types their credentials into the sign-in page, or just looks at it. */
  function user(name: UserName | null) {
    return (page: Page) => {
      if (!name) return;
      const { username, password } = idp.users[name];
      void (async () => {
        // Retried: on a loaded machine the page may still be navigating when we first type.
        for (let attempt = 1; attempt <= 3 && !page.isClosed(); attempt++) {
          try {
            await page.waitForSelector('#okta-signin-username', { timeout: 20_000 });
            await page.fill('#okta-signin-username', username);
            await page.fill('#okta-signin-password', password);
            await page.click('#okta-signin-submit', { noWaitAfter: true });
            return;
          } catch (err) {
            // The page closes once the redirect is caught or the test ends: nothing left to do.
            if (page.isClosed()) return;
            if (attempt === 3) console.warn(`test-login-chromium: could not sign in as ${name}: ${(err as Error).message.split('\n')[0]}`);
          }
        }
      })();
    };
  }

  async function login(opts: { client?: ClientName; who?: UserName | null; orgId?: string; signal?: AbortSignal; loginMs?: number }) {
    const client = idp.clients[opts.client ?? 'hub'];
    const contextsBefore = chromium.browser.contexts().length;
    const before = hub.connections;
    const events: TestProgressEvent[] = [];
    const result = await runTestLogin({
      config: { id: randomUUID(), orgId: opts.orgId ?? 'acme', clientId: client.clientId, issuerUrl: idp.orgIssuer, requestGroups: false },
      secret: client.clientSecret,
      authWindow: createBrowserAuthWindow({ getBrowser: async () => chromium.browser, onPage: user(opts.who === undefined ? 'alice' : opts.who) }),
      fetch,
      emit: (e) => events.push(e),
      timeouts: { networkMs: 5000, loginMs: opts.loginMs ?? 30_000 },
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    await sleep(SETTLE_MS);
    return { result, events, leaked: hub.connections - before, contextsLeft: await contextsLeftAfter(chromium.browser, contextsBefore) };
  }

  it('succeeds end to end, and huggingface.co receives zero connections', async () => {
    const run = await login({});
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims).toMatchObject({ email: 'alice@acme.example', email_verified: true });
    expect(run.leaked).toBe(0);
    expect(run.contextsLeft).toBe(0);
    expect(JSON.stringify(run)).not.toContain(idp.clients.hub.clientSecret);
  });

  it.each([
    ['otherRedirect', 'alice', 'REDIRECT_URI_NOT_REGISTERED'],
    ['hub', 'unassigned', 'USER_NOT_ASSIGNED'],
    ['basicOnly', 'alice', 'CLIENT_EXPECTS_BASIC'],
    ['hub', 'noEmail', 'EMAIL_CLAIM_MISSING'],
  ] as const)('%s / %s → %s, with nothing sent to huggingface.co', async (client, who, code) => {
    const run = await login({ client, who });
    expect(run.result.outcome).toBe('failure');
    expect(run.result.diagnosis?.code).toBe(code);
    expect(run.leaked).toBe(0);
    expect(run.contextsLeft).toBe(0);
  });

  it('times out when nobody signs in, and closes the window', async () => {
    const run = await login({ who: null, loginMs: 1500 });
    expect(run.result.diagnosis?.code).toBe('LOGIN_TIMED_OUT');
    expect(run.contextsLeft).toBe(0);
  });

  it('a cancelled test stops and closes its window', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const t0 = Date.now();
    const run = await login({ who: null, signal: controller.signal });
    expect(run.result.outcome).toBe('cancelled');
    expect(Date.now() - t0).toBeLessThan(1500 + 2000 + SETTLE_MS);
    expect(run.contextsLeft).toBe(0);
    expect(run.events.at(-1)?.stage).toBe('cancelled');
  });
});
