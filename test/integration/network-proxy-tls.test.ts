/**
 * The corporate network, for real: the Okta-like IdP served over https as `idp.corp.test` with a certificate from
 * a throwaway CA (a TLS-inspecting proxy's root), reachable only through an HTTP CONNECT proxy on 127.0.0.1 (nothing
 * else resolves that name). Browser mode's fetch port (main/browser/proxy-aware-fetch.ts) goes through the proxy
 * and trusts the CA with --ca-file; the login window's Chromium gets the same proxy and root
 * (chromium-network-args.ts). Every failure has its own code, the layer and the host: never a generic network error.
 */
import fs from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { makeThrowawayCa, THROWAWAY_CA_CN, type ThrowawayCa } from '../fixtures/net-kit/throwaway-ca';
import { startConnectProxy, type ConnectProxy } from '../fixtures/net-kit/connect-proxy';
import { secretServiceAvailable } from './keychain-available';
import { checkIssuer } from '../../main/core/oidc/issuer-check';
import { createProxyAwareFetch, type ProxyAwareFetchOptions } from '../../main/browser/proxy-aware-fetch';
import { readCaFile } from '../../main/browser/ca-file';
import { chromiumNetworkArgs } from '../../main/browser/chromium-network-args';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { createServices, type AppServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import { createKeytarVault } from '../../main/core/secrets/keytar-vault';
import type { HttpFetch } from '../../main/core/ports';
import type { CallName, CallOutput, Diagnosis, IssuerCheckResult } from '../../common/contract';

const IDP_HOST = 'idp.corp.test';
let ca: ThrowawayCa;
let idp: OktaLikeIdp;
let hangingIdp: OktaLikeIdp;
let proxy: ConnectProxy;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  ca = makeThrowawayCa([IDP_HOST]);
  const tls = { key: ca.key, cert: ca.chain, hostname: IDP_HOST };
  idp = await startOktaLikeIdp({ tls });
  hangingIdp = await startOktaLikeIdp({ tls, hangToken: true });
  proxy = await startConnectProxy({ hosts: { [IDP_HOST]: '127.0.0.1' } });
});
afterAll(async () => {
  for (const close of closers) await close();
  await proxy?.close();
  await idp?.close();
  await hangingIdp?.close();
  ca?.dispose();
});

/** Browser mode's fetch, counted: every request the core makes must go through the port it was given. */
function portFetch(options: ProxyAwareFetchOptions): { fetch: HttpFetch; calls: string[] } {
  const net = createProxyAwareFetch({ env: {}, ...options });
  closers.push(net.close);
  const calls: string[] = [];
  return { fetch: (input, init) => (calls.push(String(input instanceof Request ? input.url : input)), net.fetch(input, init)), calls };
}
const trusted = () => readCaFile(ca.caFile);
const reachable = (r: IssuerCheckResult) => r.checks.find((c) => c.id === 'reachable')!;
const connectsTo = (target: OktaLikeIdp) => proxy.connects.filter((c) => c === new URL(target.origin).host).length;

