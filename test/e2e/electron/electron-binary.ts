/**
 * Finds an Electron executable for the `_electron` suite without loading the
 * `electron` package (its index.js downloads the binary when it is missing).
 * Order: SSO_ELECTRON_APP (a packaged test build, launched as is), then
 * ELECTRON_OVERRIDE_DIST_PATH, then node_modules/electron/path.txt + dist/.
 *
 * On macOS SSO_ELECTRON_APP is the executable inside the bundle
 * (`release/test-build/mac-arm64/SSO Setup Assistant.app/Contents/MacOS/SSO Setup Assistant`);
 * given the `.app` folder itself, that executable is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary =
  | { ok: true; executablePath: string; /** Arguments that start our app (empty for a packaged build). */ appArgs: string[] }
  | { ok: false; reason: string };

export function findElectronBinary(root: string, env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  const mainCjs = path.join(root, 'dist', 'electron', 'main.cjs');
  const packaged = macAppExecutable(env.SSO_ELECTRON_APP?.trim());
  if (packaged) {
    return existsSync(packaged)
      ? { ok: true, executablePath: packaged, appArgs: [] }
      : { ok: false, reason: `SSO_ELECTRON_APP points to ${packaged}, which does not exist` };
  }
  const pkgDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(pkgDir, 'package.json'))) return { ok: false, reason: 'the electron npm package is not installed' };
  const pathTxt = path.join(pkgDir, 'path.txt');
  const overrideDist = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : '';
  if (overrideDist) {
    const candidate = path.join(overrideDist, relative || 'electron');
    return existsSync(candidate)
      ? { ok: true, executablePath: candidate, appArgs: [mainCjs] }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${candidate} does not exist` };
  }
  if (!relative) {
    return {
      ok: false,
      reason:
        'node_modules/electron/path.txt is missing: the electron package never downloaded its binary from GitHub (no access from this machine)',
    };
  }
  const executablePath = path.join(pkgDir, 'dist', relative);
  if (!existsSync(executablePath)) {
    return { ok: false, reason: `node_modules/electron/path.txt names ${relative}, but ${executablePath} does not exist` };
  }
  return { ok: true, executablePath, appArgs: [mainCjs] };
}

/** A macOS `.app` bundle stands for the executable inside it: Playwright launches executables, not bundles. */
export function macAppExecutable(given: string | undefined): string | undefined {
  if (!given || !given.replace(/\/+$/, '').endsWith('.app')) return given;
  const bundle = given.replace(/\/+$/, '');
  return path.join(bundle, 'Contents', 'MacOS', path.basename(bundle, '.app'));
}

/** The command that gets a binary onto this machine, named in the skip message. */
export const INSTALL_ELECTRON_COMMAND = 'npx install-electron';

/** SSO_REQUIRE_ELECTRON=1: a CI that has the binary must never pass by skipping this suite. */
export function electronRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SSO_REQUIRE_ELECTRON === '1';
}
