/**
 * Opens an (already allow-listed) https URL in the user's default browser,
 * browser mode's stand-in for Electron's shell.openExternal. The URL is an
 * argument, never parsed by a shell.
 */
import { spawn } from 'node:child_process';
import type { ExternalOpener } from '../core/ports';

export function createSystemOpener(platform: NodeJS.Platform = process.platform): ExternalOpener {
  return {
    open: (url) =>
      new Promise<void>((resolve, reject) => {
        const [cmd, args] =
          platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
        const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
        child.once('error', reject);
        child.once('spawn', () => {
          child.unref();
          resolve();
        });
      }),
  };
}
