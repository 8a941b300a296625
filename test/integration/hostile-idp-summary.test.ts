/**
 * The one hostile-IdP case the other suites leave out: a JWKS endpoint that
 * never answers. (Every other case of issue 6, each with its code, is in
 * test/integration/test-login.test.ts: wrong iss/aud/nonce/state, expired,
 * iat in the future, alg none, bad signature, unknown kid, HS256 with the
 * secret, no id_token, issuer mismatch, huge or non-JSON discovery, hanging
 * discovery and token endpoints.) The test login and the issuer check must
 * both end within the network time limit, as a failure with a diagnosis,
 * before any login window opens.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { createHttpLoginAgent } from '../fixtures/okta-idp/login-agent';
import { runTestLogin } from '../../main/core/oidc/test-login';
import { checkIssuer } from '../../main/core/oidc/issuer-check';

const NETWORK_MS = 800;

describe('hostile IdP: the JWKS never answers', () => {
  let idp: OktaLikeIdp;
  beforeAll(async () => {
    idp = await startOktaLikeIdp({ hangJwks: true });
  });
  afterAll(async () => idp?.close());

  it('the test login fails within the network limit with a diagnosis, and opens no window', async () => {
    const alice = idp.users.alice;
    const agent = createHttpLoginAgent({ username: alice.username, password: alice.password });
    const started = Date.now();
    const result = await runTestLogin({
      config: { id: randomUUID(), orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer, requestGroups: false },
      secret: idp.clients.hub.clientSecret,
      authWindow: agent,
      fetch,
      emit: () => {},
      timeouts: { networkMs: NETWORK_MS, loginMs: 10_000 },
    });
    const ms = Date.now() - started;
    console.log(`hostile IdP (JWKS hangs): test login → ${result.outcome} ${result.diagnosis?.code} after ${ms} ms`);
    expect(result.outcome).toBe('failure');
    expect(result.diagnosis?.code).toMatch(/^JWKS_/);
    expect(result.claims).toBeUndefined();
    expect(agent.requests).toEqual([]);
    expect(ms).toBeLessThan(NETWORK_MS * 3 + 1000);
  });

  it('the issuer check says so within the network limit', async () => {
    const started = Date.now();
    const check = await checkIssuer(idp.orgIssuer, { clientId: idp.clients.hub.clientId, timeoutMs: NETWORK_MS, fetch });
    const ms = Date.now() - started;
    const failed = check.checks.filter((i) => i.status === 'fail').map((i) => `${i.id}:${i.diagnosis?.code ?? ''}`);
    console.log(`hostile IdP (JWKS hangs): issuer check ok=${check.ok} failed items ${JSON.stringify(failed)} after ${ms} ms`);
    expect(check.ok).toBe(false);
    expect(check.checks.some((i) => i.status === 'fail' && i.diagnosis?.code?.startsWith('JWKS_'))).toBe(true);
    expect(ms).toBeLessThan(NETWORK_MS * 3 + 1000);
  });
});