describe('the issuer check behind a proxy and a TLS-inspecting CA', () => {
  it('passes through the proxy with the CA trusted (--ca-file), and the IdP is reachable only through it', async () => {
    proxy.mode = 'pass';
    const before = connectsTo(idp);
    const port = portFetch({ proxy: proxy.url, extraCaPems: trusted() });
    const result = await checkIssuer(idp.orgIssuer, { fetch: port.fetch, timeoutMs: 5000 });
    expect(result.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(port.calls).toEqual([`${idp.orgIssuer}/.well-known/openid-configuration`, `${idp.orgIssuer}/oauth2/v1/keys`]);
    expect(connectsTo(idp) - before).toBeGreaterThanOrEqual(1);

    // Without the proxy the host does not even resolve: the pass above went through it.
    const direct = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
    expect(reachable(direct).diagnosis).toMatchObject({ code: 'ISSUER_DNS_FAILED', evidence: { layer: 'DNS', host: IDP_HOST } });
    expect(reachable(direct).diagnosis!.cause).toContain(`DNS: the host name ${IDP_HOST} could not be resolved`);
  });

  it('honours HTTPS_PROXY, and NO_PROXY for the hosts it lists; --proxy overrides the environment', async () => {
    proxy.mode = 'pass';
    const viaEnv = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ env: { HTTPS_PROXY: proxy.url }, extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
    expect(viaEnv.ok).toBe(true);
    const bypassed = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ env: { HTTPS_PROXY: proxy.url, NO_PROXY: 'corp.test' }, extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
    expect(reachable(bypassed).diagnosis?.code).toBe('ISSUER_DNS_FAILED');
    const overridden = await checkIssuer(idp.orgIssuer, {
      fetch: portFetch({ proxy: proxy.url, env: { HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: 'corp.test' }, extraCaPems: trusted() }).fetch,
      timeoutMs: 5000,
    });
    expect(overridden.ok).toBe(true);
  });

  it('trusts the OS bundle (SSL_CERT_FILE, as a root added to the distribution bundle) and NODE_EXTRA_CA_CERTS, not only --ca-file', async () => {
    proxy.mode = 'pass';
    const viaOsBundle = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: proxy.url, env: { SSL_CERT_FILE: ca.caFile } }).fetch, timeoutMs: 5000 });
    expect(viaOsBundle.ok).toBe(true);
    const viaNodeExtra = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: proxy.url, env: { NODE_EXTRA_CA_CERTS: ca.caFile } }).fetch, timeoutMs: 5000 });
    expect(viaNodeExtra.ok).toBe(true);
  });

  it('fails with PROXY_REFUSED naming the proxy and its 403', async () => {
    proxy.mode = 'refuse';
    try {
      const result = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: proxy.url, extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
      const d = reachable(result).diagnosis!;
      expect(d).toMatchObject({ code: 'PROXY_REFUSED', evidence: { layer: 'proxy', host: IDP_HOST, proxy: proxy.hostPort, proxyStatus: '403' } });
      expect(d.title).toBe(`The proxy refused to connect to ${IDP_HOST} (403)`);
      expect(d.cause).toContain(`the proxy ${proxy.hostPort} answered 403`);
    } finally {
      proxy.mode = 'pass';
    }
  });

  it('says a 407 means proxy authentication, and passes with the credentials in --proxy', async () => {
    proxy.mode = 'require-auth';
    try {
      const result = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: proxy.url, extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
      const d = reachable(result).diagnosis!;
      expect(d).toMatchObject({ code: 'PROXY_REFUSED', title: 'The proxy asks for authentication (407)', evidence: { proxyStatus: '407', proxy: proxy.hostPort } });
      expect(d.cause).toContain('Proxy Authentication Required');
      const withCredentials = proxy.url.replace('http://', `http://${proxy.credentials}@`);
      const ok = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: withCredentials, extraCaPems: trusted() }).fetch, timeoutMs: 5000 });
      expect(ok.ok).toBe(true);
    } finally {
      proxy.mode = 'pass';
    }
  });

  it('fails with TLS_UNTRUSTED_ISSUER naming the CA when it is not trusted', async () => {
    proxy.mode = 'pass';
    const result = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: proxy.url }).fetch, timeoutMs: 5000 });
    const d = reachable(result).diagnosis!;
    expect(d).toMatchObject({ code: 'TLS_UNTRUSTED_ISSUER', evidence: { layer: 'TLS', host: IDP_HOST, issuer: `CN=${THROWAWAY_CA_CN}, O=Acme Corp` } });
    expect(d.title).toContain(THROWAWAY_CA_CN);
    expect(d.fix.join('\n')).toContain('--ca-file');
  });

  it('names the proxy when it cannot be reached, and connect / DNS for hosts that cannot be reached directly', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const deadProxy = await checkIssuer(idp.orgIssuer, { fetch: portFetch({ proxy: `http://127.0.0.1:${port}` }).fetch, timeoutMs: 5000 });
    expect(reachable(deadProxy).diagnosis).toMatchObject({ code: 'PROXY_UNREACHABLE', evidence: { layer: 'proxy', proxy: `127.0.0.1:${port}`, host: IDP_HOST } });

    const refused = await checkIssuer(`https://127.0.0.1:${port}`, { fetch: portFetch({}).fetch, timeoutMs: 5000 });
    expect(reachable(refused).diagnosis).toMatchObject({ code: 'ISSUER_UNREACHABLE', evidence: { layer: 'connect', host: '127.0.0.1' } });
    expect(reachable(refused).diagnosis!.cause).toContain(`Connect: the connection to 127.0.0.1:${port} failed (ECONNREFUSED)`);

    // Through the proxy, a name only the proxy cannot resolve: its 502.
    const unknown = await checkIssuer('https://nowhere.corp.test', { fetch: portFetch({ proxy: proxy.url }).fetch, timeoutMs: 5000 });
    expect(reachable(unknown).diagnosis).toMatchObject({ code: 'PROXY_REFUSED', evidence: { proxyStatus: '502', host: 'nowhere.corp.test' } });
  });
});

