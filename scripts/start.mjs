// `npm start`: launches the Electron shell. Where the Electron binary is not
// installed and cannot be fetched (offline, or a network that blocks GitHub),
// or is installed but cannot start here (no display, root, a misconfigured
// sandbox helper), it says why in one paragraph and carries on in browser mode.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DOWNLOAD_TIMEOUT_MS,
  EARLY_EXIT_MS,
  cannotStartReason,
  electronChildEnv,
  electronExecutable,
  startupFailureReason,
} from './electron-launch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

const findElectron = () =>
  electronExecutable({ electronDir, env: process.env, exists: existsSync, readText: (f) => readFileSync(f, 'utf8') });

/** The electron package's installer, bounded, with a line of progress while it runs. */
function fetchElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return Promise.resolve({ ok: false, why: 'the electron package is not installed (run npm ci)' });
  return new Promise((resolve) => {
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    const tty = process.stdout.isTTY;
    process.stdout.write(`Fetching the Electron binary (first launch, at most ${DOWNLOAD_TIMEOUT_MS / 1000} s)…${tty ? '' : '\n'}`);
    const installer = spawn(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    installer.stdout.on('data', (d) => (output += d));
    installer.stderr.on('data', (d) => (output += d));
    const ticker = setInterval(() => {
      if (tty) process.stdout.write(`\rFetching the Electron binary (first launch, at most ${DOWNLOAD_TIMEOUT_MS / 1000} s)… ${seconds()} s`);
      else if (seconds() % 5 === 0) console.log(`  still fetching, ${seconds()} s`);
    }, 1000);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      installer.kill('SIGKILL');
    }, DOWNLOAD_TIMEOUT_MS);
    installer.on('close', (status) => {
      clearInterval(ticker);
      clearTimeout(timer);
      if (tty) process.stdout.write('\n');
      if (!timedOut && status === 0 && findElectron()) return resolve({ ok: true });
      const lastError = output.split('\n').find((l) => /error/i.test(l))?.trim();
      resolve({
        ok: false,
        why: timedOut ? `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s` : lastError || `the installer exited with ${status}`,
      });
    });
  });
}

/** Chromium switches meant for Electron that browser mode's command line does not take. */
const ELECTRON_ONLY_ARGS = new Set(['--no-sandbox']);

function fallBack(paragraph) {
  console.log(
    `\n${paragraph} Starting the same app in browser mode instead: its main side runs in Node and the window opens in Chromium or Chrome.\n`,
  );
  const args = passThrough.filter((a) => !ELECTRON_ONLY_ARGS.has(a));
  const child = spawn(process.execPath, [path.join(root, 'dist', 'browser', 'start.cjs'), ...args], { stdio: 'inherit' });
  forward(child);
}

function forward(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Runs Electron; an exit with a known startup error soon after launch falls back to browser mode. */
function launchElectron(exe) {
  const started = Date.now();
  const child = spawn(exe, [path.join(root, 'dist', 'electron', 'main.cjs'), ...passThrough], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: electronChildEnv(process.env),
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    process.stderr.write(d);
    if (stderr.length < 64 * 1024) stderr += d;
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    const reason = code !== 0 && Date.now() - started < EARLY_EXIT_MS ? startupFailureReason(stderr) : null;
    if (!reason) process.exit(code ?? (signal ? 1 : 0));
    for (const sig of ['SIGINT', 'SIGTERM']) process.removeAllListeners(sig);
    fallBack(`The Electron runtime is installed but could not start (${exe}): ${reason}`);
  });
  child.on('error', (err) => fallBack(`The Electron runtime could not be started (${exe}): ${err.message}.`));
}

async function main() {
  let exe = findElectron();
  if (process.env.SSO_ASSISTANT_NO_ELECTRON === '1') return fallBack('SSO_ASSISTANT_NO_ELECTRON=1 is set.');
  if (!exe) {
    const fetched = await fetchElectron();
    exe = fetched.ok ? findElectron() : null;
    if (!exe) {
      return fallBack(
        `The Electron runtime is not installed and could not be downloaded (${fetched.why}). ` +
          'Electron fetches its binary from GitHub on first launch; this machine or network does not allow that. ' +
          'To use the desktop shell later, run `npx install-electron` on a connected network, or install a packaged build (npm run dist).',
      );
    }
  }
  const why = cannotStartReason({
    platform: process.platform,
    env: process.env,
    uid: process.getuid?.() ?? -1,
    args: passThrough,
    executable: exe,
    readText: (f) => readFileSync(f, 'utf8'),
    stat: (f) => {
      try {
        return statSync(f);
      } catch {
        return null;
      }
    },
  });
  if (why) return fallBack(`The Electron runtime is installed but cannot start here: ${why}`);
  launchElectron(exe);
}

void main();
