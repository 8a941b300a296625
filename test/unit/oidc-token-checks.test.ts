/**
 * The ID token checks with real keys and real signatures (jose), and the
 * mapping of openid-client's own validation errors, produced by running
 * openid-client's real validation on crafted token responses.
 */
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import * as client from 'openid-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEmailClaims, checkIssuedAt, verifyIdTokenSignature } from '../../main/core/oidc/id-token-checks';
import { validationErrorDiagnosis } from '../../main/core/oidc/token-errors';
import { invalidClientCode } from '../../main/core/oidc/token-exchange';
import type { JWKS } from '../../main/core/oidc/discovery';

const ISSUER = 'https://acme.okta.com';
const CLIENT_ID = '0oahub';
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: PrivateKey;
let strangerKey: PrivateKey;
let jwks: JWKS;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { modulusLength: 2048 });
  privateKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256', { modulusLength: 2048 })).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
});

const now = () => Math.floor(Date.now() / 1000);
const baseClaims = () => ({ iss: ISSUER, aud: CLIENT_ID, sub: '00ualice', iat: now(), exp: now() + 3600, nonce: 'n-1', email: 'alice@acme.example' });
const sign = (claims: Record<string, unknown>, key = privateKey, kid = 'k1') => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(key);

describe('verifyIdTokenSignature', () => {
  it('accepts a token signed by a key in the JWKS', async () => {
    expect(await verifyIdTokenSignature(await sign(baseClaims()), jwks, ['RS256'])).toEqual({ ok: true, alg: 'RS256' });
  });

  it('rejects a stranger’s signature under a known kid as ID_TOKEN_BAD_SIGNATURE', async () => {
    const v = await verifyIdTokenSignature(await sign(baseClaims(), strangerKey), jwks, ['RS256']);
    expect(v).toMatchObject({ ok: false, noMatchingKey: false, diagnosis: { code: 'ID_TOKEN_BAD_SIGNATURE' } });
  });

  it('flags an unknown kid so the caller can refetch the JWKS', async () => {
    const v = await verifyIdTokenSignature(await sign(baseClaims(), strangerKey, 'other'), jwks, ['RS256']);
    expect(v).toMatchObject({ ok: false, noMatchingKey: true, diagnosis: { code: 'ID_TOKEN_BAD_SIGNATURE' } });
  });

  it('rejects alg none and algorithms the issuer does not advertise', async () => {
    const unsigned = `${base64url.encode(JSON.stringify({ alg: 'none' }))}.${base64url.encode(JSON.stringify(baseClaims()))}.`;
    expect(await verifyIdTokenSignature(unsigned, jwks, ['RS256'])).toMatchObject({ ok: false, diagnosis: { code: 'ID_TOKEN_UNSIGNED' } });
    const hs = await new SignJWT(baseClaims()).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('a-client-secret-a-client-secret-32'));
    expect(await verifyIdTokenSignature(hs, jwks, ['RS256'])).toMatchObject({ ok: false, diagnosis: { code: 'ID_TOKEN_ALG_NOT_ADVERTISED', evidence: { alg: 'HS256', advertised: 'RS256' } } });
  });
});

describe('checkIssuedAt', () => {
  const at = Date.parse('2026-01-01T00:00:00Z');
  const iat = (deltaSeconds: number) => ({ iat: at / 1000 + deltaSeconds });
  it('tolerates a few seconds', () => expect(checkIssuedAt(iat(5), at)).toEqual({}));
  it('warns about clock skew beyond 5 s', () => expect(checkIssuedAt(iat(60), at).warning?.code).toBe('CLOCK_SKEW'));
  it('fails beyond 5 minutes', () => expect(checkIssuedAt(iat(301), at).failure?.code).toBe('ID_TOKEN_NOT_YET_VALID'));
  it('ignores the past', () => expect(checkIssuedAt(iat(-3600), at)).toEqual({}));
});

describe('checkEmailClaims', () => {
  it('requires an email', () => expect(checkEmailClaims({ sub: 'x' }).failure?.code).toBe('EMAIL_CLAIM_MISSING'));
  it('warns when the email is not verified', () => expect(checkEmailClaims({ email: 'e@x', email_verified: false }).warning?.code).toBe('EMAIL_NOT_VERIFIED'));
  it('passes a verified email', () => expect(checkEmailClaims({ email: 'e@x', email_verified: true })).toEqual({}));
});

