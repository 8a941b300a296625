/**
 * Where configurations live: the same per-user folder Electron's
 * `app.getPath('userData')` gives for this product name, so both shells share data.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SSO Setup Assistant';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}
