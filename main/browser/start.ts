/**
 * `npm run start:web`: runs the app in browser mode.
 *
 *   --port N        listen on 127.0.0.1:N (default: a free port)
 *   --data-dir DIR  where configurations live (default: SSO_ASSISTANT_DATA_DIR, else the app's per-user data folder)
 *   --no-open       serve only; open the printed URL yourself
 *   --headless      Chromium windows the app opens run headless (CI)
 *   --proxy URL     send the main side's and the login window's requests through this proxy
 *                   (overrides HTTPS_PROXY / HTTP_PROXY; loopback is never proxied)
 *   --ca-file FILE  also trust the PEM certificates in FILE (a TLS-inspecting proxy's corporate root)
 *
 * Prints one line when ready: `Browser mode ready: <url>`. Ctrl-C stops
 * everything it started.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDirOverride, defaultDataDir } from '../core/app/data-dir';
import { startBrowserMode } from './browser-mode';
import { ProxyOptionError } from './proxy-option';
import { CaFileError } from './ca-file';
import { ChromiumNotFoundError } from './chromium-host';
import { hasDisplay, NO_DISPLAY_HELP } from './display';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      proxy: { type: 'string' },
      'ca-file': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run start:web -- [--port N] [--data-dir DIR] [--no-open] [--headless] [--proxy URL] [--ca-file FILE]');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${values.port}"`);

  // Without a display a headed Chromium cannot start: serve anyway, and say how to reach the app.
  const noDisplay = !values['no-open'] && !values.headless && !hasDisplay(process.env, process.platform);
  const app = await startBrowserMode({
    dataDir: dataDirOverride(process.argv.slice(2)) ?? defaultDataDir(),
    distDir: path.resolve(__dirname, '..'),
    port,
    open: !values['no-open'] && !noDisplay,
    headless: values.headless,
    proxy: values.proxy,
    caFile: values['ca-file'] === undefined ? undefined : path.resolve(values['ca-file']),
    onAppWindowClosed: () => void shutdown('the app window was closed'),
  });
  console.log(`Browser mode ready: ${app.launchUrl}`);
  if (noDisplay) console.log(NO_DISPLAY_HELP);

  let stopping = false;
  async function shutdown(why: string) {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping (${why})…`);
    await app.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('Ctrl-C'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  // Problems a user can fix get one line; anything else keeps its stack for a bug report.
  const code = (err as { code?: string }).code ?? '';
  const expected = err instanceof UsageError || err instanceof ChromiumNotFoundError || err instanceof CaFileError || err instanceof ProxyOptionError || code === 'EADDRINUSE' || code.startsWith('ERR_PARSE_ARGS');
  if (expected) console.error(`Browser mode could not start: ${(err as Error).message}`);
  else console.error('Browser mode could not start:', err);
  process.exit(1);
});
