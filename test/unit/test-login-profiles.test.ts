/**
 * The test login takes the configuration's IdP profile: against a tiny
 * Entra-shaped issuer on 127.0.0.1 (discovery at /<tenant>/v2.0, JWKS, a token
 * endpoint that answers like Microsoft's), the same pipeline ends with
 * Entra's codes for an Entra configuration, and with the shared (Okta) codes
 * for an Okta one. The login window is a stand-in that returns what a browser
 * would have caught.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runTestLogin } from '../../main/core/oidc/test-login';
import type { AuthWindow, AuthWindowOutcome } from '../../main/core/ports';
import type { IdpKind } from '../../common/schemas/config-schemas';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '6731de76-14a6-49ae-97bc-6eba6914391e';
const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';

let server: Server;
let base: string;
let issuer: string;
let discoveryIssuer: (issuer: string) => string;
let tokenAnswer: (nonce: string, res: ServerResponse) => Promise<void>;
let sign: (claims: Record<string, unknown>) => Promise<string>;
let jwk: JWK;
const nonces = new Map<string, string>();

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' }).sign(privateKey);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      return json(res, 200, {
        issuer: discoveryIssuer(issuer),
        authorization_endpoint: `${base}/${TENANT}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/${TENANT}/oauth2/v2.0/token`,
        jwks_uri: `${base}/${TENANT}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        code_challenge_methods_supported: ['plain', 'S256'],
      });
    }
    if (url.pathname === `/${TENANT}/discovery/v2.0/keys`) return json(res, 200, { keys: [jwk] });
    if (url.pathname === `/${TENANT}/oauth2/v2.0/token`) {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => void tokenAnswer(nonces.get(new URLSearchParams(raw).get('code') ?? '') ?? '', res));
      return;
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = `${base}/${TENANT}/v2.0`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  discoveryIssuer = (i) => i;
  tokenAnswer = async (nonce, res) => {
    const now = Math.floor(Date.now() / 1000);
    const id_token = await sign({ iss: issuer, aud: CLIENT, sub: 'AAAA-sub', iat: now, exp: now + 3600, nonce, tid: TENANT, preferred_username: 'ada@contoso.com', upn: 'ada@contoso.com' });
    json(res, 200, { access_token: 'at', token_type: 'Bearer', expires_in: 3600, id_token });
  };
});

/** What the browser would have caught: the consume URI with a code (or the error the IdP sent). */
function windowReturning(params: (authorize: URL) => Record<string, string>): AuthWindow {
  return {
    async open(url): Promise<AuthWindowOutcome> {
      const authorize = new URL(url);
      const answer = params(authorize);
      if (answer.code) nonces.set(answer.code, authorize.searchParams.get('nonce') ?? '');
      const back = new URLSearchParams({ ...answer, state: authorize.searchParams.get('state') ?? '' });
      return { kind: 'redirect', url: `${CONSUME}?${back}` };
    },
  };
}

const run = (idpKind: IdpKind, authWindow: AuthWindow, issuerUrl = `${issuer}/.well-known/openid-configuration`) =>
  runTestLogin({
    config: { id: '00000000-0000-4000-8000-000000000001', orgId: 'acme', clientId: CLIENT, issuerUrl, requestGroups: true, idpKind },
    secret: 'Abc8Q~secret-value-0123456789abcdefghijkl',
    authWindow,
    fetch,
    timeouts: { networkMs: 5_000, loginMs: 5_000 },
  });

