/**
 * The browser-mode bridge as an attacker on the same machine sees it: real
 * server, real sockets, raw HTTP requests with forged headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pkg from '../../package.json';
import { startBrowserMode, type BrowserMode } from '../../main/browser/browser-mode';

const distDir = path.resolve(__dirname, '../../dist');

interface Reply { status: number; headers: http.IncomingHttpHeaders; body: string }

function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser-mode bridge', () => {
  let app: BrowserMode;
  let port: number;
  let host: string;
  let token: string;
  let cookie: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(distDir, 'browser', 'preload.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE = `sso-assistant-test-bridge-${process.pid}`;
    app = await startBrowserMode({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sso-bridge-')), distDir, open: false, headless: true });
    const url = new URL(app.launchUrl);
    port = Number(url.port);
    host = url.host;
    token = url.searchParams.get('token')!;
    const launch = await request(port, { path: `/?token=${token}`, headers: { Host: host } });
    cookie = String(launch.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(async () => app?.close());

  const call = (name: string, input: unknown, headers: Record<string, string>) =>
    request(port, { method: 'POST', path: `/api/call/${name}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });
  /** What our own page sends: its Origin and the bearer token its preload keeps. */
  const own = () => ({ Host: host, Origin: `http://${host}`, Authorization: `Bearer ${token}` });

  it('listens on loopback only, on a random port, with a long random token', () => {
    expect(new URL(app.origin).hostname).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(token.length).toBeGreaterThanOrEqual(32);
  });

  it('is not reachable on the machine’s other addresses', async () => {
    const external = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return console.log('skipped: this machine has no non-loopback IPv4 address to try');
    const outcome = await new Promise<string>((resolve) => {
      const s = net.connect({ host: external.address, port }, () => { s.destroy(); resolve('connected'); });
      s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(outcome).toBe('ECONNREFUSED');
  });

  it('moves the launch token into the fragment (for the preload) and an HttpOnly, SameSite=Strict cookie (for the page)', async () => {
    const launch = await request(port, { path: `/?token=${token}`, headers: { Host: host } });
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe(`/#bridge-token=${token}`);
    expect(String(launch.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
    const page = await request(port, { path: '/', headers: { Host: host, Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<script defer src="/preload.js"></script>');
    expect(page.body.indexOf('/preload.js')).toBeLessThan(page.body.indexOf('type="module"'));
  });

  it('answers a real call from our own page', async () => {
    const r = await call('getAppInfo', {}, own());
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { version: pkg.version, shell: 'browser' } });
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    expect((await request(port, { path: '/', headers: { Host: host } })).status).toBe(401);
    expect((await request(port, { path: '/?token=wrong-token-wrong-token-wrong', headers: { Host: host } })).status).toBe(401);
    expect((await call('getAppInfo', {}, { Host: host, Origin: `http://${host}` })).status).toBe(401);
    expect((await call('getAppInfo', {}, { Host: host, Origin: `http://${host}`, Cookie: 'sso_assistant_session=nope' })).status).toBe(401);
    // The right cookie is not enough for a call: a browser sends it to every port of 127.0.0.1.
    expect((await call('getAppInfo', {}, { Host: host, Origin: `http://${host}`, Cookie: cookie })).status).toBe(401);
    expect((await request(port, { path: '/api/events', headers: { Host: host, Cookie: cookie } })).status).toBe(401);
    expect((await call('getAppInfo', {}, { Host: host, Authorization: 'Bearer wrongwrongwrongwrongwrong' })).status).toBe(401);
    const body = JSON.parse((await call('getAppInfo', {}, { Host: host, Origin: `http://${host}` })).body);
    expect(body.error.code).toBe('FORBIDDEN_SENDER');
  });

  it('refuses a DNS-rebinding Host header even with the right token', async () => {
    for (const badHost of [`evil.example:${port}`, `localhost:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      expect((await call('getAppInfo', {}, { ...own(), Host: badHost })).status).toBe(421);
      expect((await request(port, { path: `/?token=${token}`, headers: { Host: badHost } })).status).toBe(401);
    }
  });

  it('refuses a foreign Origin, including another loopback port, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, `http://localhost:${port}`, 'null']) {
      const r = await call('getAppInfo', {}, { ...own(), Origin: origin });
      expect(r.status).toBe(403);
    }
    // A cross-site fetch carries Sec-Fetch-Site even when the Origin is hidden.
    expect((await request(port, { path: '/', headers: { Host: host, Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  });

  it('validates what it is sent and says what was wrong', async () => {
    const bad = JSON.parse((await call('getConfig', { id: 'not-a-uuid' }, own())).body);
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.evidence.fields).toContain('id');
    expect(JSON.parse((await call('constructor', {}, own())).body).error.code).toBe('UNKNOWN_CALL');
    expect(JSON.parse((await call('__proto__', {}, own())).body).error.code).toBe('UNKNOWN_CALL');
    const notJson = await request(port, { method: 'POST', path: '/api/call/getAppInfo', headers: { ...own(), 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const big = await request(port, { method: 'POST', path: '/api/call/importConfigs', headers: { ...own(), 'Content-Type': 'application/json' }, body: 'x'.repeat(7 * 1024 * 1024) });
    expect(big.status).toBe(413);
    const formPost = await request(port, { method: 'POST', path: '/api/call/getAppInfo', headers: { ...own(), 'Content-Type': 'text/plain' }, body: '{}' });
    expect(formPost.status).toBe(415);
  });

  it('serves only the built renderer (no path traversal)', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/../../package.json']) {
      const r = await request(port, { path: p, headers: { Host: host, Cookie: cookie } });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('"devDependencies"');
    }
  });
});
