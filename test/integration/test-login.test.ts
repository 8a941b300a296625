/**
 * The test login against the real Okta-like IdP (two oidc-provider servers on
 * 127.0.0.1) driven through the AuthWindow port by the plain-HTTP login agent.
 * Every failure the fixture can produce must come back with its own code, and
 * never as a success.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type ClientName, type HostileCase, type OktaLikeIdp, type UserName } from '../fixtures/okta-idp';
import { createHttpLoginAgent, type HttpLoginAgentOptions } from '../fixtures/okta-idp/login-agent';
import { runTestLogin, type RunTestLoginInput, type TestProgressEvent } from '../../main/core/oidc/test-login';
import { createIssuerCache } from '../../main/core/oidc/issuer-cache';
import { checkIssuer } from '../../main/core/oidc/issuer-check';
import type { AuthWindow, AuthWindowOutcome } from '../../main/core/ports';
import type { TestLoginResult } from '../../common/contract';

let idp: OktaLikeIdp;
beforeAll(async () => {
  idp = await startOktaLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

interface Run {
  result: TestLoginResult;
  events: TestProgressEvent[];
  /** What the window caught: the callback URL with the real code and state. */
  caught: string[];
  agent: ReturnType<typeof createHttpLoginAgent>;
}

/** Wraps the agent to remember the callback URL, so tests can prove the code never leaks. */
function recording(agent: AuthWindow, caught: string[]): AuthWindow {
  return {
    async open(url, options) {
      const outcome: AuthWindowOutcome = await agent.open(url, options);
      if (outcome.kind === 'redirect') caught.push(outcome.url);
      return outcome;
    },
  };
}

async function login(opts: {
  on?: OktaLikeIdp;
  client?: ClientName;
  user?: UserName;
  password?: string;
  secret?: string;
  clientId?: string;
  custom?: boolean;
  requestGroups?: boolean;
  orgId?: string;
  agent?: Partial<HttpLoginAgentOptions>;
  extra?: Partial<RunTestLoginInput>;
}): Promise<Run> {
  const on = opts.on ?? idp;
  const client = on.clients[opts.client ?? 'hub'];
  const user = on.users[opts.user ?? 'alice'];
  const agent = createHttpLoginAgent({ username: user.username, password: opts.password ?? user.password, ...opts.agent });
  const events: TestProgressEvent[] = [];
  const caught: string[] = [];
  const result = await runTestLogin({
    config: {
      id: randomUUID(),
      orgId: opts.orgId ?? 'acme',
      clientId: opts.clientId ?? client.clientId,
      issuerUrl: opts.custom ? on.customIssuer : on.orgIssuer,
      requestGroups: opts.requestGroups ?? false,
    },
    secret: opts.secret ?? client.clientSecret,
    authWindow: recording(agent, caught),
    fetch,
    emit: (e) => events.push(e),
    timeouts: { networkMs: 3000, loginMs: 10_000 },
    ...opts.extra,
  });
  return { result, events, caught, agent };
}

/** Nothing secret in the result or the progress events: not the secret, not the code, not the state. */
function expectNoLeak(run: Run, secret: string) {
  const text = JSON.stringify([run.result, run.events]);
  expect(text).not.toContain(secret);
  for (const url of run.caught) {
    const params = new URL(url).searchParams;
    for (const name of ['code', 'state']) {
      const value = params.get(name);
      if (value) expect(text, name).not.toContain(value);
    }
  }
  expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT
}

