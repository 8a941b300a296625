import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appSchemePrivileges, registerAppProtocol } from '../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/core/app/content-security-policy';
import { FakeProtocol } from './fakes/electron-shell-protocol';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SECRET = 'outside-the-renderer-folder';

let work: string;
let protocol: FakeProtocol;

beforeAll(async () => {
  // A real folder laid out like dist/: the renderer next to a file that must never be served.
  work = await mkdtemp(path.join(os.tmpdir(), 'sso-app-protocol-'));
  const root = path.join(work, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>SSO</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(work, 'secret.txt'), SECRET);
  await symlink(path.join(work, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  protocol = new FakeProtocol();
  registerAppProtocol(protocol, root);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme named app', () => {
    expect(appSchemePrivileges).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });

  it('serves index.html with the CSP, the right MIME type and nosniff', async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
    const res = await protocol.fetch('app://sso-assistant/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>SSO</title>');
  });

  it('serves / as index.html', async () => {
    const res = await protocol.fetch('app://sso-assistant/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>SSO</title>');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (file, mime) => {
    const res = await protocol.fetch(`app://sso-assistant/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(mime);
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
  });

  it.each([
    'app://sso-assistant/../secret.txt',
    'app://sso-assistant/assets/../../secret.txt',
    'app://sso-assistant/%2e%2e/secret.txt',
    'app://sso-assistant/%2E%2E/%2E%2E/secret.txt',
  ])('never serves a file outside the folder for %s (the URL parser folds the dots inside it)', async (url) => {
    const res = await protocol.fetch(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(SECRET);
  });

  it.each([
    'app://sso-assistant/..%2fsecret.txt',
    'app://sso-assistant/assets/..%2f..%2fsecret.txt',
    'app://sso-assistant/assets%2f..%2f..%2fsecret.txt',
    'app://sso-assistant/..%5csecret.txt',
    'app://sso-assistant/index.html%00.js',
  ])('refuses encoded traversal %s with 403', async (url) => {
    const res = await protocol.fetch(url);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses a symlink that leads out of the folder', async () => {
    const res = await protocol.fetch('app://sso-assistant/assets/link.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('answers 404 for unknown files, folders and other hosts', async () => {
    expect((await protocol.fetch('app://sso-assistant/nope.html')).status).toBe(404);
    expect((await protocol.fetch('app://sso-assistant/assets')).status).toBe(404);
    expect((await protocol.fetch('app://evil-host/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await protocol.fetch('app://sso-assistant/index.html', { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });
});
