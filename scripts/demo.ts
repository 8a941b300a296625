/**
 * `npm run demo`: the whole flow without an Okta tenant. Starts the Okta-like
 * identity provider used by the tests on 127.0.0.1, then the app in browser
 * mode with sandbox configurations pointing at it (one that works, a few that
 * fail the way real Okta setups do). Data lives in a throwaway folder and the
 * sandbox secrets under their own keychain service name, removed on exit.
 *
 *   npm run demo -- [--headless] [--no-open]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startOktaLikeIdp } from '../test/fixtures/okta-idp';
import { startBrowserMode } from '../main/browser/browser-mode';
import { createKeytarVault } from '../main/core/secrets/keytar-vault';
import type { ConfigFields } from '../common/contract';

/**
 * Without a keychain (a headless Linux session), run inside a private,
 * throwaway gnome-keyring instead of failing: the demo's secrets are sandbox
 * secrets and vanish with it.
 */
async function ensureKeychain(): Promise<boolean> {
  const health = await createKeytarVault().probe();
  if (health.ok || process.platform !== 'linux' || process.env.SSO_DEMO_IN_PRIVATE_KEYRING) return false;
  console.log(`No usable keychain here (${health.code}); running the demo inside a private, throwaway gnome-keyring.`);
  const child = spawn(path.join(__dirname, 'with-keyring.sh'), [process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SSO_DEMO_IN_PRIVATE_KEYRING: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 1));
  return true;
}

async function main() {
  const { values } = parseArgs({ options: { headless: { type: 'boolean', default: false }, 'no-open': { type: 'boolean', default: false } } });
  process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE ??= 'SSO Setup Assistant (demo)';
  if (await ensureKeychain()) return;
  const idp = await startOktaLikeIdp();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-assistant-demo-'));
  const app = await startBrowserMode({
    dataDir,
    distDir: path.resolve(__dirname, '..', 'dist'),
    open: !values['no-open'],
    headless: values.headless,
    onAppWindowClosed: () => void stop('the app window was closed'),
  });

  const sandboxes: Array<{ fields: Partial<ConfigFields>; secret: string }> = [
    { fields: { name: 'Sandbox — works', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.hub.clientSecret },
    { fields: { name: 'Sandbox — app expects HTTP Basic', orgId: 'acme', clientId: idp.clients.basicOnly.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.basicOnly.clientSecret },
    { fields: { name: 'Sandbox — redirect URI not registered', orgId: 'acme', clientId: idp.clients.otherRedirect.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.otherRedirect.clientSecret },
    { fields: { name: 'Sandbox — wrong secret', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer }, secret: 'not-the-secret' },
    { fields: { name: 'Sandbox — custom server, groups', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.customIssuer, requestGroups: true }, secret: idp.clients.hub.clientSecret },
  ];
  const ids: string[] = [];
  for (const s of sandboxes) {
    const created = await app.services.handlers.createConfig({ fields: s.fields });
    ids.push(created.id);
    await app.services.handlers.setSecret({ id: created.id, secret: s.secret });
  }

  console.log(`Okta-like IdP: ${idp.orgIssuer} (custom server ${idp.customIssuer})`);
  console.log('Sandbox users (username / password):');
  for (const [name, u] of Object.entries(idp.users)) console.log(`  ${name.padEnd(11)} ${u.username} / ${u.password}`);
  console.log(`Browser mode ready: ${app.launchUrl}`);

  let stopping = false;
  async function stop(why: string) {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the demo (${why})…`);
    for (const id of ids) await app.services.handlers.deleteConfig({ id }).catch(() => undefined);
    await app.close();
    await idp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
  process.on('SIGINT', () => void stop('Ctrl-C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('The demo could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