describe('test login: success', () => {
  it('logs alice in on the org server and shows the claims the Hub will see', async () => {
    const run = await login({});
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.warnings).toEqual([]);
    expect(run.result.claims).toMatchObject({ sub: expect.any(String), email: 'alice@acme.example', email_verified: true, name: 'Alice Admin' });
    expect(run.result.claims?.other).not.toHaveProperty('nonce');
    expect(run.result.claims?.other).not.toHaveProperty('iss');
    expect(run.result.stages.map((s) => s.stage)).toEqual(['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done']);
    expect(run.events.map((e) => e.stage)).toEqual(['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done']);
    expect(run.events.every((e) => e.testId === run.result.testId && e.configId === run.result.configId)).toBe(true);
    const elapsed = run.events.map((e) => e.elapsedMs);
    expect([...elapsed].sort((a, b) => a - b)).toEqual(elapsed);
    // The window caught the consume URI; nothing ever asked huggingface.co for it.
    expect(run.caught).toHaveLength(1);
    expect(run.agent.requests.map((r) => new URL(r.split(' ')[1]!).hostname)).not.toContain('huggingface.co');
    expectNoLeak(run, idp.clients.hub.clientSecret);
  });

  it('sends PKCE S256, state, nonce and the scopes the Hub asks for', async () => {
    const run = await login({ custom: true, requestGroups: true });
    expect(run.result.outcome).toBe('success');
    const authorize = new URL(run.agent.requests[0]!.replace(/^GET /, ''));
    expect(authorize.pathname).toBe('/oauth2/default/v1/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('scope')).toBe('openid email profile groups');
    expect(authorize.searchParams.get('redirect_uri')).toBe('https://huggingface.co/organizations/acme/oidc/consume');
    expect(run.result.claims?.groups).toEqual(expect.arrayContaining(['hf-admins']));
  });

  it('passes with a warning when the email is not verified', async () => {
    const run = await login({ user: 'unverified' });
    expect(run.result.outcome).toBe('success');
    expect(run.result.warnings.map((w) => w.code)).toEqual(['EMAIL_NOT_VERIFIED']);
  });

  it('a user in more than 100 groups passes on a custom server that is not asked for groups', async () => {
    const run = await login({ user: 'groupsHeavy', custom: true });
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims?.groups).toBeUndefined();
  });

  it('reuses the issuer check’s discovery and keys', async () => {
    const cache = createIssuerCache();
    await checkIssuer(idp.orgIssuer, { cache, timeoutMs: 3000, fetch });
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    const run = await login({ extra: { cache, fetch: countingFetch } });
    expect(run.result.outcome).toBe('success');
    expect(seen.some((u) => u.includes('/.well-known/'))).toBe(false);
    expect(seen.some((u) => u.endsWith('/v1/keys'))).toBe(false);
    expect(seen.some((u) => u.endsWith('/v1/token'))).toBe(true);

    // A failed test drops the cached issuer: after the admin fixes something, the next test discovers afresh.
    const failed = await login({ user: 'unassigned', extra: { cache, fetch: countingFetch } });
    expect(failed.result.diagnosis?.code).toBe('USER_NOT_ASSIGNED');
    expect(cache.get(idp.orgIssuer)).toBeUndefined();
    seen.length = 0;
    expect((await login({ extra: { cache, fetch: countingFetch } })).result.outcome).toBe('success');
    expect(seen.some((u) => u.includes('/.well-known/openid-configuration'))).toBe(true);
    expect(cache.get(idp.orgIssuer)).toBeDefined();
  });

  it('warns about a small clock skew, and refuses tokens from a badly wrong clock', async () => {
    const behind = (ms: number) => ({ now: () => Date.now() - ms });
    const skewed = await login({ extra: { clock: behind(60_000) } });
    expect(skewed.result.outcome).toBe('success');
    expect(skewed.result.warnings.map((w) => w.code)).toContain('CLOCK_SKEW');
    const far = await login({ extra: { clock: behind(20 * 60_000) } });
    expect(far.result).toMatchObject({ outcome: 'failure', diagnosis: { code: 'ID_TOKEN_NOT_YET_VALID' } });
    const ahead = await login({ extra: { clock: { now: () => Date.now() + 3 * 3600_000 } } });
    expect(ahead.result).toMatchObject({ outcome: 'failure', diagnosis: { code: 'ID_TOKEN_EXPIRED' } });
  });
});