/* ------------------------------------------------------------------ */

const executable = chromiumExecutable();
if (!executable) console.warn('network-proxy-tls: test logins skipped, no Chromium/Chrome found (set CHROME_PATH)');
const keychain = secretServiceAvailable();

describe.skipIf(!executable || !keychain)('a test login behind the proxy (handlers, real keychain, real Chromium with --proxy-server)', () => {
  let chromium: AuthChromium;
  let services: AppServices;
  let dataDir: string;
  let counted: { fetch: HttpFetch; calls: string[] };
  const vault = createKeytarVault({ service: `sso-assistant-proxy-test-${randomUUID()}` });
  const saved: string[] = [];
  let signIn: (page: Page) => void = () => {};

  beforeAll(async () => {
    chromium = await launchAuthChromium({ extraArgs: chromiumNetworkArgs({ proxy: proxy.url, caPems: trusted() }) });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'network-proxy-tls-'));
    counted = portFetch({ proxy: proxy.url, extraCaPems: trusted() });
    services = createServices({
      shell: 'browser',
      dataDir,
      vault,
      authWindow: createBrowserAuthWindow({ getBrowser: async () => chromium.browser, onPage: (page) => signIn(page) }),
      fetch: counted.fetch,
      clipboard: { writeText: async () => {}, readText: async () => '' },
      opener: { open: async () => {} },
      exportPicker: { choose: async () => null },
      emit: () => {},
      clock: { now: () => Date.now() },
      networkTimeoutMs: 1500,
      loginTimeoutMs: 60_000,
    });
  }, 60_000);
  afterAll(async () => {
    await services?.close();
    for (const id of saved) await vault.delete(id).catch(() => false);
    await chromium?.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.code), { diagnosis: r.error });
    return r.value as CallOutput<K>;
  }
  async function testLoginOn(target: OktaLikeIdp): Promise<{ outcome: string; diagnosis?: Diagnosis; claims?: unknown }> {
    const created = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', clientId: target.clients.hub.clientId, issuerUrl: target.orgIssuer } });
    saved.push(created.id);
    await call('setSecret', { id: created.id, secret: target.clients.hub.clientSecret });
    const alice = target.users.alice;
    signIn = (page) =>
      void (async () => {
        try {
          await page.waitForSelector('#okta-signin-username', { timeout: 30_000 });
          await page.fill('#okta-signin-username', alice.username);
          await page.fill('#okta-signin-password', alice.password);
          await page.click('#okta-signin-submit', { noWaitAfter: true });
        } catch (err) {
          if (!page.isClosed()) console.warn(`network-proxy-tls: could not sign in: ${(err as Error).message.split('\n')[0]}`);
        }
      })();
    return call('testLogin', { configId: created.id });
  }

  it('succeeds through the proxy: discovery, JWKS and the token exchange through the fetch port, the login page through Chromium’s proxy', async () => {
    proxy.mode = 'pass';
    counted.calls.length = 0;
    const before = connectsTo(idp);
    const connectsBefore = proxy.connects.length;
    const result = await testLoginOn(idp);
    expect(result).toMatchObject({ outcome: 'success', claims: { email: 'alice@acme.example' } });
    expect(counted.calls).toEqual(expect.arrayContaining([`${idp.orgIssuer}/.well-known/openid-configuration`, `${idp.orgIssuer}/oauth2/v1/keys`, `${idp.orgIssuer}/oauth2/v1/token`]));
    // The main side's calls and the login window's page loads: more tunnels than the main side alone opens.
    expect(connectsTo(idp) - before).toBeGreaterThanOrEqual(2);
    // The caught redirect never left the machine, not even as a tunnel to the Hub.
    expect(proxy.connects.slice(connectsBefore).filter((c) => c.startsWith('huggingface.co'))).toEqual([]);
  }, 90_000);

  it('tells a token endpoint that never answers (TOKEN_ENDPOINT_TIMEOUT, with the bound) from one that cannot be reached', async () => {
    proxy.mode = 'pass';
    const result = await testLoginOn(hangingIdp);
    expect(result.outcome).toBe('failure');
    expect(result.diagnosis).toMatchObject({ code: 'TOKEN_ENDPOINT_TIMEOUT', evidence: { layer: 'timeout', host: IDP_HOST, timeoutMs: '1500' } });
    expect(result.diagnosis!.cause).toContain(`${IDP_HOST}:${new URL(hangingIdp.origin).port} did not answer within 1.5 s`);
  }, 90_000);
});
