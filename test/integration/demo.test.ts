/**
 * `npm run demo` as a newcomer runs it (minus the window): it comes up with its
 * sandbox configurations against the Okta-, Entra- and Google-like IdPs, and
 * Ctrl-C stops it cleanly.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('npm run demo', () => {
  it('serves the app with its sandbox configurations, then stops on Ctrl-C', async () => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--no-open', '--headless'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const launchUrl = await new Promise<URL>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`demo not ready in 45 s:\n${output}`)), 45_000);
        child.stdout.on('data', () => {
          const m = /Browser mode ready: (\S+)/.exec(output);
          if (m) {
            clearTimeout(timer);
            resolve(new URL(m[1]!));
          }
        });
        void exited.then((code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
      });
      expect(output).toMatch(/alice@acme\.example \/ \S+/);
      expect(output).toMatch(/Entra sandbox users[\s\S]*noMailbox +dana@acme\.example \/ \S+/);
      expect(output).toMatch(/Google sandbox users[\s\S]*outsider +oscar\.outsider@gmail\.com \/ \S+/);
      const res = await fetch(new URL('/api/call/listConfigs', launchUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${launchUrl.searchParams.get('token')}` },
        body: '{}',
      });
      const list = (await res.json()) as { ok: boolean; value: Array<{ name: string; issuerUrl: string; idpKind: string; protocol?: string; saml?: { ssoUrl: string; certificateSha256?: string } }> };
      expect(list.ok).toBe(true);
      expect(list.value.map((c) => c.name).sort()).toEqual([
        'Entra sandbox — /common issuer',
        'Entra sandbox — Secret ID pasted instead of the Value',
        'Entra sandbox — expired secret',
        'Entra sandbox — redirect URI not registered',
        'Entra sandbox — works',
        'Google sandbox — embedded browser refused',
        'Google sandbox — redirect URI not registered',
        'Google sandbox — works',
        'Google sandbox — wrong secret',
        'SAML sandbox (Entra) — another app’s certificate pasted',
        'SAML sandbox (Entra) — works',
        'SAML sandbox (Google) — works',
        'SAML sandbox (Okta) — assertion not signed',
        'SAML sandbox (Okta) — works',
        'Sandbox — app expects HTTP Basic',
        'Sandbox — custom server, groups',
        'Sandbox — redirect URI not registered',
        'Sandbox — works',
        'Sandbox — wrong secret',
      ]);
      const oidc = list.value.filter((c) => c.protocol !== 'saml');
      expect(oidc).toHaveLength(14);
      expect(oidc.every((c) => c.issuerUrl.startsWith('http://127.0.0.1:'))).toBe(true);
      const samlSandboxes = list.value.filter((c) => c.protocol === 'saml');
      expect(samlSandboxes).toHaveLength(5);
      expect(samlSandboxes.every((c) => c.saml?.ssoUrl.startsWith('http://127.0.0.1:') && /^([0-9A-F]{2}:){31}/.test(c.saml.certificateSha256 ?? ''))).toBe(true);
      expect(output).toMatch(/SAML sandbox users[\s\S]*bob +bob \/ \S+/);
      const issuerOf = (name: string) => list.value.find((c) => c.name === name)?.issuerUrl ?? '';
      expect(issuerOf('Entra sandbox — works')).toMatch(/\/[0-9a-f-]{36}\/v2\.0\/\.well-known\/openid-configuration$/);
      expect(issuerOf('Entra sandbox — /common issuer')).toMatch(/\/common\/v2\.0$/);
      // Each sandbox's IdP answers discovery (the Entra and Google ones too).
      for (const name of ['Entra sandbox — works', 'Google sandbox — works']) {
        const url = issuerOf(name);
        const doc = await fetch(url.endsWith('/openid-configuration') ? url : `${url}/.well-known/openid-configuration`);
        expect(doc.status, name).toBe(200);
      }
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 90_000);

  it('without a keychain and without gnome-keyring to start a private one: one sentence naming what to install, exit 1', async () => {
    // A PATH that has node and nothing else, and a session bus that is not there.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-demo-path-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    try {
      const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts', '--no-open', '--headless'], {
        cwd: root,
        env: { HOME: process.env.HOME, PATH: bin, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(output).toContain('dbus-run-session and gnome-keyring-daemon are not installed. Run `bash scripts/setup.sh`');
      expect(output).not.toMatch(/^\s+at /m);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  }, 60_000);
});