describe('test login: every failure has its own code', () => {
  const cases: [string, Parameters<typeof login>[0], string][] = [
    ['user not assigned', { user: 'unassigned' }, 'USER_NOT_ASSIGNED'],
    ['PKCE required', { client: 'pkceRequired' }, 'PKCE_REQUIRED'],
    ['policy evaluation failed', { client: 'policyFails' }, 'POLICY_EVALUATION_FAILED'],
    ['groups scope on the org server', { requestGroups: true }, 'SCOPE_NOT_CONFIGURED'],
    ['redirect URI not registered (Okta 400 page)', { client: 'otherRedirect' }, 'REDIRECT_URI_NOT_REGISTERED'],
    ['redirect URI of another org', { orgId: 'not-acme' }, 'REDIRECT_URI_NOT_REGISTERED'],
    ['unknown client ID', { clientId: '0oadoesnotexist0000' }, 'INVALID_CLIENT_ID'],
    ['wrong client secret', { secret: 'wrong-secret-wrong-secret-wrong-secret00' }, 'INVALID_CLIENT_SECRET'],
    ['app expects HTTP Basic', { client: 'basicOnly' }, 'CLIENT_EXPECTS_BASIC'],
    ['wrong secret on a Basic-only app', { client: 'basicOnly', secret: 'wrong-secret-wrong-secret-wrong-secret00' }, 'INVALID_CLIENT_SECRET'],
    ['no email claim', { user: 'noEmail' }, 'EMAIL_CLAIM_MISSING'],
    ['a user in more than 100 groups (Okta refuses the groups claim)', { user: 'groupsHeavy' }, 'GROUPS_CLAIM_TOO_MANY'],
    ['… on a custom server asked for groups', { user: 'groupsHeavy', custom: true, requestGroups: true }, 'GROUPS_CLAIM_TOO_MANY'],
    ['wrong password, window closed', { password: 'not-the-password' }, 'LOGIN_WINDOW_CLOSED'],
  ];
  it.each(cases)('%s → %s', async (_name, opts, code) => {
    const run = await login(opts);
    expect(run.result.outcome).toBe('failure');
    expect(run.result.diagnosis?.code).toBe(code);
    expect(run.result.stages.at(-1)?.stage).toBe('failed');
    expect(run.events.at(-1)).toMatchObject({ stage: 'failed', detail: code });
    expectNoLeak(run, opts?.secret ?? idp.clients[opts?.client ?? 'hub'].clientSecret);
  });

  it("keeps Okta's own words in the evidence", async () => {
    const run = await login({ client: 'policyFails' });
    expect(run.result.diagnosis?.evidence.error_description).toContain('Policy evaluation failed for this request');
    const basic = await login({ client: 'basicOnly' });
    expect(basic.result.diagnosis?.evidence).toMatchObject({ error: 'invalid_client', basicProbe: 'authenticated' });
  });

  const hostile: [HostileCase, string][] = [
    ['wrong-iss', 'ID_TOKEN_WRONG_ISSUER'],
    ['wrong-aud', 'ID_TOKEN_WRONG_AUDIENCE'],
    ['aud-array-no-azp', 'ID_TOKEN_WRONG_AUDIENCE'],
    ['expired', 'ID_TOKEN_EXPIRED'],
    ['iat-future', 'ID_TOKEN_NOT_YET_VALID'],
    ['wrong-nonce', 'NONCE_MISMATCH'],
    ['alg-none', 'ID_TOKEN_UNSIGNED'],
    ['bad-signature', 'ID_TOKEN_BAD_SIGNATURE'],
    ['unknown-kid', 'ID_TOKEN_BAD_SIGNATURE'],
    ['hs256-with-secret', 'ID_TOKEN_ALG_NOT_ADVERTISED'],
    ['no-id-token', 'ID_TOKEN_MISSING'],
    ['wrong-state', 'STATE_MISMATCH'],
  ];
  it.each(hostile)('hostile IdP: %s → %s', async (hostileCase, code) => {
    const evil = await startOktaLikeIdp({ hostile: { hub: hostileCase } });
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

  it.each([
    ['issuer-differs', 'ISSUER_MISMATCH'],
    ['huge-discovery', 'DISCOVERY_INVALID'],
    ['not-json', 'DISCOVERY_INVALID'],
  ] as const)('hostile discovery: %s → %s', async (hostileDiscovery, code) => {
    const evil = await startOktaLikeIdp({ hostileDiscovery });
    try {
      const run = await login({ on: evil });
      expect(run.result).toMatchObject({ outcome: 'failure', diagnosis: { code } });
      expect(run.agent.requests).toEqual([]); // no window for an issuer that fails discovery
    } finally {
      await evil.close();
    }
  });
});

describe('test login: time limits and cancelling', () => {
  it('answers within the network timeout when discovery never answers', async () => {
    const slow = await startOktaLikeIdp({ hangDiscovery: true });
    try {
      const started = Date.now();
      const run = await login({ on: slow, extra: { timeouts: { networkMs: 500, loginMs: 10_000 } } });
      expect(run.result.diagnosis?.code).toBe('ISSUER_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await slow.close();
    }
  });

  it('answers within the network timeout when the token endpoint never answers', async () => {
    const slow = await startOktaLikeIdp({ hangToken: true });
    try {
      const started = Date.now();
      const run = await login({ on: slow, extra: { timeouts: { networkMs: 1000, loginMs: 10_000 } } });
      expect(run.result.diagnosis).toMatchObject({ code: 'TOKEN_ENDPOINT_TIMEOUT', evidence: { failure: 'timeout' } });
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await slow.close();
    }
  });

  it('times out a login nobody finishes', async () => {
    const started = Date.now();
    const run = await login({ password: 'wrong', agent: { whenStuck: 'wait' }, extra: { timeouts: { networkMs: 3000, loginMs: 600 } } });
    expect(run.result.diagnosis?.code).toBe('LOGIN_TIMED_OUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops a cancelled test at once, wherever it is', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 300);
    const run = await login({ password: 'wrong', agent: { whenStuck: 'wait' }, extra: { signal: controller.signal, timeouts: { networkMs: 3000, loginMs: 30_000 } } });
    expect(run.result.outcome).toBe('cancelled');
    expect(run.result.diagnosis?.code).toBe('LOGIN_CANCELLED');
    expect(run.events.at(-1)?.stage).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1500);

    const hanging = await startOktaLikeIdp({ hangDiscovery: true });
    try {
      const c2 = new AbortController();
      setTimeout(() => c2.abort(), 200);
      const t0 = Date.now();
      const during = await login({ on: hanging, extra: { signal: c2.signal, timeouts: { networkMs: 10_000, loginMs: 30_000 } } });
      expect(during.result.outcome).toBe('cancelled');
      expect(Date.now() - t0).toBeLessThan(1500);
    } finally {
      await hanging.close();
    }
  });

  it('never opens a window for an incomplete configuration', async () => {
    const run = await login({ secret: '' });
    expect(run.result.diagnosis?.code).toBe('CONFIG_INCOMPLETE');
    expect(run.agent.requests).toEqual([]);
  });
});