describe('test login with the Entra profile', () => {
  it('accepts the pasted metadata document URL, asks for no "groups" scope, and names the missing email in Entra’s words', async () => {
    let scope = '';
    const result = await run('entra', windowReturning((a) => ((scope = a.searchParams.get('scope') ?? ''), { code: 'c-1' })));
    expect(scope).toBe('openid email profile');
    expect(result.outcome).toBe('failure');
    expect(result.diagnosis?.code).toBe('ENTRA_EMAIL_CLAIM_MISSING');
    expect(result.claims?.preferred_username).toBe('ada@contoso.com');
  });

  it('the same token in an Okta configuration is the shared EMAIL_CLAIM_MISSING', async () => {
    const result = await run('okta', windowReturning(() => ({ code: 'c-2' })));
    expect(result.diagnosis?.code).toBe('EMAIL_CLAIM_MISSING');
  });

  it('an AADSTS error at the redirect URI ends with its code and number', async () => {
    const result = await run(
      'entra',
      windowReturning(() => ({ error: 'access_denied', error_description: "AADSTS50105: Your administrator has configured the application Hugging Face SSO ('x') to block users unless they are specifically granted ('assigned') access to the application." })),
    );
    expect(result.diagnosis).toMatchObject({ code: 'ENTRA_USER_NOT_ASSIGNED', evidence: { aadsts: '50105' } });
  });

  it('AADSTS7000215 at the token endpoint is ENTRA_SECRET_INVALID, without an HTTP Basic probe', async () => {
    let calls = 0;
    tokenAnswer = async (_nonce, res) => {
      calls += 1;
      json(res, 401, {
        error: 'invalid_client',
        error_description: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'x'.\r\nTrace ID: t\r\nCorrelation ID: c",
        error_codes: [7000215],
      });
    };
    const result = await run('entra', windowReturning(() => ({ code: 'c-3' })));
    expect(result.diagnosis).toMatchObject({ code: 'ENTRA_SECRET_INVALID', evidence: { aadsts: '7000215' } });
    expect(calls).toBe(1);
  });

  it('an overage indicator passes the login with ENTRA_GROUPS_OVERAGE as a warning', async () => {
    tokenAnswer = async (nonce, res) => {
      const now = Math.floor(Date.now() / 1000);
      const id_token = await sign({ iss: issuer, aud: CLIENT, sub: 's', iat: now, exp: now + 3600, nonce, email: 'ada@contoso.com', _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/s/getMemberObjects' } } });
      json(res, 200, { access_token: 'at', token_type: 'Bearer', id_token });
    };
    const result = await run('entra', windowReturning(() => ({ code: 'c-4' })));
    expect(result.outcome).toBe('success');
    expect(result.warnings.map((w) => w.code)).toContain('ENTRA_GROUPS_OVERAGE');
  });

  it('an IdP that posts a SAML response where an OIDC redirect was expected fails with AUTHORIZE_ERROR saying so, none of the response kept', async () => {
    const samlResponse = Buffer.from('<samlp:Response><saml:NameID>ada@contoso.com</saml:NameID></samlp:Response>').toString('base64');
    const result = await run('entra', { open: async () => ({ kind: 'saml-post', url: CONSUME, samlResponse, relayState: 'rs-secret' }) });
    expect(result.outcome).toBe('failure');
    expect(result.diagnosis?.code).toBe('AUTHORIZE_ERROR');
    expect(String(result.diagnosis?.evidence.detail)).toContain('posted a SAML response');
    expect(JSON.stringify(result)).not.toContain(samlResponse);
    expect(JSON.stringify(result)).not.toContain('rs-secret');
  });

  it('a discovery issuer with {tenantid} is ENTRA_ISSUER_TENANT_PLACEHOLDER, not a bare mismatch, and no window opens', async () => {
    discoveryIssuer = () => 'https://login.microsoftonline.com/{tenantid}/v2.0';
    let opened = false;
    const result = await run('entra', { open: async () => ((opened = true), { kind: 'closed' }) });
    expect(result.diagnosis?.code).toBe('ENTRA_ISSUER_TENANT_PLACEHOLDER');
    expect(opened).toBe(false);
  });
});

describe('test login with the Google profile', () => {
  it('invalid_client at the token endpoint is GOOGLE_CLIENT_SECRET_INVALID, without an HTTP Basic probe', async () => {
    let calls = 0;
    tokenAnswer = async (_nonce, res) => {
      calls += 1;
      json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
    };
    const result = await run('google', windowReturning(() => ({ code: 'g-1' })));
    expect(result.diagnosis).toMatchObject({ code: 'GOOGLE_CLIENT_SECRET_INVALID', evidence: { googleError: 'invalid_client', status: '401' } });
    expect(calls).toBe(1);
  });

  it('the same answer in an Okta configuration goes through the Basic probe and is INVALID_CLIENT_SECRET', async () => {
    let calls = 0;
    tokenAnswer = async (_nonce, res) => {
      calls += 1;
      json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
    };
    const result = await run('okta', windowReturning(() => ({ code: 'g-2' })));
    expect(result.diagnosis?.code).toBe('INVALID_CLIENT_SECRET');
    // The post, then the probe with form-encoded credentials, and once more raw (the secret's "~" encodes differently).
    expect(calls).toBe(3);
  });
});
