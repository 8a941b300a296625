/**
 * The test login against the real Entra-like IdP (oidc-provider on 127.0.0.1,
 * a tenant per instance) driven through the AuthWindow port by the Entra login
 * agent: the same pipeline as test-login.test.ts, for a configuration whose
 * profile is Entra. Every Entra failure must come back with its own code
 * (the AADSTS number in the evidence), and never as a success.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEntraLikeIdp, type EntraClientName, type EntraLikeIdp, type EntraUserName, type HostileCase } from '../fixtures/entra-idp';
import { createEntraLoginAgent } from '../fixtures/entra-idp/login-agent';
import { leakCheck, runProfileTestLogin, type ProfileRun } from '../fixtures/idp-kit/test-login-run';
import type { RunTestLoginInput } from '../../main/core/oidc/test-login';
import { ENTRA_SIGN_IN, typingUser } from '../fixtures/idp-kit/chromium-login';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';

let idp: EntraLikeIdp;
beforeAll(async () => {
  idp = await startEntraLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

interface LoginOptions {
  on?: EntraLikeIdp;
  client?: EntraClientName;
  user?: EntraUserName;
  password?: string;
  secret?: string;
  clientId?: string;
  issuer?: 'tenant' | 'metadata' | 'common' | 'organizations';
  orgId?: string;
  extra?: Partial<RunTestLoginInput>;
}

function login(opts: LoginOptions): Promise<ProfileRun> {
  const on = opts.on ?? idp;
  const client = on.clients[opts.client ?? 'hub'];
  const user = on.users[opts.user ?? 'alice'];
  const issuerUrl = {
    tenant: on.issuer,
    metadata: on.metadataUrl,
    common: on.commonIssuerUrl,
    organizations: on.organizationsIssuerUrl,
  }[opts.issuer ?? 'tenant'];
  return runProfileTestLogin({
    idpKind: 'entra',
    issuerUrl,
    clientId: opts.clientId ?? client.clientId,
    secret: opts.secret ?? client.clientSecret,
    authWindow: createEntraLoginAgent({ username: user.username, password: opts.password ?? user.password }),
    ...(opts.orgId ? { orgId: opts.orgId } : {}),
    ...(opts.extra ? { extra: opts.extra } : {}),
  });
}

function expectNoLeak(run: ProfileRun, secret: string) {
  const { text, secrets } = leakCheck(run, secret);
  for (const value of secrets) expect(text).not.toContain(value);
  expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT
}

describe('Entra test login: success', () => {
  it('logs alice in and shows the claims the Hub will see, GUID groups included', async () => {
    const run = await login({});
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims).toMatchObject({ email: 'alice@acme.example', name: 'Alice Admin' });
    expect(run.result.claims?.groups).toHaveLength(2);
    expect(run.result.stages.map((s) => s.stage)).toEqual(['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done']);
    expectNoLeak(run, idp.clients.hub.clientSecret);
  });

  it('accepts the "OpenID Connect metadata document" URL as the issuer, as the Hub’s guide says to paste it', async () => {
    const run = await login({ issuer: 'metadata' });
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
  });
});

describe('Entra test login: every failure has its own code', () => {
  const cases: [string, LoginOptions, string, number?][] = [
    ['redirect URI not registered (AADSTS50011 page)', { client: 'otherRedirect' }, 'ENTRA_REDIRECT_URI_MISMATCH', 50011],
    ['redirect URI of another org', { orgId: 'not-acme' }, 'ENTRA_REDIRECT_URI_MISMATCH', 50011],
    ['application not in the tenant (AADSTS700016 page)', { clientId: '11111111-2222-4333-8444-555555555555' }, 'ENTRA_APP_NOT_FOUND', 700016],
    ['the Secret ID pasted instead of the Value (AADSTS7000215)', { secret: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' }, 'ENTRA_SECRET_INVALID', 7000215],
    ['an expired secret (AADSTS7000222)', { client: 'expiredSecret' }, 'ENTRA_SECRET_EXPIRED', 7000222],
    ['user not assigned, assignment required (AADSTS50105 page)', { user: 'unassigned' }, 'ENTRA_USER_NOT_ASSIGNED', 50105],
    ['consent required (AADSTS65001, error=consent_required)', { user: 'needsConsent' }, 'ENTRA_CONSENT_REQUIRED', 65001],
    ['a user from another tenant (AADSTS50020 page)', { user: 'guest' }, 'ENTRA_USER_WRONG_TENANT', 50020],
    ['a token request missing a field (AADSTS90014)', { client: 'missingField' }, 'ENTRA_MISSING_FIELD', 90014],
    ['blocked by Conditional Access (AADSTS53003 page)', { user: 'blocked' }, 'ENTRA_CONDITIONAL_ACCESS_BLOCKED', 53003],
    ['no email claim: an account without a mailbox', { user: 'noMailbox' }, 'ENTRA_EMAIL_CLAIM_MISSING'],
    ['the /common issuer ({tenantid} in discovery)', { issuer: 'common' }, 'ENTRA_ISSUER_TENANT_PLACEHOLDER'],
    ['the /organizations issuer ({tenantid} in discovery)', { issuer: 'organizations' }, 'ENTRA_ISSUER_TENANT_PLACEHOLDER'],
    ['wrong password, window closed', { password: 'not-the-password' }, 'LOGIN_WINDOW_CLOSED'],
  ];
  it.each(cases)('%s → %s', async (_name, opts, code, aadsts) => {
    const run = await login(opts);
    expect(run.result.outcome).toBe('failure');
    expect(run.result.diagnosis?.code).toBe(code);
    expect(run.result.stages.at(-1)?.stage).toBe('failed');
    expect(run.events.at(-1)).toMatchObject({ stage: 'failed', detail: code });
    // The AADSTS number stays in the evidence, in Entra's own words.
    if (aadsts) expect(JSON.stringify(run.result.diagnosis?.evidence)).toContain(`AADSTS${aadsts}`);
    expectNoLeak(run, opts.secret ?? idp.clients[opts.client ?? 'hub'].clientSecret);
  });

  it('a user in more than 200 groups: the overage indicator is diagnosed (ENTRA_GROUPS_OVERAGE), not shown as "no groups"', async () => {
    const run = await login({ user: 'overage' });
    const codes = [run.result.diagnosis?.code, ...run.result.warnings.map((w) => w.code)];
    expect(codes).toContain('ENTRA_GROUPS_OVERAGE');
    expect(run.result.claims?.groups).toBeUndefined();
  });

  const hostile: [HostileCase, string][] = [
    ['wrong-iss', 'ID_TOKEN_WRONG_ISSUER'],
    ['wrong-aud', 'ID_TOKEN_WRONG_AUDIENCE'],
    ['expired', 'ID_TOKEN_EXPIRED'],
    ['wrong-nonce', 'NONCE_MISMATCH'],
    ['bad-signature', 'ID_TOKEN_BAD_SIGNATURE'],
    ['alg-none', 'ID_TOKEN_UNSIGNED'],
    ['wrong-state', 'STATE_MISMATCH'],
  ];
  it.each(hostile)('hostile Entra-like IdP: %s → %s', async (hostileCase, code) => {
    const evil = await startEntraLikeIdp({ hostile: { hub: hostileCase } });
    try {
      const run = await login({ on: evil });
      expect(run.result.outcome).toBe('failure');
      expect(run.result.diagnosis?.code).toBe(code);
      expect(run.result.claims).toBeUndefined();
      expectNoLeak(run, evil.clients.hub.clientSecret);
    } finally {
      await evil.close();
    }
  });

  it('answers within the network timeout when the token endpoint never answers', async () => {
    const slow = await startEntraLikeIdp({ hangToken: true });
    try {
      const started = Date.now();
      const run = await login({ on: slow, extra: { timeouts: { networkMs: 1000, loginMs: 10_000 } } });
      expect(run.result.diagnosis).toMatchObject({ code: 'TOKEN_ENDPOINT_TIMEOUT', evidence: { failure: 'timeout' } });
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await slow.close();
    }
  });
});

const executable = chromiumExecutable();
if (!executable) console.warn('test-login-entra: Chromium paths skipped, no Chromium/Chrome found (set CHROME_PATH)');

describe.skipIf(!executable)('Entra test login in real Chromium', () => {
  let hub: ConnectionCounter;
  let chromium: AuthChromium;
  beforeAll(async () => {
    hub = await startConnectionCounter();
    chromium = await launchAuthChromium({ extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  });
  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
  });

  async function chromiumLogin(opts: { client?: EntraClientName; user: EntraUserName }) {
    const client = idp.clients[opts.client ?? 'hub'];
    const before = hub.connections;
    const started = Date.now();
    const run = await runProfileTestLogin({
      idpKind: 'entra',
      issuerUrl: idp.issuer,
      clientId: client.clientId,
      secret: client.clientSecret,
      authWindow: createBrowserAuthWindow({ getBrowser: async () => chromium.browser, onPage: typingUser(ENTRA_SIGN_IN, idp.users[opts.user]) }),
      extra: { timeouts: { networkMs: 5000, loginMs: 30_000 } },
    });
    await new Promise((r) => setTimeout(r, 400)); // late connections (a favicon, a preconnect) would arrive by now
    return { ...run, elapsedMs: Date.now() - started, leaked: hub.connections - before };
  }

  it("signs in on Microsoft's sign-in page; huggingface.co receives zero connections", async () => {
    const run = await chromiumLogin({ user: 'alice' });
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims).toMatchObject({ email: 'alice@acme.example' });
    expect(run.leaked).toBe(0);
  });

  it("Microsoft's AADSTS50105 page (HTTP 200) settles fast as ENTRA_USER_NOT_ASSIGNED, not at the timeout", async () => {
    const run = await chromiumLogin({ user: 'unassigned' });
    expect(run.result.outcome).toBe('failure');
    expect(run.result.diagnosis?.code).toBe('ENTRA_USER_NOT_ASSIGNED');
    expect(run.elapsedMs).toBeLessThan(15_000);
    expect(run.leaked).toBe(0);
  });
});
