/**
 * The Entra-like IdP fixture, exercised the way the app and the Hub use it:
 * real oidc-provider on 127.0.0.1, openid-client as the relying party, the
 * Entra login agent as the browser. Every redirect to huggingface.co is caught
 * and never requested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import {
  ENTRA_GROUPS,
  ENTRA_WORDING,
  TENANT_NAME,
  startEntraLikeIdp,
  type EntraClientName,
  type EntraLikeIdp,
  type EntraUserName,
} from '../fixtures/entra-idp';
import { createEntraLoginAgent } from '../fixtures/entra-idp/login-agent';
import type { AuthWindowOutcome } from '../../main/core/ports';

const REDIRECT_URI = 'https://huggingface.co/organizations/acme/oidc/consume';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let idp: EntraLikeIdp;
beforeAll(async () => {
  idp = await startEntraLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

async function configFor(client: EntraClientName, secret?: string): Promise<oidc.Configuration> {
  const { clientId, clientSecret } = idp.clients[client];
  return oidc.discovery(new URL(idp.issuer), clientId, undefined, oidc.ClientSecretPost(secret ?? clientSecret), {
    execute: [oidc.allowInsecureRequests],
  });
}

async function login(opts: { client?: EntraClientName; user?: EntraUserName; password?: string; redirectUri?: string; clientId?: string }) {
  const config = await configFor(opts.client ?? 'hub');
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: opts.redirectUri ?? REDIRECT_URI,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(opts.clientId ? { client_id: opts.clientId } : {}),
  });
  const user = idp.users[opts.user ?? 'alice'];
  const agent = createEntraLoginAgent({ username: user.username, password: opts.password ?? user.password });
  const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
  return { config, outcome, state, nonce, verifier, agent };
}

async function idTokenClaims(user: EntraUserName) {
  const run = await login({ user });
  expect(run.outcome.kind).toBe('redirect');
  const tokens = await oidc.authorizationCodeGrant(run.config, new URL((run.outcome as { url: string }).url), {
    pkceCodeVerifier: run.verifier,
    expectedState: run.state,
    expectedNonce: run.nonce,
  });
  return decodeJwt(tokens.id_token!);
}

function expectEntraPage(outcome: AuthWindowOutcome, aadsts: string) {
  expect(outcome.kind).toBe('error-page');
  const page = outcome as Extract<AuthWindowOutcome, { kind: 'error-page' }>;
  // login.microsoftonline.com serves its error page with HTTP 200.
  expect(page.status).toBe(200);
  expect(page.title).toBe('Sign in to your account');
  expect(page.text).toContain('Troubleshooting details');
  expect(page.text).toContain(`${aadsts}:`);
  return page;
}

async function tokenRequest(body: Record<string, string>) {
  const res = await fetch(`${idp.origin}/${idp.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, wwwAuthenticate: res.headers.get('www-authenticate') };
}

describe('Entra-like IdP: discovery', () => {
  it('has a GUID tenant and Entra v2 endpoint shapes', async () => {
    expect(idp.tenantId).toMatch(GUID);
    expect(idp.issuer).toBe(`${idp.origin}/${idp.tenantId}/v2.0`);
    const res = await fetch(idp.metadataUrl);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.origin}/${idp.tenantId}/oauth2/v2.0/authorize`,
      token_endpoint: `${idp.origin}/${idp.tenantId}/oauth2/v2.0/token`,
      jwks_uri: `${idp.origin}/${idp.tenantId}/discovery/v2.0/keys`,
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(doc.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(['client_secret_post', 'client_secret_basic']));
    const keys = (await (await fetch(String(doc.jwks_uri))).json()) as { keys: { kid: string }[] };
    expect(keys.keys.length).toBeGreaterThan(0);
  });

  it.each(['common', 'organizations'])('/%s/v2.0: the literal {tenantid} issuer, and endpoints under the same alias', async (alias) => {
    const doc = (await (await fetch(`${idp.origin}/${alias}/v2.0/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(`${idp.origin}/{tenantid}/v2.0`);
    expect(doc.authorization_endpoint).toBe(`${idp.origin}/${alias}/oauth2/v2.0/authorize`);
    expect(doc.token_endpoint).toBe(`${idp.origin}/${alias}/oauth2/v2.0/token`);
    expect(doc.jwks_uri).toBe(`${idp.origin}/${alias}/discovery/v2.0/keys`);
    // openid-client refuses it: the issuer it names is not the URL it was found at.
    await expect(
      oidc.discovery(new URL(`${idp.origin}/${alias}/v2.0`), idp.clients.hub.clientId, undefined, oidc.ClientSecretPost('x'), {
        execute: [oidc.allowInsecureRequests],
      }),
    ).rejects.toThrow();
  });

  it('a login through /common ends with tokens that carry the real tenant', async () => {
    const common = (await (await fetch(`${idp.origin}/common/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    // The same authorization request (PKCE, state, nonce) as a tenant login, sent to /common.
    const run = await login({});
    const url = new URL(common.authorization_endpoint!);
    new URL((run.agent.requests[0] ?? '').replace(/^GET /, '')).searchParams.forEach((v, k) => url.searchParams.set(k, v));
    const agent = createEntraLoginAgent(idp.users.alice);
    const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(outcome.kind).toBe('redirect');
    const code = new URL((outcome as { url: string }).url).searchParams.get('code')!;
    const token = await fetch(common.token_endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        client_id: idp.clients.hub.clientId,
        client_secret: idp.clients.hub.clientSecret,
        code_verifier: run.verifier,
      }),
    });
    expect(token.status).toBe(200);
    const claims = decodeJwt(((await token.json()) as { id_token: string }).id_token);
    expect(claims.iss).toBe(idp.issuer);
    expect(claims.tid).toBe(idp.tenantId);
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const res = await fetch(`${idp.origin}/00000000-0000-4000-8000-000000000000/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
  });
});

describe('Entra-like IdP: sign-in page and claims', () => {
  it("shows Microsoft's sign-in page", async () => {
    const run = await login({ password: 'wrong' });
    expect(run.outcome.kind).toBe('closed');
    expect(run.agent.lastStuckReason).toContain(ENTRA_WORDING.wrongPassword);
    // The page again, as a browser gets it: the authorize request sets the interaction cookie.
    const authorize = await fetch(run.agent.requests[0]!.replace(/^GET /, ''), { redirect: 'manual' });
    const cookie = authorize.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const html = await (await fetch(new URL(authorize.headers.get('location')!, idp.origin), { headers: { cookie } })).text();
    for (const words of ['<title>Sign in to your account</title>', '<h1>Sign in</h1>', 'Email, phone, or Skype', 'Password', 'id="idSIButton9"']) {
      expect(html).toContain(words);
    }
  });

  it('alice: email, name, preferred_username, upn, GUID groups, tid, oid, pairwise sub, ver 2.0', async () => {
    const claims = await idTokenClaims('alice');
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: idp.clients.hub.clientId,
      email: 'alice@acme.example',
      name: 'Alice Admin',
      preferred_username: 'alice@acme.example',
      upn: 'alice@acme.example',
      tid: idp.tenantId,
      oid: idp.users.alice.oid,
      ver: '2.0',
    });
    expect(claims.oid).toMatch(GUID);
    expect(claims.sub).not.toBe(claims.oid);
    expect(claims.groups).toEqual([ENTRA_GROUPS.allStaff, ENTRA_GROUPS.hfAdmins]);
    for (const group of claims.groups as string[]) expect(group).toMatch(GUID);
  });

  it('noMailbox: no email, while preferred_username and upn look like one', async () => {
    const claims = await idTokenClaims('noMailbox');
    expect(claims).not.toHaveProperty('email');
    expect(claims.preferred_username).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(claims.upn).toBe(claims.preferred_username);
  });

  it('overage: more than 200 groups → no groups claim, the overage indicator instead', async () => {
    const claims = await idTokenClaims('overage');
    expect(claims).not.toHaveProperty('groups');
    expect(claims._claim_names).toEqual({ groups: 'src1' });
    expect(claims._claim_sources).toEqual({
      src1: { endpoint: `https://graph.microsoft.com/v1.0/users/${idp.users.overage.oid}/getMemberObjects` },
    });
  });
});

describe("Entra-like IdP: AADSTS errors where Entra shows them", () => {
  it('AADSTS50011 on its error page for a redirect URI the app does not list', async () => {
    const run = await login({ client: 'otherRedirect' });
    const page = expectEntraPage(run.outcome, 'AADSTS50011');
    expect(page.text).toContain('Sign in Sorry, but we’re having trouble signing you in.');
    expect(page.text).toContain(ENTRA_WORDING.redirectMismatch(REDIRECT_URI, idp.clients.otherRedirect.clientId));
    expect(run.agent.requests).toHaveLength(1); // no sign-in page first
  });

  it('AADSTS700016 on its error page for an unknown application', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const run = await login({ clientId: unknown });
    const page = expectEntraPage(run.outcome, 'AADSTS700016');
    expect(page.text).toContain(`AADSTS700016: Application with identifier '${unknown}' was not found in the directory '${TENANT_NAME}'.`);
  });

  it.each([
    ['unassigned', 'AADSTS50105', 'is blocked because they are not a direct member of a group with access'],
    ['guest', 'AADSTS50020', 'does not exist in tenant'],
    ['blocked', 'AADSTS53003', 'Access has been blocked by Conditional Access policies.'],
  ] as const)('%s → %s on its error page, after the password', async (user, aadsts, words) => {
    const run = await login({ user });
    const page = expectEntraPage(run.outcome, aadsts);
    expect(page.text).toContain(words);
    expect(run.agent.requests.some((r) => r.startsWith('POST '))).toBe(true);
  });

  it('the Conditional Access page reads "You cannot access this right now"', async () => {
    const page = expectEntraPage((await login({ user: 'blocked' })).outcome, 'AADSTS53003');
    expect(page.text).toContain(ENTRA_WORDING.caHeading);
    expect(page.text).toContain('Error Code: 53003');
  });

  it('AADSTS65001 comes back to the app as error=consent_required', async () => {
    const run = await login({ user: 'needsConsent' });
    expect(run.outcome.kind).toBe('redirect');
    const params = new URL((run.outcome as { url: string }).url).searchParams;
    expect(params.get('error')).toBe('consent_required');
    expect(params.get('error_description')).toMatch(/^AADSTS65001: The user or administrator has not consented to use the application with ID '/);
    expect(params.get('error_description')).toMatch(/\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(params.get('state')).toBe(run.state);
  });
});

describe('Entra-like IdP: token endpoint errors in Entra JSON', () => {
  async function codeFor(client: EntraClientName) {
    const run = await login({ client });
    expect(run.outcome.kind).toBe('redirect');
    return { code: new URL((run.outcome as { url: string }).url).searchParams.get('code')!, verifier: run.verifier };
  }
  const shape = (code: number) => ({
    error_codes: [code],
    timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
    trace_id: expect.stringMatching(GUID),
    correlation_id: expect.stringMatching(GUID),
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });

  it('AADSTS7000215 (401 invalid_client) for a wrong secret, e.g. the Secret ID', async () => {
    const { code, verifier } = await codeFor('hub');
    const res = await tokenRequest({
      grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
      client_id: idp.clients.hub.clientId, client_secret: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'invalid_client', ...shape(7000215) });
    expect(res.body.error_description).toMatch(
      new RegExp(`^AADSTS7000215: Invalid client secret provided\\. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${idp.clients.hub.clientId}'\\.\\r\\nTrace ID: `),
    );
    expect(res.wwwAuthenticate).toBeNull();
  });

  it('AADSTS7000222 (401 invalid_client) for a client whose secret expired, even with its Value', async () => {
    const { code, verifier } = await codeFor('expiredSecret');
    const res = await tokenRequest({
      grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
      client_id: idp.clients.expiredSecret.clientId, client_secret: idp.clients.expiredSecret.clientSecret,
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'invalid_client', ...shape(7000222) });
    expect(res.body.error_description).toContain(`AADSTS7000222: The provided client secret keys for app '${idp.clients.expiredSecret.clientId}' are expired.`);
  });

  it('AADSTS90014 (400 invalid_request) when the request lacks a field the app requires', async () => {
    const { code, verifier } = await codeFor('missingField');
    const res = await tokenRequest({
      grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier,
      client_id: idp.clients.missingField.clientId, client_secret: idp.clients.missingField.clientSecret,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_request', ...shape(90014) });
    expect(res.body.error_description).toContain("AADSTS90014: The required field 'scope' is missing from the credential.");
  });

  it('AADSTS700016 (400 unauthorized_client) for an unknown client at the token endpoint', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const res = await tokenRequest({ grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT_URI, client_id: unknown, client_secret: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'unauthorized_client', ...shape(700016) });
  });

  it('Basic authentication with the right secret works too', async () => {
    const { code, verifier } = await codeFor('hub');
    const res = await fetch(`${idp.origin}/${idp.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(idp.clients.hub.clientId)}:${encodeURIComponent(idp.clients.hub.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
    });
    expect(res.status).toBe(200);
  });
});
