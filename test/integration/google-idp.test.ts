/**
 * The Google-like IdP fixture, exercised the way the app and the Hub use it:
 * real oidc-provider on 127.0.0.1, openid-client as the relying party, the
 * Google login agent as the browser. Every redirect to huggingface.co is
 * caught and never requested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { decodeJwt } from 'jose';
import {
  GOOGLE_WORDING,
  WORKSPACE_DOMAIN,
  startGoogleLikeIdp,
  type EmbeddedRefusal,
  type GoogleClientName,
  type GoogleLikeIdp,
  type GoogleUserName,
} from '../fixtures/google-idp';
import { createGoogleLoginAgent } from '../fixtures/google-idp/login-agent';
import type { AuthWindowOutcome } from '../../main/core/ports';

const REDIRECT_URI = 'https://huggingface.co/organizations/acme/oidc/consume';

let idp: GoogleLikeIdp;
beforeAll(async () => {
  idp = await startGoogleLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

async function login(opts: { on?: GoogleLikeIdp; client?: GoogleClientName; user?: GoogleUserName; password?: string; clientId?: string }) {
  const on = opts.on ?? idp;
  const { clientId, clientSecret } = on.clients[opts.client ?? 'hub'];
  const config = await oidc.discovery(new URL(on.issuer), clientId, undefined, oidc.ClientSecretPost(clientSecret), {
    execute: [oidc.allowInsecureRequests],
  });
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(opts.clientId ? { client_id: opts.clientId } : {}),
  });
  const user = on.users[opts.user ?? 'alice'];
  const agent = createGoogleLoginAgent({ username: user.username, password: opts.password ?? user.password });
  const outcome = await agent.open(url.href, { redirectUri: REDIRECT_URI, timeoutMs: 10_000, signal: new AbortController().signal });
  return { config, outcome, state, nonce, verifier, agent };
}

function expectGooglePage(outcome: AuthWindowOutcome, status: number, error: string, heading: string) {
  expect(outcome.kind).toBe('error-page');
  const page = outcome as Extract<AuthWindowOutcome, { kind: 'error-page' }>;
  expect(page.status).toBe(status);
  expect(page.title).toBe(GOOGLE_WORDING.pageTitle);
  expect(page.text).toContain(heading);
  expect(page.text).toContain(`Error ${status}: ${error} `); // Google's last line (the fixture's footer follows)
  expect(new URL(page.url).pathname).toBe('/signin/oauth/error/v2');
  return page;
}

describe('Google-like IdP: discovery', () => {
  it("has Google's endpoint paths, with the issuer at the origin", async () => {
    const doc = (await (await fetch(`${idp.origin}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      issuer: idp.origin,
      authorization_endpoint: `${idp.origin}/o/oauth2/v2/auth`,
      token_endpoint: `${idp.origin}/token`,
      jwks_uri: `${idp.origin}/oauth2/v3/certs`,
      userinfo_endpoint: `${idp.origin}/v1/userinfo`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(doc.scopes_supported).not.toContain('groups');
    expect(doc.claims_supported).not.toContain('groups');
  });
});

describe('Google-like IdP: sign-in and claims', () => {
  it("shows Google's sign-in page and its wrong-password words", async () => {
    const run = await login({ password: 'wrong' });
    expect(run.outcome.kind).toBe('closed');
    expect(run.agent.lastStuckReason).toContain(GOOGLE_WORDING.wrongPassword);
    const authorize = await fetch(run.agent.requests[0]!.replace(/^GET /, ''), { redirect: 'manual' });
    const cookie = authorize.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const html = await (await fetch(new URL(authorize.headers.get('location')!, idp.origin), { headers: { cookie } })).text();
    for (const words of ['<title>Sign in - Google Accounts</title>', '<h1>Sign in</h1>', 'Email or phone', 'name="identifier"', 'name="Passwd"', '>Next</button>']) {
      expect(html).toContain(words);
    }
  });

  it('an ID token with email, email_verified, hd and name, never groups', async () => {
    const run = await login({});
    expect(run.outcome.kind).toBe('redirect');
    const tokens = await oidc.authorizationCodeGrant(run.config, new URL((run.outcome as { url: string }).url), {
      pkceCodeVerifier: run.verifier,
      expectedState: run.state,
      expectedNonce: run.nonce,
    });
    const claims = decodeJwt(tokens.id_token!);
    expect(claims).toMatchObject({
      iss: idp.issuer,
      aud: idp.clients.hub.clientId,
      azp: idp.clients.hub.clientId,
      email: 'alice@acme.example',
      email_verified: true,
      hd: WORKSPACE_DOMAIN,
      name: 'Alice Admin',
    });
    expect(claims.sub).toMatch(/^\d{21}$/);
    expect(claims).not.toHaveProperty('groups');
    expect(claims).not.toHaveProperty('_claim_names');
  });
});

describe("Google-like IdP: Google's error pages", () => {
  it('redirect_uri_mismatch: "Access blocked: This app’s request is invalid", HTTP 400', async () => {
    const page = expectGooglePage((await login({ client: 'otherRedirect' })).outcome, 400, 'redirect_uri_mismatch', 'Access blocked: This app’s request is invalid');
    expect(page.text).toContain('You can’t sign in because this app sent an invalid request.');
  });

  it('invalid_client: "The OAuth client was not found.", HTTP 401', async () => {
    const page = expectGooglePage(
      (await login({ clientId: '999999999999-nosuchclient.apps.googleusercontent.com' })).outcome,
      401,
      'invalid_client',
      'Access blocked: Authorization Error',
    );
    expect(page.text).toContain('The OAuth client was not found.');
  });

  it('org_internal for an account outside the Workspace, HTTP 403, after the password', async () => {
    const run = await login({ user: 'outsider' });
    const page = expectGooglePage(run.outcome, 403, 'org_internal', 'Access blocked: Hugging Face can only be used within its organization');
    expect(page.text).toContain('oscar.outsider@gmail.com');
    expect(run.agent.requests.some((r) => r.startsWith('POST '))).toBe(true);
  });

  it('admin_policy_enforced when the Workspace admin restricts the app, HTTP 400', async () => {
    expectGooglePage((await login({ user: 'restricted' })).outcome, 400, 'admin_policy_enforced', GOOGLE_WORDING.adminPolicyHeading('Hugging Face'));
  });

  it('a wrong secret at the token endpoint: 401 {"error":"invalid_client","error_description":"Unauthorized"}', async () => {
    const run = await login({});
    const code = new URL((run.outcome as { url: string }).url).searchParams.get('code')!;
    const res = await fetch(`${idp.origin}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: run.verifier,
        client_id: idp.clients.hub.clientId, client_secret: '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t0',
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'Unauthorized' });
    expect(res.headers.get('www-authenticate')).toBeNull();
  });

  it('an unknown client at the token endpoint: 401 invalid_client "The OAuth client was not found."', async () => {
    const res = await fetch(`${idp.origin}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', redirect_uri: REDIRECT_URI, client_id: 'nobody.apps.googleusercontent.com', client_secret: 'x' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'The OAuth client was not found.' });
  });
});

describe('Google-like IdP: refusing an embedded browser', () => {
  async function refusedRun(refuseEmbedded: EmbeddedRefusal) {
    const refusing = await startGoogleLikeIdp({ refuseEmbedded });
    try {
      return await login({ on: refusing });
    } finally {
      await refusing.close();
    }
  }

  it('signin-rejected: after the email, /v3/signin/rejected answers HTTP 200 "Couldn\'t sign you in"', async () => {
    const run = await refusedRun('signin-rejected');
    expect(run.outcome.kind).toBe('error-page');
    const page = run.outcome as Extract<AuthWindowOutcome, { kind: 'error-page' }>;
    expect(page.status).toBe(200);
    expect(new URL(page.url).pathname).toBe('/v3/signin/rejected');
    expect(page.title).toBe("Couldn't sign you in");
    expect(page.text).toContain('This browser or app may not be secure. Learn more');
    expect(page.text).toContain('Try using a different browser.');
    expect(run.agent.requests.some((r) => r.startsWith('POST '))).toBe(true);
  });

  it('disallowed-useragent: the authorization request answers HTTP 403 "Error 403: disallowed_useragent"', async () => {
    const run = await refusedRun('disallowed-useragent');
    const page = expectGooglePage(run.outcome, 403, 'disallowed_useragent', 'Access blocked: Hugging Face’s request does not comply with Google’s policies');
    expect(page.text).toContain('“Use secure browsers” policy');
    expect(run.agent.requests.some((r) => r.startsWith('POST '))).toBe(false);
  });

  it('refuses an unknown refusal case', async () => {
    await expect(startGoogleLikeIdp({ refuseEmbedded: 'nope' as EmbeddedRefusal })).rejects.toThrow(/unknown case/);
  });
});
