/**
 * Opens an (already allow-listed) https URL in the user's default browser,
 * browser mode's stand-in for Electron's shell.openExternal. The URL is an
 * argument, never parsed by a shell.
 *
 * It reports what really happened: xdg-open (and open) exit once they have
 * handed the address over, non-zero when they could not (xdg-open's 3: no
 * handler), so their exit status is awaited. A launcher that keeps running
 * past the wait has handed over (some start the browser in the foreground).
 */
import { spawn } from 'node:child_process';
import { diagnosisError } from '../../common/diagnosis';
import { withTimeout } from '../../common/with-timeout';
import type { ExternalOpener } from '../core/ports';

/** How long to wait for the launcher's verdict before taking silence as success. */
const LAUNCHER_VERDICT_MS = 4000;

export function createSystemOpener(platform: NodeJS.Platform = process.platform, options: { command?: string } = {}): ExternalOpener {
  return {
    async open(url) {
      const [cmd, args] =
        options.command !== undefined
          ? [options.command, [url]]
          : platform === 'darwin'
            ? ['open', [url]]
            : platform === 'win32'
              ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
              : ['xdg-open', [url]];
      const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
      const exited = new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => resolve(code));
      });
      let raced;
      try {
        raced = await withTimeout(exited, LAUNCHER_VERDICT_MS);
      } catch (err) {
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        throw diagnosisError('EXTERNAL_OPEN_FAILED', { tool: cmd, reason: missing ? `${cmd} is not installed` : (err as Error).message.slice(0, 200), url });
      }
      if (raced.kind === 'timeout') {
        child.unref();
        return;
      }
      if (raced.kind === 'done' && raced.value !== 0) {
        throw diagnosisError('EXTERNAL_OPEN_FAILED', { tool: cmd, exitCode: String(raced.value), url });
      }
    },
  };
}
