/**
 * The issuer check against tiny real HTTP(S) servers on 127.0.0.1 that answer
 * the odd things real issuers answer: 404, HTML, a hang, another issuer, a TLS
 * certificate nobody trusts, an empty key set.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssuer, runIssuerCheck } from '../../main/core/oidc/issuer-check';
import { NetworkFailure } from '../../main/core/oidc/http';
import { createIssuerCache } from '../../main/core/oidc/issuer-cache';
import type { IssuerCheckResult } from '../../common/contract';

let server: Server;
let base: string;
let jwk: Record<string, unknown>;
const hanging = new Set<ServerResponse>();
let requests: string[] = [];

function discovery(issuer: string, overrides: Record<string, unknown> = {}) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorize`,
    token_endpoint: `${issuer}/v1/token`,
    jwks_uri: `${issuer}/v1/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt', 'none'],
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'email', 'profile', 'groups', 'offline_access'],
    subject_types_supported: ['public'],
    ...overrides,
  };
}

/** Each first path segment is one kind of issuer. */
function route(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', base);
  requests.push(url.pathname + url.search);
  const [, kind] = url.pathname.split('/');
  const issuer = `${base}/${kind}`;
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const isDiscovery = url.pathname.endsWith('/.well-known/openid-configuration');
  const isKeys = url.pathname.endsWith('/v1/keys');
  switch (kind) {
    case 'good':
      return isDiscovery ? json(200, discovery(issuer)) : isKeys ? json(200, { keys: [jwk] }) : json(404, {});
    case 'mismatch':
      return isDiscovery ? json(200, discovery(`${base}/elsewhere`)) : json(200, { keys: [jwk] });
    case 'notfound':
      return json(404, { errorCode: 'E0000022', errorSummary: 'The endpoint does not support the provided HTTP method' });
    case 'needsclient':
      // An Okta org server that only answers discovery for a known app.
      if (isDiscovery && url.searchParams.get('client_id') === '0oaknown') return json(200, discovery(issuer));
      return isKeys ? json(200, { keys: [jwk] }) : json(404, {});
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html><body>Sign in</body></html>');
    case 'incomplete':
      return json(200, { issuer });
    case 'huge':
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(`{"issuer":"${issuer}","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    case 'hang':
      hanging.add(res);
      return;
    case 'hangkeys':
      if (isDiscovery) return json(200, discovery(issuer));
      hanging.add(res);
      return;
    case 'nokeys':
      return isDiscovery ? json(200, discovery(issuer)) : json(200, { keys: [{ kty: 'oct', k: 'c2VjcmV0' }, { ...jwk, use: 'enc' }] });
    case 'basiconly':
      return isDiscovery
        ? json(200, discovery(issuer, { token_endpoint_auth_methods_supported: ['client_secret_basic'], scopes_supported: ['openid', 'profile'] }))
        : json(200, { keys: [jwk] });
    case 'bare':
      // Only what discovery requires: the optional capability lists are absent.
      return isDiscovery
        ? json(200, { issuer, authorization_endpoint: `${issuer}/a`, token_endpoint: `${issuer}/t`, jwks_uri: `${issuer}/v1/keys`, response_types_supported: ['code'] })
        : json(200, { keys: [jwk] });
    case 'error500':
      return json(503, { error: 'unavailable' });
    default:
      return json(404, {});
  }
}

beforeAll(async () => {
  const { publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  jwk = { ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig', alg: 'RS256' };
  server = createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const byId = (r: IssuerCheckResult, id: string) => r.checks.find((c) => c.id === id)!;

describe('checkIssuer', () => {
  it('passes every check for a healthy Okta-like issuer, and fills the cache', async () => {
    const cache = createIssuerCache();
    const result = await checkIssuer(`  ${base}/good/ `, { cache, timeoutMs: 2000, fetch });
    expect(result.ok).toBe(true);
    expect(result.normalizedIssuer).toBe(`${base}/good`);
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['url', 'pass'],
      ['reachable', 'pass'],
      ['discovery', 'pass'],
      ['issuer', 'pass'],
      ['jwks', 'pass'],
      ['response-type', 'pass'],
      ['token-auth', 'pass'],
      ['pkce', 'pass'],
      ['scopes', 'pass'],
    ]);
    expect(result.checks.every((c) => c.diagnosis === undefined)).toBe(true);
    const entry = cache.get(`${base}/good`);
    expect(entry?.metadata.token_endpoint).toBe(`${base}/good/v1/token`);
    expect(entry?.jwks.keys).toHaveLength(1);
    cache.invalidate(`${base}/good`);
    expect(cache.get(`${base}/good`)).toBeUndefined();
  });

  it('accepts a pasted discovery URL', async () => {
    const result = await checkIssuer(`${base}/good/.well-known/openid-configuration`, { timeoutMs: 2000, fetch });
    expect(result.ok).toBe(true);
    expect(result.normalizedIssuer).toBe(`${base}/good`);
  });

  it('reports a different issuer in discovery as ISSUER_MISMATCH, with both values', async () => {
    const result = await checkIssuer(`${base}/mismatch`, { timeoutMs: 2000, fetch });
    expect(result.ok).toBe(false);
    const issuer = byId(result, 'issuer');
    expect(issuer.status).toBe('fail');
    expect(issuer.diagnosis?.code).toBe('ISSUER_MISMATCH');
    expect(issuer.diagnosis?.evidence).toMatchObject({ entered: `${base}/mismatch`, issuer: `${base}/elsewhere` });
  });

  it('reports 404 as ISSUER_NOT_FOUND and skips the rest', async () => {
    const result = await checkIssuer(`${base}/notfound`, { timeoutMs: 2000, fetch });
    expect(byId(result, 'reachable').status).toBe('pass');
    expect(byId(result, 'discovery').diagnosis?.code).toBe('ISSUER_NOT_FOUND');
    expect(byId(result, 'jwks').status).toBe('skipped');
    expect(result.ok).toBe(false);
  });

  it('retries an org server discovery with ?client_id= after a 404', async () => {
    requests = [];
    const result = await checkIssuer(`${base}/needsclient`, { clientId: '0oaknown', timeoutMs: 2000, fetch });
    expect(result.ok).toBe(true);
    expect(requests).toContain('/needsclient/.well-known/openid-configuration?client_id=0oaknown');
    const without = await checkIssuer(`${base}/needsclient`, { timeoutMs: 2000, fetch });
    expect(byId(without, 'discovery').diagnosis?.code).toBe('ISSUER_NOT_FOUND');
  });

  it('reports HTML, missing fields, oversized bodies and 5xx as DISCOVERY_INVALID', async () => {
    for (const kind of ['html', 'incomplete', 'huge', 'error500']) {
      const result = await checkIssuer(`${base}/${kind}`, { timeoutMs: 5000, fetch });
      expect(byId(result, 'discovery').diagnosis?.code, kind).toBe('DISCOVERY_INVALID');
      expect(result.ok).toBe(false);
      // An HTTP status names its layer and the host.
      if (kind === 'error500') expect(byId(result, 'discovery').diagnosis!.cause).toBe(`HTTP status: ${new URL(base).host} answered HTTP 503 instead of its discovery document.`);
    }
  });

  it('reports a key set without signing keys as JWKS_UNUSABLE', async () => {
    const result = await checkIssuer(`${base}/nokeys`, { timeoutMs: 2000, fetch });
    expect(byId(result, 'jwks').diagnosis?.code).toBe('JWKS_UNUSABLE');
    expect(result.ok).toBe(false);
  });

  it('fails client_secret_post and missing email scope when not advertised', async () => {
    const result = await checkIssuer(`${base}/basiconly`, { timeoutMs: 2000, fetch });
    expect(byId(result, 'token-auth')).toMatchObject({ status: 'fail', diagnosis: { code: 'CLIENT_SECRET_POST_UNSUPPORTED' } });
    expect(byId(result, 'scopes')).toMatchObject({ status: 'fail', diagnosis: { code: 'SCOPES_MISSING', evidence: { missing: 'email' } } });
    expect(result.ok).toBe(false);
  });

  it('warns (not fails) when optional capabilities are not advertised', async () => {
    const result = await checkIssuer(`${base}/bare`, { timeoutMs: 2000, fetch });
    expect(byId(result, 'token-auth')).toMatchObject({ status: 'warn', diagnosis: { code: 'CLIENT_SECRET_POST_UNSUPPORTED' } });
    expect(byId(result, 'pkce').status).toBe('warn');
    expect(byId(result, 'scopes').status).toBe('warn');
    expect(result.ok).toBe(true);
  });

  it('answers within its timeout against an issuer that never responds (ISSUER_TIMEOUT)', async () => {
    const started = Date.now();
    const result = await checkIssuer(`${base}/hang`, { timeoutMs: 400, fetch });
    const took = Date.now() - started;
    expect(byId(result, 'reachable').diagnosis?.code).toBe('ISSUER_TIMEOUT');
    expect(took).toBeGreaterThanOrEqual(380);
    expect(took).toBeLessThan(1500);
  });

  it('bounds the JWKS request too', async () => {
    const started = Date.now();
    const result = await checkIssuer(`${base}/hangkeys`, { timeoutMs: 400, fetch });
    expect(byId(result, 'jwks').diagnosis).toMatchObject({ code: 'JWKS_UNUSABLE', evidence: { failure: 'ISSUER_TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const err = await runIssuerCheck(`${base}/hang`, { timeoutMs: 10_000, signal: controller.signal, fetch }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkFailure);
    expect((err as NetworkFailure).kind).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('tells a refused connection (ISSUER_UNREACHABLE) from a host that does not exist (ISSUER_DNS_FAILED)', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = await checkIssuer(`http://127.0.0.1:${port}`, { timeoutMs: 2000, fetch });
    expect(byId(refused, 'reachable').diagnosis?.code).toBe('ISSUER_UNREACHABLE');

    // `.invalid` is reserved (RFC 2606): it never resolves.
    const dns = await checkIssuer('https://acme-sso-assistant-test.invalid', { timeoutMs: 5000, fetch });
    expect(byId(dns, 'reachable').diagnosis).toMatchObject({ code: 'ISSUER_DNS_FAILED', evidence: { host: 'acme-sso-assistant-test.invalid' } });
  });

  it('reports a certificate nobody trusts as TLS_UNTRUSTED_ISSUER', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'issuer-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
      const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
      await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
      try {
        const result = await checkIssuer(`https://127.0.0.1:${(tls.address() as AddressInfo).port}`, { timeoutMs: 2000, fetch });
        // A self-signed leaf is its own untrusted issuer (OpenSSL: DEPTH_ZERO_SELF_SIGNED_CERT).
        expect(byId(result, 'reachable').diagnosis?.code).toBe('TLS_UNTRUSTED_ISSUER');
      } finally {
        tls.closeAllConnections();
        await new Promise((r) => tls.close(r));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses plain http outside loopback and the Okta admin console host without a request', async () => {
    const http = await checkIssuer('http://acme.okta.com', { fetch });
    expect(byId(http, 'url').diagnosis?.code).toBe('ISSUER_NOT_HTTPS');
    expect(byId(http, 'reachable').status).toBe('skipped');
    const admin = await checkIssuer('https://acme-admin.okta.com', { fetch });
    expect(byId(admin, 'url').diagnosis).toMatchObject({ code: 'ISSUER_ADMIN_CONSOLE_URL', evidence: { suggestedIssuer: 'https://acme.okta.com' } });
    expect(admin.ok).toBe(false);
  });
});
