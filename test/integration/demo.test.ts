/**
 * `npm run demo` as a newcomer runs it (minus the window): it comes up with its
 * sandbox configurations against the Okta-like IdP, and Ctrl-C stops it cleanly.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
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
      const res = await fetch(new URL('/api/call/listConfigs', launchUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${launchUrl.searchParams.get('token')}` },
        body: '{}',
      });
      const list = (await res.json()) as { ok: boolean; value: Array<{ name: string; issuerUrl: string }> };
      expect(list.ok).toBe(true);
      expect(list.value.map((c) => c.name).sort()).toEqual([
        'Sandbox — app expects HTTP Basic',
        'Sandbox — custom server, groups',
        'Sandbox — redirect URI not registered',
        'Sandbox — works',
        'Sandbox — wrong secret',
      ]);
      expect(list.value.every((c) => c.issuerUrl.startsWith('http://127.0.0.1:'))).toBe(true);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 90_000);
});
