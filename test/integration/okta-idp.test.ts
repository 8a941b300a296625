/**
 * The Okta-like IdP fixture, exercised the way the app and the Hub use it:
 * real oidc-provider on 127.0.0.1, openid-client as the relying party, the
 * plain-HTTP login agent as the browser. Nothing here leaves 127.0.0.1: every
 * redirect to huggingface.co is caught by the agent and never requested.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { compactVerify, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import {
  HOSTILE_CASES,
  HUGE_DISCOVERY_BYTES,
  OKTA_AUTHORIZE_WORDING,
  OKTA_TOKEN_WORDING,
  startOktaLikeIdp,
  type ClientName,
  type HostileCase,
  type OktaLikeIdp,
  type UserName,
} from '../fixtures/okta-idp';
import { createHttpLoginAgent } from '../fixtures/okta-idp/login-agent';
import type { AuthWindowOutcome } from '../../main/core/ports';
import { chromiumExecutable, chromiumFlags } from '../../main/browser/chromium-path';
import type { Page } from 'playwright-core';

const REDIRECT_URI = 'https://huggingface.co/organizations/acme/oidc/consume';

let idp: OktaLikeIdp;
beforeAll(async () => {
  idp = await startOktaLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

type Server_ = 'org' | 'custom';
const issuerOf = (which: Server_, on: OktaLikeIdp = idp) => (which === 'org' ? on.orgIssuer : on.customIssuer);

async function configFor(
  which: Server_,
  client: ClientName,
  auth: 'post' | 'basic' = 'post',
  secret?: string,
  on: OktaLikeIdp = idp,
): Promise<oidc.Configuration> {
  const { clientId, clientSecret } = on.clients[client];
  const used = secret ?? clientSecret;
  return oidc.discovery(
    new URL(issuerOf(which, on)),
    clientId,
    undefined,
    auth === 'post' ? oidc.ClientSecretPost(used) : oidc.ClientSecretBasic(used),
    { execute: [oidc.allowInsecureRequests] },
  );
}

interface LoginRun {
  config: oidc.Configuration;
  outcome: AuthWindowOutcome;
  verifier: string;
  state: string;
  nonce: string;
  requests: readonly string[];
}

/** Builds the authorization URL like the app does and lets the login agent sign in. */
async function login(opts: {
  which?: Server_;
  client?: ClientName;
  user?: UserName;
  scope?: string;
  on?: OktaLikeIdp;
  extra?: Record<string, string>;
}): Promise<LoginRun> {
  const on = opts.on ?? idp;
  const which = opts.which ?? 'org';
  const config = await configFor(which, opts.client ?? 'hub', 'post', undefined, on);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: opts.scope ?? 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...opts.extra,
  });
  const user = on.users[opts.user ?? 'alice'];
  const agent = createHttpLoginAgent({ username: user.username, password: user.password });
  const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 15_000, signal: new AbortController().signal });
  // Only the IdP was ever contacted: the callback to huggingface.co was caught, not requested.
  expect(agent.requests.map((request) => new URL(request.split(' ')[1] ?? '').host)).toEqual(
    agent.requests.map(() => new URL(on.origin).host),
  );
  return { config, outcome, verifier, state, nonce, requests: agent.requests };
}

function callbackOf(run: LoginRun): URL {
  expect(run.outcome.kind).toBe('redirect');
  if (run.outcome.kind !== 'redirect') throw new Error('no redirect');
  return new URL(run.outcome.url);
}

async function exchange(run: LoginRun, config: oidc.Configuration = run.config) {
  return oidc.authorizationCodeGrant(config, callbackOf(run), {
    pkceCodeVerifier: run.verifier,
    expectedState: run.state,
    expectedNonce: run.nonce,
    idTokenExpected: true,
  });
}

