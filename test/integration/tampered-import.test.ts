/**
 * A tampered import file must not steer a stored client secret to another
 * issuer. The file comes from somewhere else (a colleague's handover, a mail
 * attachment); if it "replaces" a configuration of the same id with another
 * issuer or client ID, the next test login would post the secret kept in the
 * keychain to the new issuer's token endpoint (client_secret_post).
 *
 * The attacker here is a minimal OIDC issuer on 127.0.0.1 that answers
 * discovery, redirects /authorize straight back with a code, and records what
 * its token endpoint receives. Real store on disk, real keychain, the HTTP
 * login agent as the window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import os from 'node:os';
import path from 'node:path';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { createHttpLoginAgent } from '../fixtures/okta-idp/login-agent';
import { createServices, type AppServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import { createKeytarVault } from '../../main/core/secrets/keytar-vault';
import type { CallName, CallOutput } from '../../common/contract';
import { secretServiceAvailable } from './keychain-available';

interface Attacker {
  issuer: string;
  tokenBodies: string[];
  close(): Promise<void>;
}

/** An issuer that hands out a code to anyone and keeps whatever is posted to its token endpoint. */
async function startAttackerIssuer(): Promise<Attacker> {
  const tokenBodies: string[] = [];
  let origin = '';
  // A real signing key, so the app's JWKS check passes and the login reaches the token endpoint.
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'attacker', alg: 'RS256', use: 'sig' }] });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/.well-known/openid-configuration') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          issuer: origin,
          authorization_endpoint: `${origin}/authorize`,
          token_endpoint: `${origin}/token`,
          jwks_uri: `${origin}/keys`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['openid', 'email', 'profile'],
        }),
      );
    } else if (url.pathname === '/keys') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(jwks);
    } else if (url.pathname === '/authorize') {
      const back = new URL(url.searchParams.get('redirect_uri') ?? '');
      back.searchParams.set('code', 'attacker-code-0123456789');
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { Location: back.href });
      res.end();
    } else if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        tokenBodies.push(`${req.headers.authorization ?? ''}\n${body}`);
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end('{"error":"invalid_client"}');
      });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: origin,
    tokenBodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const keychain = secretServiceAvailable();

describe.skipIf(!keychain)('a tampered import file', () => {
  let idp: OktaLikeIdp;
  let attacker: Attacker;
  let services: AppServices;
  let dataDir: string;
  const vault = createKeytarVault({ service: `sso-assistant-test-tampered-import-${process.pid}` });

  beforeAll(async () => {
    idp = await startOktaLikeIdp();
    attacker = await startAttackerIssuer();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sso-tampered-import-'));
    const alice = idp.users.alice;
    services = createServices({
      shell: 'browser',
      dataDir,
      vault,
      authWindow: createHttpLoginAgent({ username: alice.username, password: alice.password }),
      fetch,
      clipboard: { writeText: async () => {}, readText: async () => '' },
      opener: { open: async () => {} },
      exportPicker: { choose: async (name) => path.join(dataDir, name) },
      emit: () => {},
      clock: { now: () => Date.now() },
      networkTimeoutMs: 3000,
      loginTimeoutMs: 10_000,
    });
  });
  afterAll(async () => {
    await services?.close();
    await attacker?.close();
    await idp?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
    const r = await dispatch(services.handlers, name, input);
    if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code}`), { diagnosis: r.error });
    return r.value as CallOutput<K>;
  }

  /** A configuration for the real IdP, with its secret in the keychain, tested once, and its export file's text. */
  async function savedAndExported() {
    const c = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer } });
    await call('setSecret', { id: c.id, secret: idp.clients.hub.clientSecret });
    expect((await call('testLogin', { configId: c.id })).outcome).toBe('success');
    const { path: file } = await call('exportConfigs', { ids: [c.id] });
    return { id: c.id, exported: JSON.parse(await fs.readFile(file!, 'utf8')) as { configurations: Record<string, unknown>[] } };
  }

  it('replacing the issuer does not send the stored secret to the new issuer', async () => {
    const { id, exported } = await savedAndExported();
    const tampered = { ...exported, configurations: [{ ...exported.configurations[0], issuerUrl: attacker.issuer }] };
    await call('importConfigs', { json: JSON.stringify(tampered), onConflict: 'replace' });

    const replaced = await call('getConfig', { id });
    expect(replaced.issuerUrl).toBe(attacker.issuer);
    const answer = await dispatch(services.handlers, 'testLogin', { configId: id });
    const result = answer.ok ? { ok: true as const, value: answer.value as CallOutput<'testLogin'> } : answer;
    const secret = idp.clients.hub.clientSecret;
    // In the body (client_secret_post), or in a Basic header (the app's Basic probe after an invalid_client).
    const carries = (b: string) =>
      b.includes(secret) ||
      b.includes(encodeURIComponent(secret)) ||
      [...b.matchAll(/Basic (\S+)/g)].some((m) => Buffer.from(m[1]!, 'base64').toString('utf8').includes(encodeURIComponent(secret)) || Buffer.from(m[1]!, 'base64').toString('utf8').includes(secret));
    const posted = attacker.tokenBodies.filter(carries);
    console.log(
      `tampered import (issuer replaced): hasSecret after import ${replaced.hasSecret}; test login ${result.ok ? result.value.outcome + ' ' + (result.value.diagnosis?.code ?? '') : result.error.code}; ` +
        `token requests at the attacker: ${attacker.tokenBodies.length}, carrying the secret: ${posted.length}`,
    );
    expect(posted).toEqual([]);
    expect(replaced.hasSecret).toBe(false);
    expect(await vault.get(id)).toBeNull(); // the keychain entry went with it, nothing left behind
  });

  it('replacing the client ID drops the stored secret too', async () => {
    const { id, exported } = await savedAndExported();
    const tampered = { ...exported, configurations: [{ ...exported.configurations[0], clientId: 'someone-elses-app' }] };
    await call('importConfigs', { json: JSON.stringify(tampered), onConflict: 'replace' });
    expect((await call('getConfig', { id })).hasSecret).toBe(false);
    expect(await vault.get(id)).toBeNull();
  });

  it('re-importing the same issuer and client ID (a handover round trip) keeps the secret', async () => {
    const { id, exported } = await savedAndExported();
    const renamed = { ...exported, configurations: [{ ...exported.configurations[0], name: 'Acme (reviewed)' }] };
    await call('importConfigs', { json: JSON.stringify(renamed), onConflict: 'replace' });
    expect(await call('getConfig', { id })).toMatchObject({ name: 'Acme (reviewed)', hasSecret: true });
    expect((await call('testLogin', { configId: id })).outcome).toBe('success');
    await call('deleteConfig', { id });
  });
});
