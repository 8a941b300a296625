// `npm start`: launches the Electron shell. Where the Electron binary is not
// installed and cannot be fetched (offline, or a network that blocks GitHub),
// it says why in one paragraph and carries on in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

/** The Electron executable if it is installed; never triggers a download. */
function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

function tryFetchElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return { ok: false, why: 'the electron package is not installed (run npm ci)' };
  console.log('Fetching the Electron binary (first launch)…');
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  if (run.status === 0 && installedElectron()) return { ok: true };
  const lastError = `${run.stderr ?? ''}${run.stdout ?? ''}`.split('\n').find((l) => /error/i.test(l))?.trim();
  return { ok: false, why: run.error?.code === 'ETIMEDOUT' ? 'the download timed out' : lastError || `the installer exited with ${run.status}` };
}

let electron = installedElectron();
if (!electron && process.env.SSO_ASSISTANT_NO_ELECTRON !== '1') {
  const fetched = tryFetchElectron();
  if (fetched.ok) electron = installedElectron();
  else {
    console.log(
      `\nThe Electron runtime is not installed and could not be downloaded (${fetched.why}). ` +
        'Electron fetches its binary from GitHub on first launch; this machine or network does not allow that. ' +
        'Starting the same app in browser mode instead: its main side runs in Node and the window opens in Chromium or Chrome. ' +
        'To use the desktop shell later, run `npx install-electron` on a connected network, or install a packaged build (npm run dist).\n',
    );
  }
}

const child = electron
  ? spawn(electron, [path.join(root, 'dist', 'electron', 'main.cjs'), ...passThrough], { stdio: 'inherit' })
  : spawn(process.execPath, [path.join(root, 'dist', 'browser', 'start.cjs'), ...passThrough], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