describe("openid-client's validation errors, named", () => {
  const server: client.ServerMetadata = {
    issuer: ISSUER,
    authorization_endpoint: `${ISSUER}/oauth2/v1/authorize`,
    token_endpoint: `${ISSUER}/oauth2/v1/token`,
    jwks_uri: `${ISSUER}/oauth2/v1/keys`,
    id_token_signing_alg_values_supported: ['RS256'],
  };
  const CALLBACK = new URL('https://huggingface.co/organizations/acme/oidc/consume?code=c0de&state=st4te');

  /** Runs openid-client's real response processing on a token response (an object, or a raw body) served by customFetch. */
  async function errorFor(tokenResponse: Record<string, unknown> | string, callback = CALLBACK): Promise<unknown> {
    const config = new client.Configuration(server, CLIENT_ID, 'secret');
    const body = typeof tokenResponse === 'string' ? tokenResponse : JSON.stringify(tokenResponse);
    config[client.customFetch] = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    return client
      .authorizationCodeGrant(config, callback, { expectedState: 'st4te', expectedNonce: 'n-1', pkceCodeVerifier: 'v'.repeat(43), idTokenExpected: true })
      .then(() => undefined, (e: unknown) => e);
  }
  const tokens = (idToken?: string) => ({ access_token: 'at', token_type: 'Bearer', ...(idToken ? { id_token: idToken } : {}) });
  const code = async (claims: Record<string, unknown>) => {
    const err = await errorFor(tokens(await sign(claims)));
    return validationErrorDiagnosis(err, { issuer: ISSUER, clientId: CLIENT_ID, advertisedAlgs: ['RS256'] });
  };

  it('wrong iss', async () => expect((await code({ ...baseClaims(), iss: 'https://evil.example' }))?.code).toBe('ID_TOKEN_WRONG_ISSUER'));
  it('wrong aud', async () => expect((await code({ ...baseClaims(), aud: 'someone-else' }))?.code).toBe('ID_TOKEN_WRONG_AUDIENCE'));
  it('aud array without azp', async () => expect((await code({ ...baseClaims(), aud: [CLIENT_ID, 'api://x'] }))?.code).toBe('ID_TOKEN_WRONG_AUDIENCE'));
  it('expired', async () => {
    const d = await code({ ...baseClaims(), iat: now() - 7200, exp: now() - 3600 });
    expect(d?.code).toBe('ID_TOKEN_EXPIRED');
    expect(d?.evidence.exp).toMatch(/^\d{4}-/);
  });
  it('nonce', async () => expect((await code({ ...baseClaims(), nonce: 'other' }))?.code).toBe('NONCE_MISMATCH'));
  it('missing id_token', async () => {
    const err = await errorFor(tokens());
    expect(validationErrorDiagnosis(err, { issuer: ISSUER, clientId: CLIENT_ID })?.code).toBe('ID_TOKEN_MISSING');
  });
  it('alg none and HS256 are refused by openid-client already, and named', async () => {
    const unsigned = `${base64url.encode(JSON.stringify({ alg: 'none' }))}.${base64url.encode(JSON.stringify(baseClaims()))}.`;
    expect(validationErrorDiagnosis(await errorFor(tokens(unsigned)), { issuer: ISSUER, clientId: CLIENT_ID })?.code).toBe('ID_TOKEN_UNSIGNED');
    const hs = await new SignJWT(baseClaims()).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('secret'.repeat(6)));
    expect(validationErrorDiagnosis(await errorFor(tokens(hs)), { issuer: ISSUER, clientId: CLIENT_ID })?.code).toBe('ID_TOKEN_ALG_NOT_ADVERTISED');
  });
  const named = async (tokenResponse: Record<string, unknown> | string, callback?: URL) =>
    validationErrorDiagnosis(await errorFor(tokenResponse, callback), { issuer: ISSUER, clientId: CLIENT_ID })?.code;
  it('a token response that is not JSON is the endpoint’s, whatever its text says', async () =>
    expect(await named('a JWT claim, not JSON')).toBe('TOKEN_ENDPOINT_ERROR'));
  it('an ID token whose header is not JSON', async () =>
    expect(await named(tokens(`${base64url.encode('not json')}.${base64url.encode(JSON.stringify(baseClaims()))}.sig`))).toBe('ID_TOKEN_INVALID'));
  it('a state repeated in the redirect', async () =>
    expect(await named(tokens(), new URL(`${CALLBACK.href}&state=st4te`))).toBe('STATE_MISMATCH'));
  it('an iss response parameter of another issuer', async () =>
    expect(await named(tokens(), new URL(`${CALLBACK.href}&iss=${encodeURIComponent('https://evil.example')}`))).toBe('ID_TOKEN_WRONG_ISSUER'));
  it('evidence never carries the token response or the nonce', async () => {
    const d = await code({ ...baseClaims(), nonce: 'THE-NONCE-VALUE' });
    expect(JSON.stringify(d)).not.toMatch(/THE-NONCE-VALUE|eyJ/);
  });
});

describe('invalidClientCode', () => {
  it.each([
    ["Invalid value for 'client_id' parameter.", '', 'INVALID_CLIENT_ID'],
    ['The client secret supplied for a confidential client is invalid.', '', 'INVALID_CLIENT_SECRET'],
    ['Client authentication failed. Either the client or the client credentials are invalid.', 'The client secret supplied for a confidential client is invalid.', 'INVALID_CLIENT_SECRET'],
    ['Client authentication failed. Either the client or the client credentials are invalid.', '', 'CLIENT_AUTH_FAILED'],
    ['', '', 'INVALID_CLIENT_SECRET'],
  ])('"%s" / "%s" → %s', (posted, probe, code) => expect(invalidClientCode(posted, probe)).toBe(code));
});
