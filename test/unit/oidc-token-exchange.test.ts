/**
 * The code exchange against a tiny token endpoint on 127.0.0.1 that answers
 * what real ones do: proves the Hub's way (client_secret_post, no Basic
 * header), the one Basic probe with a dummy code, and the odd answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exchangeCode, type ExchangeInput } from '../../main/core/oidc/token-exchange';

interface Seen {
  authorization?: string;
  body: URLSearchParams;
}
let server: Server;
let base: string;
let seen: Seen[] = [];
let respond: (req: Seen, res: ServerResponse) => void;
let sign: (claims: Record<string, unknown>) => Promise<string>;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);
  server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const s: Seen = { authorization: req.headers.authorization, body: new URLSearchParams(raw) };
      seen.push(s);
      respond(s, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const r of hanging) r.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  seen = [];
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

function input(overrides: Partial<ExchangeInput> = {}): ExchangeInput {
  return {
    metadata: { issuer: base, authorization_endpoint: `${base}/authorize`, token_endpoint: `${base}/token`, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] },
    clientId: '0oa-client',
    secret: 'the-client-secret-0123456789',
    callbackUrl: new URL('https://huggingface.co/organizations/acme/oidc/consume?code=REAL-CODE-42&state=st4te'),
    expectedState: 'st4te',
    expectedNonce: 'n0nce',
    codeVerifier: 'v'.repeat(43),
    timeoutMs: 2000,
    signal: new AbortController().signal,
    allowHttp: true,
    clockSkewSeconds: 0,
    fetch,
    ...overrides,
  };
}

describe('exchangeCode', () => {
  it('sends the secret in the body (client_secret_post), never as Basic, and returns the claims', async () => {
    respond = async (_s, res) => {
      const now = Math.floor(Date.now() / 1000);
      json(res, 200, { access_token: 'at', token_type: 'Bearer', id_token: await sign({ iss: base, aud: '0oa-client', sub: 'u1', iat: now, exp: now + 600, nonce: 'n0nce', email: 'a@b.c' }) });
    };
    const out = await exchangeCode(input());
    expect(out).toMatchObject({ kind: 'tokens', claims: { sub: 'u1', email: 'a@b.c' } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.authorization).toBeUndefined();
    expect(seen[0]!.body.get('client_secret')).toBe('the-client-secret-0123456789');
    expect(seen[0]!.body.get('client_id')).toBe('0oa-client');
    expect(seen[0]!.body.get('code')).toBe('REAL-CODE-42');
    expect(seen[0]!.body.get('code_verifier')).toBe('v'.repeat(43));
    expect(seen[0]!.body.get('redirect_uri')).toBe('https://huggingface.co/organizations/acme/oidc/consume');
  });

  it('on invalid_client (a 401 challenge), probes Basic once with a dummy code; invalid_grant there means "expects Basic"', async () => {
    respond = (s, res) => {
      if (!s.authorization) return json(res, 401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic realm="okta", error="invalid_client", error_description="Client authentication failed."' });
      return json(res, 400, { error: 'invalid_grant', error_description: 'The authorization code is invalid or has expired.' });
    };
    const out = await exchangeCode(input());
    expect(out).toMatchObject({ kind: 'failed', diagnosis: { code: 'CLIENT_EXPECTS_BASIC', evidence: { basicProbe: 'authenticated', error: 'invalid_client' } } });
    expect(seen).toHaveLength(2);
    const probe = seen[1]!;
    expect(probe.body.get('client_secret')).toBeNull();
    expect(probe.body.get('code')).not.toBe('REAL-CODE-42');
    const [id, secret] = Buffer.from(probe.authorization!.replace(/^Basic /, ''), 'base64').toString().split(':');
    expect(decodeURIComponent(id!)).toBe('0oa-client');
    expect(decodeURIComponent(secret!)).toBe('the-client-secret-0123456789');
    expect(JSON.stringify(out)).not.toMatch(/the-client-secret|REAL-CODE-42/);
  });

  it('when Basic is refused too, Okta’s sentence names the problem', async () => {
    respond = (_s, res) => json(res, 401, { error: 'invalid_client', error_description: 'The client secret supplied for a confidential client is invalid.' });
    const out = await exchangeCode(input());
    expect(out).toMatchObject({ kind: 'failed', diagnosis: { code: 'INVALID_CLIENT_SECRET', evidence: { basicProbe: 'rejected' } } });
    // Encoded credentials differ from the raw ones ("-"), so the raw form was tried as well: 1 post + 2 probes at most.
    expect(seen.length).toBeLessThanOrEqual(3);
  });

  it('reports other token errors in the IdP’s words, without probing', async () => {
    respond = (_s, res) => json(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed.' });
    const out = await exchangeCode(input());
    expect(out).toMatchObject({ kind: 'failed', diagnosis: { code: 'TOKEN_ENDPOINT_ERROR', evidence: { error: 'invalid_grant', error_description: 'PKCE verification failed.' } } });
    expect(seen).toHaveLength(1);
  });

  it('reports an HTML 500 as TOKEN_ENDPOINT_ERROR', async () => {
    respond = (_s, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>oops</h1>');
    };
    expect(await exchangeCode(input())).toMatchObject({ kind: 'failed', diagnosis: { code: 'TOKEN_ENDPOINT_ERROR' } });
  });

  it('gives up on a hanging token endpoint after the timeout, and stops at once when cancelled', async () => {
    respond = (_s, res) => void hanging.push(res);
    const t0 = Date.now();
    expect(await exchangeCode(input({ timeoutMs: 1000 }))).toMatchObject({ kind: 'failed', diagnosis: { code: 'TOKEN_ENDPOINT_TIMEOUT', cause: expect.stringContaining('within 1 s'), evidence: { failure: 'timeout', layer: 'timeout', timeoutMs: '1000' } } });
    expect(Date.now() - t0).toBeLessThan(2500);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const t1 = Date.now();
    expect(await exchangeCode(input({ timeoutMs: 10_000, signal: controller.signal }))).toEqual({ kind: 'cancelled' });
    expect(Date.now() - t1).toBeLessThan(1000);
  });

  it('reports a refused connection as TOKEN_ENDPOINT_UNREACHABLE', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const out = await exchangeCode(input({ metadata: { ...input().metadata, token_endpoint: `http://127.0.0.1:${port}/token` } }));
    expect(out).toMatchObject({ kind: 'failed', diagnosis: { code: 'TOKEN_ENDPOINT_UNREACHABLE', evidence: { failure: 'refused' } } });
  });
});