/** The token endpoint's raw answer (no validation), like a careful client sees it before checking. */
async function rawExchange(run: LoginRun, which: Server_, client: ClientName, on: OktaLikeIdp = idp) {
  const code = callbackOf(run).searchParams.get('code') ?? '';
  const { clientId, clientSecret } = on.clients[client];
  const response = await fetch(`${issuerOf(which, on)}${which === 'org' ? '/oauth2/v1' : '/v1'}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: run.verifier,
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function getJson(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('discovery and keys', () => {
  it('serves the org server discovery document with Okta’s paths and advertised methods', async () => {
    const { status, body } = await getJson(`${idp.orgIssuer}/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(body.issuer).toBe(idp.origin);
    expect(idp.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(body.authorization_endpoint).toBe(`${idp.origin}/oauth2/v1/authorize`);
    expect(body.token_endpoint).toBe(`${idp.origin}/oauth2/v1/token`);
    expect(body.jwks_uri).toBe(`${idp.origin}/oauth2/v1/keys`);
    expect(body.userinfo_endpoint).toBe(`${idp.origin}/oauth2/v1/userinfo`);
    expect(body.token_endpoint_auth_methods_supported).toEqual([
      'client_secret_basic',
      'client_secret_post',
      'client_secret_jwt',
      'private_key_jwt',
      'none',
    ]);
    expect(body.code_challenge_methods_supported).toEqual(['S256']);
    expect(body.id_token_signing_alg_values_supported).toEqual(['RS256']);
    expect(body.response_types_supported).toContain('code');
    expect(body.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(body.scopes_supported).not.toContain('groups');
  });

  it('answers the org discovery with ?client_id= the same way', async () => {
    const plain = await getJson(`${idp.orgIssuer}/.well-known/openid-configuration`);
    const withClient = await getJson(`${idp.orgIssuer}/.well-known/openid-configuration?client_id=${idp.clients.hub.clientId}`);
    expect(withClient.status).toBe(200);
    expect(withClient.body).toEqual(plain.body);
  });

  it('serves the custom server under /oauth2/default, the only one with the groups scope', async () => {
    const { status, body } = await getJson(`${idp.customIssuer}/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(idp.customIssuer).toBe(`${idp.origin}/oauth2/default`);
    expect(body.issuer).toBe(idp.customIssuer);
    expect(body.authorization_endpoint).toBe(`${idp.customIssuer}/v1/authorize`);
    expect(body.token_endpoint).toBe(`${idp.customIssuer}/v1/token`);
    expect(body.jwks_uri).toBe(`${idp.customIssuer}/v1/keys`);
    expect(body.userinfo_endpoint).toBe(`${idp.customIssuer}/v1/userinfo`);
    expect(body.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile', 'groups']));
    const withClient = await getJson(`${idp.customIssuer}/.well-known/openid-configuration?client_id=${idp.clients.hub.clientId}`);
    expect(withClient.body).toEqual(body);
  });

  it('publishes one public RS256 signing key per server, different between servers', async () => {
    const org = await getJson(`${idp.orgIssuer}/oauth2/v1/keys`);
    const custom = await getJson(`${idp.customIssuer}/v1/keys`);
    for (const { status, body } of [org, custom]) {
      expect(status).toBe(200);
      const keys = body.keys as Record<string, unknown>[];
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(typeof keys[0]?.kid).toBe('string');
      expect(keys[0]).not.toHaveProperty('d'); // never the private part
    }
    const kidOf = (body: Record<string, unknown>) => (body.keys as { kid: string }[])[0]?.kid;
    expect(kidOf(org.body)).not.toBe(kidOf(custom.body));
    const fresh = await startOktaLikeIdp({ freshKeys: true });
    try {
      expect(kidOf((await getJson(`${fresh.orgIssuer}/oauth2/v1/keys`)).body)).not.toBe(kidOf(org.body));
    } finally {
      await fresh.close();
    }
  });

  it('says who exists: clients with random secrets, users, the consume URI', async () => {
    expect(idp.consumeUri('acme')).toBe(REDIRECT_URI);
    expect(idp.clients.hub.clientSecret).toMatch(/^[\w-]{40}$/);
    const other = await startOktaLikeIdp();
    try {
      expect(other.clients.hub.clientId).toBe(idp.clients.hub.clientId);
      expect(other.clients.hub.clientSecret).not.toBe(idp.clients.hub.clientSecret);
      expect(other.origin).not.toBe(idp.origin);
    } finally {
      await other.close();
    }
    expect(idp.users.alice.email).toBe('alice@acme.example');
    expect(idp.users.noEmail.email).toBeUndefined();
    await expect(startOktaLikeIdp({ hostile: { nobody: 'wrong-iss' } })).rejects.toThrow(/nobody/);
    await expect(startOktaLikeIdp({ hostile: { hub: 'nonsense' as HostileCase } })).rejects.toThrow(/nonsense/);
  });
});

describe('the happy path (hub client, client_secret_post)', () => {
  it('logs alice in on the org server and issues an RS256 ID token with her claims and groups', async () => {
    const run = await login({});
    const callback = callbackOf(run);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(run.state);

    const tokens = await exchange(run);
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: idp.orgIssuer,
      aud: idp.clients.hub.clientId,
      sub: '00ualice00000000001',
      nonce: run.nonce,
      email: 'alice@acme.example',
      email_verified: true,
      name: 'Alice Admin',
      preferred_username: 'alice@acme.example',
      groups: ['Everyone', 'hf-admins'],
    });

    const idToken = tokens.id_token ?? '';
    expect(decodeProtectedHeader(idToken).alg).toBe('RS256');
    const jwks = createRemoteJWKSet(new URL(`${idp.orgIssuer}/oauth2/v1/keys`));
    const verified = await jwtVerify(idToken, jwks, { issuer: idp.orgIssuer, audience: idp.clients.hub.clientId });
    expect(verified.payload.email).toBe('alice@acme.example');

    // The login went: authorize → sign-in page → credentials → resume → (caught) consume URI.
    expect(run.requests[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/oauth2\/v1\/authorize\?/);
    expect(run.requests.some((request) => /^POST .*\/signin\//.test(request))).toBe(true);
  });

  it('serves userinfo with the access token', async () => {
    const run = await login({ user: 'bob' });
    const tokens = await exchange(run);
    const info = await oidc.fetchUserInfo(run.config, tokens.access_token, tokens.claims()?.sub ?? '');
    expect(info).toMatchObject({ email: 'bob@acme.example', groups: ['Everyone', 'hf-writers'] });
  });

  it('logs in on the custom server; groups only with the groups scope', async () => {
    const withGroups = await login({ which: 'custom', scope: 'openid email profile groups' });
    const claims = (await exchange(withGroups)).claims();
    expect(claims?.iss).toBe(idp.customIssuer);
    expect(claims?.groups).toEqual(['Everyone', 'hf-admins']);

    const withoutGroups = await login({ which: 'custom', scope: 'openid email profile' });
    const plain = (await exchange(withoutGroups)).claims();
    expect(plain?.email).toBe('alice@acme.example');
    expect(plain).not.toHaveProperty('groups');
  });

  it('releases only the claims of the scopes asked for', async () => {
    const run = await login({ scope: 'openid' });
    const claims = (await exchange(run)).claims();
    expect(claims).not.toHaveProperty('email');
    expect(claims).not.toHaveProperty('name');
    expect(claims?.groups).toEqual(['Everyone', 'hf-admins']); // the org server's groups filter
  });

  it('works without PKCE too (optional for ordinary apps)', async () => {
    const config = await configFor('org', 'hub');
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid email', state });
    const agent = createHttpLoginAgent(idp.users.alice);
    const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
    if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
    const tokens = await oidc.authorizationCodeGrant(config, new URL(outcome.url), { expectedState: state, idTokenExpected: true });
    expect(tokens.claims()?.email).toBe('alice@acme.example');
  });
});

describe('users that make the test fail', () => {
  it('noEmail gets an ID token without an email claim', async () => {
    const claims = (await exchange(await login({ user: 'noEmail' }))).claims();
    expect(claims?.sub).toBe('00unoemail000000004');
    expect(claims).not.toHaveProperty('email');
  });

  it('unverified gets email_verified false', async () => {
    const claims = (await exchange(await login({ user: 'unverified' }))).claims();
    expect(claims).toMatchObject({ email: 'erin@acme.example', email_verified: false });
  });

  it('unassigned is sent back with access_denied in Okta’s words', async () => {
    const run = await login({ user: 'unassigned' });
    const callback = callbackOf(run);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toBe('User is not assigned to the client application.');
    expect(callback.searchParams.get('state')).toBe(run.state);
    await expect(exchange(run)).rejects.toMatchObject({
      error: 'access_denied',
      error_description: 'User is not assigned to the client application.',
    });
  });

  it('a wrong password keeps the sign-in page, with an error, until the user gives up', async () => {
    const config = await configFor('org', 'hub');
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid', state: 's1' });
    const agent = createHttpLoginAgent({ username: idp.users.alice.username, password: 'wrong' });
    const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'closed' });
    expect(agent.lastStuckReason).toContain('Unable to sign in');

    const patient = createHttpLoginAgent({ username: idp.users.alice.username, password: 'wrong', whenStuck: 'wait' });
    const started = Date.now();
    const waited = await patient.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 400, signal: new AbortController().signal });
    expect(waited).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('the sign-in page is self-contained and labelled like Okta’s', async () => {
    const config = await configFor('org', 'hub');
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid', state: 's2' });
    const first = await fetch(url, { redirect: 'manual' });
    const page = await fetch(new URL(first.headers.get('location') ?? '', url), {
      headers: { cookie: first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(/<label for="okta-signin-username">Username<\/label>/);
    expect(html).toMatch(/<label for="okta-signin-password">Password<\/label>/);
    expect(html).toMatch(/<button[^>]*>Sign In<\/button>/);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i); // nothing from the network
    expect(html).not.toMatch(/@import|<script/i);
  });
});

describe('Okta’s authorize-time refusals', () => {
  it('otherRedirect: the consume URI is not registered → Okta’s 400 page, never a redirect', async () => {
    const run = await login({ client: 'otherRedirect' });
    expect(run.outcome).toMatchObject({ kind: 'error-page', status: 400, title: '400 Bad Request' });
    if (run.outcome.kind !== 'error-page') throw new Error('expected an error page');
    expect(run.outcome.text).toContain(
      "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings",
    );
    expect(run.outcome.url).toContain('/oauth2/v1/authorize');
    expect(run.requests).toHaveLength(1);
  });

  it('an unknown client ID → 400 page "Invalid value for \'client_id\' parameter."', async () => {
    const agent = createHttpLoginAgent(idp.users.alice);
    const url = `${idp.orgIssuer}/oauth2/v1/authorize?${new URLSearchParams({
      client_id: '0oadoesnotexist0000',
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      state: 's',
    })}`;
    const outcome = await agent.open(url, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(outcome).toMatchObject({ kind: 'error-page', status: 400 });
    if (outcome.kind === 'error-page') expect(outcome.text).toContain(OKTA_AUTHORIZE_WORDING.invalidClientId);
  });

  it('a request without state → 400 page (Okta requires state)', async () => {
    const agent = createHttpLoginAgent(idp.users.alice);
    const url = `${idp.orgIssuer}/oauth2/v1/authorize?${new URLSearchParams({
      client_id: idp.clients.hub.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
    })}`;
    const outcome = await agent.open(url, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
    expect(outcome).toMatchObject({ kind: 'error-page', status: 400 });
    if (outcome.kind === 'error-page') expect(outcome.text).toContain("invalid 'state' parameter");
  });

  it.each([
    ['pkceRequired', 'invalid_request', 'PKCE code challenge is required by the application'],
    ['policyFails', 'access_denied', 'Policy evaluation failed for this request'],
  ] as const)('%s → redirect with %s in Okta’s words', async (client, error, description) => {
    const run = await login({ client });
    const callback = callbackOf(run);
    expect(callback.searchParams.get('error')).toBe(error);
    expect(callback.searchParams.get('error_description')).toContain(description);
    expect(callback.searchParams.get('state')).toBe(run.state);
    expect(run.requests).toHaveLength(1); // refused before any sign-in page
    const failure = await exchange(run).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(oidc.AuthorizationResponseError);
    expect(failure).toMatchObject({ error });
  });

  it('the groups scope on the org server → invalid_scope', async () => {
    const run = await login({ scope: 'openid email groups' });
    const callback = callbackOf(run);
    expect(callback.searchParams.get('error')).toBe('invalid_scope');
    expect(callback.searchParams.get('error_description')).toBe(
      'One or more scopes are not configured for the authorization server resource.',
    );
  });
});

describe('the token endpoint, in Okta’s words', () => {
  it('basicOnly refuses client_secret_post with invalid_client, then accepts Basic with the same secret and code', async () => {
    const run = await login({ client: 'basicOnly' });
    const failure = await exchange(run).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(oidc.ResponseBodyError);
    expect(failure).toMatchObject({ status: 401, error: 'invalid_client', error_description: OKTA_TOKEN_WORDING.clientAuthFailed });

    // The code was not consumed by the refused attempt: Basic succeeds with it.
    const basic = await configFor('org', 'basicOnly', 'basic');
    const tokens = await exchange(run, basic);
    expect(tokens.claims()?.email).toBe('alice@acme.example');
  });

  it('a wrong secret → invalid_client "The client secret supplied for a confidential client is invalid."', async () => {
    const run = await login({});
    const wrong = await configFor('org', 'hub', 'post', 'not-the-secret');
    const failure = await exchange(run, wrong).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(oidc.ResponseBodyError);
    expect(failure).toMatchObject({ status: 401, error: 'invalid_client', error_description: OKTA_TOKEN_WORDING.wrongSecret });
  });

  it('a wrong secret over Basic → a 401 challenge carrying the same wording', async () => {
    const run = await login({ client: 'basicOnly' });
    const wrong = await configFor('org', 'basicOnly', 'basic', 'not-the-secret');
    const failure = await exchange(run, wrong).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(oidc.WWWAuthenticateChallengeError);
    const challenge = (failure as oidc.WWWAuthenticateChallengeError).cause[0];
    expect(challenge?.parameters.error).toBe('invalid_client');
    expect(challenge?.parameters.error_description).toBe(OKTA_TOKEN_WORDING.wrongSecret);
  });

  it('an unknown client → invalid_client "Invalid value for \'client_id\' parameter."', async () => {
    const response = await fetch(`${idp.orgIssuer}/oauth2/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'whatever',
        redirect_uri: REDIRECT_URI,
        client_id: '0oadoesnotexist0000',
        client_secret: 'x',
      }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_client', error_description: OKTA_TOKEN_WORDING.unknownClient });
  });

  it('the hub client (registered for POST) refuses Basic like Okta does', async () => {
    const run = await login({});
    const basic = await configFor('org', 'hub', 'basic');
    const failure = await exchange(run, basic).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(oidc.WWWAuthenticateChallengeError);
    expect((failure as oidc.WWWAuthenticateChallengeError).cause[0]?.parameters.error_description).toBe(
      OKTA_TOKEN_WORDING.clientAuthFailed,
    );
  });
});

