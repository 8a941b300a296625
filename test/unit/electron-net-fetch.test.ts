/**
 * Electron's fetch port (main/electron/net-fetch.ts) against a fake of `net` that behaves as Electron's net.fetch
 * does: a Response whose `.url` is empty, and `net::ERR_…` rejections. The issuer check runs over it against a real
 * local server; Chromium's errors become the layer's own diagnosis, the proxy named by `session.resolveProxy`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { createElectronNetFetch } from '../../main/electron/net-fetch';
import { checkIssuer } from '../../main/core/oidc/issuer-check';
import { FakeNet, FakeProxySession } from './fakes/electron-net';
import type { IssuerCheckResult } from '../../common/contract';

let server: Server;
let base: string;
beforeAll(async () => {
  const { publicKey } = await generateKeyPair('RS256', { modulusLength: 2048 });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', use: 'sig', alg: 'RS256' };
  server = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') {
      return json({
        issuer: base, authorization_endpoint: `${base}/v1/authorize`, token_endpoint: `${base}/v1/token`, jwks_uri: `${base}/v1/keys`,
        response_types_supported: ['code'], token_endpoint_auth_methods_supported: ['client_secret_post'], code_challenge_methods_supported: ['S256'],
        id_token_signing_alg_values_supported: ['RS256'], scopes_supported: ['openid', 'email'],
      });
    }
    if (req.url === '/v1/keys') return json({ keys: [jwk] });
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const reachable = (r: IssuerCheckResult) => r.checks.find((c) => c.id === 'reachable')!;

describe('createElectronNetFetch', () => {
  it('runs the issuer check over net.fetch (whose Response.url is empty), without cookies or the HTTP cache', async () => {
    const net = new FakeNet();
    const result = await checkIssuer(base, { fetch: createElectronNetFetch({ net, session: { defaultSession: new FakeProxySession() } }), timeoutMs: 3000 });
    expect(result.ok).toBe(true);
    expect(net.calls.map((c) => c.url)).toEqual([`${base}/.well-known/openid-configuration`, `${base}/v1/keys`]);
    for (const call of net.calls) expect(call.init).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  it('names the proxy Chromium chose when the tunnel is refused (PROXY_REFUSED) or the proxy is down (PROXY_UNREACHABLE)', async () => {
    const net = new FakeNet();
    const session = new FakeProxySession('PROXY corp-proxy.acme.example:8080; DIRECT');
    const port = createElectronNetFetch({ net, session: { defaultSession: session } });
    net.failWith = 'ERR_TUNNEL_CONNECTION_FAILED';
    const refused = reachable(await checkIssuer('https://acme.okta.com', { fetch: port, timeoutMs: 3000 })).diagnosis!;
    expect(refused).toMatchObject({ code: 'PROXY_REFUSED', evidence: { layer: 'proxy', host: 'acme.okta.com', proxy: 'corp-proxy.acme.example:8080' } });
    expect(refused.cause).toBe('Proxy: the proxy corp-proxy.acme.example:8080 refused to open a tunnel to acme.okta.com:443 (ERR_TUNNEL_CONNECTION_FAILED).');
    expect(session.asked).toContain('https://acme.okta.com/.well-known/openid-configuration');

    net.failWith = 'ERR_PROXY_AUTH_REQUESTED';
    expect(reachable(await checkIssuer('https://acme.okta.com', { fetch: port, timeoutMs: 3000 })).diagnosis).toMatchObject({
      code: 'PROXY_REFUSED', title: 'The proxy asks for authentication (407)', evidence: { proxyStatus: '407' },
    });

    net.failWith = 'ERR_PROXY_CONNECTION_FAILED';
    expect(reachable(await checkIssuer('https://acme.okta.com', { fetch: port, timeoutMs: 3000 })).diagnosis).toMatchObject({
      code: 'PROXY_UNREACHABLE', evidence: { proxy: 'corp-proxy.acme.example:8080' },
    });
  });

  it('reads the untrusted issuer through the same proxy after ERR_CERT_AUTHORITY_INVALID (TLS_UNTRUSTED_ISSUER)', async () => {
    const net = new FakeNet();
    net.failWith = 'ERR_CERT_AUTHORITY_INVALID';
    const probed: { url: string; proxy?: string }[] = [];
    const port = createElectronNetFetch({
      net,
      session: { defaultSession: new FakeProxySession('PROXY corp-proxy.acme.example:8080') },
      probeIssuer: async (url, options) => (probed.push({ url, proxy: options.proxy }), 'CN=Acme Inspection CA, O=Acme Corp'),
    });
    const d = reachable(await checkIssuer('https://acme.okta.com', { fetch: port, timeoutMs: 3000 })).diagnosis!;
    expect(d).toMatchObject({ code: 'TLS_UNTRUSTED_ISSUER', evidence: { layer: 'TLS', host: 'acme.okta.com', issuer: 'CN=Acme Inspection CA, O=Acme Corp' } });
    expect(d.title).toBe('The certificate of acme.okta.com is issued by “CN=Acme Inspection CA, O=Acme Corp”, which this app does not trust');
    expect(probed).toEqual([{ url: 'https://acme.okta.com/.well-known/openid-configuration', proxy: 'http://corp-proxy.acme.example:8080' }]);
  });

  it('gives DNS, connect and timeout their own codes and layers', async () => {
    const net = new FakeNet();
    const port = createElectronNetFetch({ net, session: { defaultSession: new FakeProxySession() } });
    const cases = [
      ['ERR_NAME_NOT_RESOLVED', 'ISSUER_DNS_FAILED', 'DNS'],
      ['ERR_CONNECTION_REFUSED', 'ISSUER_UNREACHABLE', 'connect'],
      ['ERR_CONNECTION_TIMED_OUT', 'ISSUER_TIMEOUT', 'timeout'],
      ['ERR_CERT_DATE_INVALID', 'ISSUER_TLS_FAILED', 'TLS'],
    ] as const;
    for (const [error, code, layer] of cases) {
      net.failWith = error;
      expect(reachable(await checkIssuer('https://acme.okta.com', { fetch: port, timeoutMs: 3000 })).diagnosis, error).toMatchObject({ code, evidence: { layer, host: 'acme.okta.com' } });
    }
  });
});
