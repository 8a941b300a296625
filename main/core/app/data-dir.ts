/**
 * Where configurations live: the same per-user folder Electron's
 * `app.getPath('userData')` gives for this product name, so both shells share data.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SSO Setup Assistant';

/** Overrides the data folder in both shells (tests, a second profile); `--data-dir` wins over it. */
export const DATA_DIR_ENV = 'SSO_ASSISTANT_DATA_DIR';

/**
 * The data folder asked for on the command line (`--data-dir DIR` or `--data-dir=DIR`) or in
 * SSO_ASSISTANT_DATA_DIR, made absolute; null when neither is given. Electron reads it from
 * its own argv (Chromium switches included), so this scans rather than parses strictly.
 */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | null {
  let chosen: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--data-dir' && argv[i + 1] !== undefined) chosen = argv[i + 1];
    else if (arg.startsWith('--data-dir=')) chosen = arg.slice('--data-dir='.length);
  });
  chosen ||= env[DATA_DIR_ENV]?.trim() || undefined;
  return chosen ? path.resolve(cwd, chosen) : null;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}
