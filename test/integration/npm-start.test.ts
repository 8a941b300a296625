/**
 * `npm start` (scripts/start.mjs) as it runs on an admin's machine, minus the
 * Electron binary, which cannot be downloaded here: where a binary is needed,
 * a small shell script stands for it (it prints what Chromium prints when it
 * cannot start, or records the environment it got). Each run ends in browser
 * mode serving the app, with one paragraph that says why, and no stack trace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const isRoot = process.getuid?.() === 0;
const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A stand-in for the Electron executable: a shell script in a dist folder of its own. */
function fakeElectron(script: string): string {
  const dist = tempDir('sso-fake-electron-');
  fs.writeFileSync(path.join(dist, 'electron'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dist;
}

interface Run {
  output: string;
  url: URL | null;
  code: number | null;
}

/** Runs `node scripts/start.mjs ARGS` until browser mode is ready (then stops it) or it exits. */
async function runStart(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const dataDir = tempDir('sso-start-data-');
  const child = spawn(process.execPath, ['scripts/start.mjs', '--data-dir', dataDir, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: process.env.CHROME_PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await new Promise<URL | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start not ready in 40 s:\n${output}`)), 40_000);
    const onData = () => {
      const m = /Browser mode ready: (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]!));
      }
    };
    child.stdout.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      resolve(null);
    });
  });
  if (ready) {
    // Serving anyway: the printed URL is accepted (it hands its token to the page and moves on).
    const res = await fetch(ready, { redirect: 'manual' });
    expect(res.status).toBe(303);
    await new Promise((r) => setTimeout(r, 300)); // let a help line printed after "ready" arrive
    child.kill('SIGTERM');
  }
  const code = await exited;
  return { output, url: ready, code };
}

const noStack = (output: string) => expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

describe('npm start', () => {
  it('with no display: serves anyway, prints the URL and one line of help, no Playwright box or stack', async () => {
    const run = await runStart([], { SSO_ASSISTANT_NO_ELECTRON: '1' });
    expect(run.url).not.toBeNull();
    expect(run.output).toContain('no display: open this URL in a browser on this machine, or run under `xvfb-run`, or pass `--no-open`');
    expect(run.output).not.toMatch(/╔|Looks like you launched a headed browser|Missing X server/);
    noStack(run.output);
    expect(run.output.trim().split('\n').length).toBeLessThan(10);
  });

  it('an installed binary that aborts with the SUID sandbox error falls back to browser mode with the reason', async () => {
    const dist = fakeElectron(
      "echo \"[1:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now.\" >&2\nexit 1",
    );
    // --no-sandbox gets past the root check on a root CI machine; browser mode does not take it and must not see it.
    const run = await runStart(['--no-open', '--no-sandbox'], { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99' });
    expect(run.url).not.toBeNull();
    expect(run.output).toMatch(/The Electron runtime is installed but could not start \(.+electron\): Chromium's setuid sandbox helper \(chrome-sandbox\)/);
    expect(run.output).toContain('Starting the same app in browser mode instead');
    noStack(run.output);
  });

  it('the binary never inherits ELECTRON_RUN_AS_NODE, and a binary that ran and quit is not second-guessed', async () => {
    const seen = path.join(tempDir('sso-fake-electron-env-'), 'env');
    const dist = fakeElectron(`echo "ELECTRON_RUN_AS_NODE=\${ELECTRON_RUN_AS_NODE-unset} args=$*" > "${seen}"\nexit 0`);
    const run = await runStart(['--no-open', '--no-sandbox'], { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99', ELECTRON_RUN_AS_NODE: '1' });
    expect(run.url).toBeNull();
    expect(run.code).toBe(0);
    expect(fs.readFileSync(seen, 'utf8')).toMatch(/^ELECTRON_RUN_AS_NODE=unset args=.*dist\/electron\/main\.cjs .*--no-sandbox/);
  });

  it.runIf(isRoot)('as root without --no-sandbox: falls back before launching, and says why', async () => {
    const launched = path.join(tempDir('sso-fake-electron-root-'), 'launched');
    const dist = fakeElectron(`touch "${launched}"\nexit 0`);
    const run = await runStart(['--no-open'], { ELECTRON_OVERRIDE_DIST_PATH: dist, DISPLAY: ':99' });
    expect(run.url).not.toBeNull();
    expect(run.output).toMatch(/cannot start here: It is running as root/);
    expect(fs.existsSync(launched)).toBe(false);
  });
  if (!isRoot) console.log('[npm-start] the root case runs only as root (this run is not): covered by test/unit/electron-launch.test.ts');
});