describe('slow, hanging and closing', () => {
  it('delays discovery and JWKS by the configured time', async () => {
    const slow = await startOktaLikeIdp({ discoveryDelayMs: 300, jwksDelayMs: 250 });
    try {
      let started = Date.now();
      expect((await getJson(`${slow.orgIssuer}/.well-known/openid-configuration`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      started = Date.now();
      expect((await getJson(`${slow.customIssuer}/.well-known/openid-configuration?client_id=x`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      started = Date.now();
      expect((await getJson(`${slow.orgIssuer}/oauth2/v1/keys`)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(230);
    } finally {
      await slow.close();
    }
  });

  it('hangDiscovery never answers, and close() still returns at once', async () => {
    const hanging = await startOktaLikeIdp({ hangDiscovery: true });
    const pending = fetch(`${hanging.orgIssuer}/.well-known/openid-configuration`).then(
      () => 'answered',
      () => 'connection ended',
    );
    await expect(
      fetch(`${hanging.customIssuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(await Promise.race([pending, new Promise((r) => setTimeout(() => r('still waiting'), 300))])).toBe('still waiting');
    const started = Date.now();
    await hanging.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe('connection ended');
    await expect(fetch(`${hanging.orgIssuer}/oauth2/v1/keys`)).rejects.toThrow(); // nothing listens any more
  });

  it('hangToken lets the login finish but never answers the code exchange', async () => {
    const hanging = await startOktaLikeIdp({ hangToken: true });
    try {
      const run = await login({ on: hanging });
      const config = await configFor('org', 'hub', 'post', undefined, hanging);
      config.timeout = 0.3;
      await expect(exchange(run, config)).rejects.toThrow();
    } finally {
      const started = Date.now();
      await hanging.close();
      expect(Date.now() - started).toBeLessThan(1_000);
    }
  });

  it('close() is idempotent and frees the port', async () => {
    const short = await startOktaLikeIdp();
    const port = Number(new URL(short.origin).port);
    await Promise.all([short.close(), short.close()]);
    const again = await startOktaLikeIdp({ port });
    expect(again.origin).toBe(short.origin);
    await again.close();
  });
});

describe('the HTTP login agent', () => {
  let silent: Server;
  let silentUrl: string;
  beforeAll(async () => {
    silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/authorize`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('times out on a page that never loads', async () => {
    const agent = createHttpLoginAgent(idp.users.alice);
    const outcome = await agent.open(silentUrl, { redirectUri: REDIRECT_URI, timeoutMs: 300, signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'timeout', lastUrl: silentUrl });
  });

  it('stops when cancelled, and at once when already cancelled', async () => {
    const agent = createHttpLoginAgent(idp.users.alice);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await agent.open(silentUrl, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: controller.signal })).toEqual({
      kind: 'cancelled',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await agent.open(silentUrl, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: controller.signal })).toEqual({
      kind: 'cancelled',
    });
  });

  it('matches the redirect URI exactly: a lookalike carrying code= is followed, the real one caught unrequested', async () => {
    let callbackRequests = 0;
    const site = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/start') res.writeHead(302, { location: '/callback-not?code=decoy' }).end();
      else if (path === '/callback-not') res.writeHead(303, { location: '/callback?code=real&state=s' }).end();
      else {
        callbackRequests += 1;
        res.writeHead(200).end('the callback must never be requested');
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      const agent = createHttpLoginAgent(idp.users.alice);
      const outcome = await agent.open(`${base}/start`, {
        redirectUri: `${base}/callback`,
        timeoutMs: 5_000,
        signal: new AbortController().signal,
      });
      expect(outcome).toEqual({ kind: 'redirect', url: `${base}/callback?code=real&state=s` });
      expect(agent.requests).toEqual([`GET ${base}/start`, `GET ${base}/callback-not?code=decoy`]);
      expect(callbackRequests).toBe(0);
    } finally {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('reports a redirect loop', async () => {
    const loop = createServer((_req, res) => {
      res.writeHead(302, { location: '/again' }).end();
    });
    await new Promise<void>((resolve) => loop.listen(0, '127.0.0.1', resolve));
    try {
      const agent = createHttpLoginAgent({ ...idp.users.alice, maxRedirects: 5 });
      const url = `http://127.0.0.1:${(loop.address() as AddressInfo).port}/`;
      const outcome = await agent.open(url, { redirectUri: REDIRECT_URI, timeoutMs: 5_000, signal: new AbortController().signal });
      expect(outcome).toMatchObject({ kind: 'redirect-loop', hops: 6 });
    } finally {
      loop.closeAllConnections();
      await new Promise((resolve) => loop.close(resolve));
    }
  });
});

describe('the hostile IdP (issue 6): each case tampers with exactly one thing', () => {
  const claimCases: Partial<Record<HostileCase, (claims: Record<string, unknown>, run: LoginRun, on: OktaLikeIdp) => void>> = {
    'wrong-iss': (claims, _run, on) => expect(claims.iss).not.toBe(on.orgIssuer),
    'wrong-aud': (claims, _run, on) => expect(claims.aud).not.toContain(on.clients.hub.clientId),
    'aud-array-no-azp': (claims, _run, on) => {
      expect(claims.aud).toEqual([on.clients.hub.clientId, 'api://another-audience']);
      expect(claims).not.toHaveProperty('azp');
    },
    expired: (claims) => expect(claims.exp).toBeLessThan(Date.now() / 1000),
    'iat-future': (claims) => expect(claims.iat).toBeGreaterThan(Date.now() / 1000 + 600),
    'wrong-nonce': (claims, run) => {
      expect(typeof claims.nonce).toBe('string');
      expect(claims.nonce).not.toBe(run.nonce);
    },
  };

  async function hostileRun(hostileCase: HostileCase) {
    const on = await startOktaLikeIdp({ hostile: { hub: hostileCase } });
    const run = await login({ on });
    return { on, run };
  }

  it.each(Object.keys(claimCases) as HostileCase[])('%s: an ID token re-signed with the real key, one claim wrong; openid-client refuses it', async (hostileCase) => {
    const { on, run } = await hostileRun(hostileCase);
    try {
      const raw = await rawExchange(run, 'org', 'hub', on);
      expect(raw.status).toBe(200);
      const idToken = String(raw.body.id_token);
      const jwks = createRemoteJWKSet(new URL(`${on.orgIssuer}/oauth2/v1/keys`));
      await expect(compactVerify(idToken, jwks)).resolves.toBeTruthy(); // the signature itself is fine
      claimCases[hostileCase]?.(decodeJwt(idToken), run, on);

      const again = await login({ on });
      if (hostileCase === 'iat-future') return; // openid-client accepts a future iat: the app must flag it itself
      await expect(exchange(again)).rejects.toThrow();
    } finally {
      await on.close();
    }
  });

  it.each(['alg-none', 'bad-signature', 'unknown-kid', 'hs256-with-secret'] as const)(
    '%s: the ID token does not verify against the JWKS',
    async (hostileCase) => {
      const { on, run } = await hostileRun(hostileCase);
      try {
        const raw = await rawExchange(run, 'org', 'hub', on);
        const idToken = String(raw.body.id_token);
        const header = decodeProtectedHeader(idToken);
        const claims = decodeJwt(idToken);
        expect(claims).toMatchObject({ iss: on.orgIssuer, aud: on.clients.hub.clientId, nonce: run.nonce });
        const jwks = createRemoteJWKSet(new URL(`${on.orgIssuer}/oauth2/v1/keys`));
        await expect(compactVerify(idToken, jwks)).rejects.toThrow();
        const realKid = ((await getJson(`${on.orgIssuer}/oauth2/v1/keys`)).body.keys as { kid: string }[])[0]?.kid;
        if (hostileCase === 'alg-none') {
          expect(header.alg).toBe('none');
          expect(idToken.endsWith('.')).toBe(true);
        } else if (hostileCase === 'bad-signature') {
          expect(header).toMatchObject({ alg: 'RS256', kid: realKid });
        } else if (hostileCase === 'unknown-kid') {
          expect(header.alg).toBe('RS256');
          expect(header.kid).not.toBe(realKid);
        } else {
          expect(header.alg).toBe('HS256');
          const secret = new TextEncoder().encode(on.clients.hub.clientSecret);
          await expect(compactVerify(idToken, secret)).resolves.toBeTruthy();
        }
      } finally {
        await on.close();
      }
    },
  );

  it('no-id-token: the token response carries an access token only', async () => {
    const { on, run } = await hostileRun('no-id-token');
    try {
      const raw = await rawExchange(run, 'org', 'hub', on);
      expect(raw.status).toBe(200);
      expect(raw.body.access_token).toBeTruthy();
      expect(raw.body).not.toHaveProperty('id_token');
      await expect(exchange(await login({ on }))).rejects.toThrow();
    } finally {
      await on.close();
    }
  });

  it('wrong-state: the callback carries a state the client never sent', async () => {
    const { on, run } = await hostileRun('wrong-state');
    try {
      const callback = callbackOf(run);
      expect(callback.searchParams.get('code')).toBeTruthy();
      expect(callback.searchParams.get('state')).not.toBe(run.state);
      const failure = (await exchange(run).catch((caught: unknown) => caught)) as Error & { code?: string };
      expect(failure.code).toBe('OAUTH_INVALID_RESPONSE');
      expect(JSON.stringify({ message: (failure.cause as Error | undefined)?.message, cause: failure.cause })).toMatch(/state/);
    } finally {
      await on.close();
    }
  });

  it('covers every listed case, and leaves the other clients honest', async () => {
    expect(HOSTILE_CASES).toEqual([...Object.keys(claimCases), 'alg-none', 'bad-signature', 'unknown-kid', 'hs256-with-secret', 'no-id-token', 'wrong-state']);
    const on = await startOktaLikeIdp({ hostile: { [idp.clients.hub.clientId]: 'wrong-iss' } });
    try {
      const tampered = await rawExchange(await login({ on }), 'org', 'hub', on);
      expect(decodeJwt(String(tampered.body.id_token)).iss).not.toBe(on.orgIssuer); // keyed by client ID works too
      const honest = await login({ on, client: 'basicOnly' });
      const tokens = await exchange(honest, await configFor('org', 'basicOnly', 'basic', undefined, on));
      expect(tokens.claims()?.iss).toBe(on.orgIssuer);
    } finally {
      await on.close();
    }
  });

  it('issuer-differs: discovery names another issuer, and openid-client refuses it', async () => {
    const on = await startOktaLikeIdp({ hostileDiscovery: 'issuer-differs' });
    try {
      for (const issuer of [on.orgIssuer, on.customIssuer]) {
        const { body } = await getJson(`${issuer}/.well-known/openid-configuration`);
        expect(body.issuer).toBe(issuer.replace('127.0.0.1', 'localhost'));
      }
      await expect(configFor('org', 'hub', 'post', undefined, on)).rejects.toThrow();
    } finally {
      await on.close();
    }
  });

  it('huge-discovery and not-json', async () => {
    const huge = await startOktaLikeIdp({ hostileDiscovery: 'huge-discovery' });
    const html = await startOktaLikeIdp({ hostileDiscovery: 'not-json' });
    try {
      const big = await fetch(`${huge.orgIssuer}/.well-known/openid-configuration`);
      const text = await big.text();
      expect(text.length).toBeGreaterThanOrEqual(HUGE_DISCOVERY_BYTES);
      expect(JSON.parse(text).issuer).toBe(huge.orgIssuer);

      const page = await fetch(`${html.customIssuer}/.well-known/openid-configuration`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      await expect(page.clone().json()).rejects.toThrow();
      await expect(configFor('org', 'hub', 'post', undefined, html)).rejects.toThrow();
    } finally {
      await Promise.all([huge.close(), html.close()]);
    }
  });
});

describe('the sign-in page in real Chromium', () => {
  const executablePath = chromiumExecutable();
  if (!executablePath) console.warn('Skipping the Chromium checks of the Okta-like sign-in page: no Chromium or Chrome found (set CHROME_PATH).');

  /**
   * Opens the authorization URL in a fresh context; every request to huggingface.co
   * is failed by the DevTools Fetch domain and recorded (and the host resolves to a
   * closed local port, so nothing could leave the machine anyway).
   */
  async function inChromium(run: (page: Page, caught: string[]) => Promise<void>) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: executablePath ?? undefined,
      args: [...chromiumFlags(), '--host-resolver-rules=MAP huggingface.co 127.0.0.1:9'],
    });
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const caught: string[] = [];
      cdp.on('Fetch.requestPaused', (event: { requestId: string; request: { url: string } }) => {
        caught.push(event.request.url);
        void cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
      });
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://huggingface.co/*', requestStage: 'Request' }] });
      await run(page, caught);
    } finally {
      await browser.close();
    }
  }

  it.skipIf(!executablePath)('alice signs in with the form (labels Username / Password, button Sign In); the callback is caught', async () => {
    const config = await configFor('org', 'hub');
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid email profile', state });
    await inChromium(async (page, caught) => {
      await page.goto(url.href);
      await expect(page.title()).resolves.toBe('acme - Sign In');
      await page.getByLabel('Username').fill(idp.users.alice.username);
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Sign In' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('Unable to sign in');
      await page.getByLabel('Password').fill(idp.users.alice.password);
      await page.getByRole('button', { name: 'Sign In' }).click().catch(() => undefined);
      await expect.poll(() => caught.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const callback = new URL(caught[0] ?? '');
      expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
      expect(callback.searchParams.get('state')).toBe(state);
      const tokens = await oidc.authorizationCodeGrant(config, callback, { expectedState: state, idTokenExpected: true });
      expect(tokens.claims()?.email).toBe('alice@acme.example');
    });
  });

  it.skipIf(!executablePath)('an unregistered redirect URI shows Okta’s 400 page in the browser', async () => {
    const config = await configFor('org', 'otherRedirect');
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid', state: 's' });
    await inChromium(async (page, caught) => {
      const response = await page.goto(url.href);
      expect(response?.status()).toBe(400);
      await expect(page.title()).resolves.toBe('400 Bad Request');
      expect(await page.locator('body').innerText()).toContain(OKTA_AUTHORIZE_WORDING.redirectUriNotRegistered);
      expect(caught).toEqual([]);
    });
  });
});
