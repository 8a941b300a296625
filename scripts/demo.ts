/**
 * `npm run demo`: the whole flow without an IdP tenant. Starts the Okta-,
 * Entra- and Google-like identity providers used by the tests on 127.0.0.1,
 * then the app in browser mode with sandbox configurations pointing at them
 * (per IdP, one that works and a few that fail the way real setups do). Data
 * lives in a throwaway folder and the sandbox secrets under their own
 * keychain service name, removed on exit.
 *
 *   npm run demo -- [--headless] [--no-open]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startOktaLikeIdp } from '../test/fixtures/okta-idp';
import { startEntraLikeIdp } from '../test/fixtures/entra-idp';
import { startGoogleLikeIdp } from '../test/fixtures/google-idp';
import { SAML_USERS, startSamlIdp } from '../test/fixtures/saml-idp';
import { IdpKind } from '../common/schemas/config-schemas';
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
  const missing = ['dbus-run-session', 'gnome-keyring-daemon'].filter((bin) => !onPath(bin));
  if (missing.length > 0) {
    console.error(
      `No usable keychain here (${health.code}), and no private one can be started: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed. ` +
        'Run `bash scripts/setup.sh` (it installs dbus and gnome-keyring), or unlock your desktop keyring, then `npm run demo` again.',
    );
    process.exit(1);
  }
  console.log(`No usable keychain here (${health.code}); running the demo inside a private, throwaway gnome-keyring.`);
  const child = spawn(path.join(__dirname, 'with-keyring.sh'), [process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SSO_DEMO_IN_PRIVATE_KEYRING: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 1));
  return true;
}

function onPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, bin)));
}

async function main() {
  const { values } = parseArgs({ options: { headless: { type: 'boolean', default: false }, 'no-open': { type: 'boolean', default: false } } });
  process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE ??= 'SSO Setup Assistant (demo)';
  if (await ensureKeychain()) return;
  const idp = await startOktaLikeIdp();
  const entra = await startEntraLikeIdp();
  const google = await startGoogleLikeIdp();
  // Google refuses embedded browsers: this one refuses every sign-in that way, to show the explanation.
  const googleRefusing = await startGoogleLikeIdp({ refuseEmbedded: 'signin-rejected' });
  // SAML IdPs in each shape (a sign-in form), and one whose assertions are not signed.
  const saml = {
    okta: await startSamlIdp({ shape: 'okta', login: 'form' }),
    entra: await startSamlIdp({ shape: 'entra', login: 'form' }),
    google: await startSamlIdp({ shape: 'google', login: 'form' }),
    oktaUnsigned: await startSamlIdp({ shape: 'okta', login: 'form', failure: 'unsigned-assertion' }),
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-assistant-demo-'));
  const app = await startBrowserMode({
    dataDir,
    distDir: path.resolve(__dirname, '..', 'dist'),
    open: !values['no-open'],
    headless: values.headless,
    onAppWindowClosed: () => void stop('the app window was closed'),
  });

  // The Entra and Google sandboxes record their profile once the app knows it (IdpKind), else 'generic'.
  const kind = (wanted: string): ConfigFields['idpKind'] =>
    ((IdpKind.options as readonly string[]).includes(wanted) ? wanted : 'generic') as ConfigFields['idpKind'];
  // The Hub shows its SP Entity ID in the org's SSO settings; any stable value stands for it in the sandbox.
  const samlFields = (idpSandbox: (typeof saml)['okta'], certificate = idpSandbox.certificatePem) => ({
    protocol: 'saml' as const,
    orgId: 'acme',
    saml: { spEntityId: 'https://huggingface.co/saml/metadata/acme-sandbox', ssoUrl: idpSandbox.ssoUrl, idpEntityId: idpSandbox.entityId, certificate, metadataUrl: idpSandbox.metadataUrl },
  });
  const sandboxes: Array<{ fields: Partial<ConfigFields>; secret?: string }> = [
    { fields: { name: 'Sandbox — works', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.hub.clientSecret },
    { fields: { name: 'Sandbox — app expects HTTP Basic', orgId: 'acme', clientId: idp.clients.basicOnly.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.basicOnly.clientSecret },
    { fields: { name: 'Sandbox — redirect URI not registered', orgId: 'acme', clientId: idp.clients.otherRedirect.clientId, issuerUrl: idp.orgIssuer }, secret: idp.clients.otherRedirect.clientSecret },
    { fields: { name: 'Sandbox — wrong secret', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer }, secret: 'not-the-secret' },
    { fields: { name: 'Sandbox — custom server, groups', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.customIssuer, requestGroups: true }, secret: idp.clients.hub.clientSecret },
    // Entra: the metadata document URL is what the Hub's guide tells admins to paste.
    { fields: { name: 'Entra sandbox — works', idpKind: kind('entra'), orgId: 'acme', clientId: entra.clients.hub.clientId, issuerUrl: entra.metadataUrl }, secret: entra.clients.hub.clientSecret },
    { fields: { name: 'Entra sandbox — Secret ID pasted instead of the Value', idpKind: kind('entra'), orgId: 'acme', clientId: entra.clients.hub.clientId, issuerUrl: entra.issuer }, secret: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
    { fields: { name: 'Entra sandbox — expired secret', idpKind: kind('entra'), orgId: 'acme', clientId: entra.clients.expiredSecret.clientId, issuerUrl: entra.issuer }, secret: entra.clients.expiredSecret.clientSecret },
    { fields: { name: 'Entra sandbox — redirect URI not registered', idpKind: kind('entra'), orgId: 'acme', clientId: entra.clients.otherRedirect.clientId, issuerUrl: entra.issuer }, secret: entra.clients.otherRedirect.clientSecret },
    { fields: { name: 'Entra sandbox — /common issuer', idpKind: kind('entra'), orgId: 'acme', clientId: entra.clients.hub.clientId, issuerUrl: entra.commonIssuerUrl }, secret: entra.clients.hub.clientSecret },
    { fields: { name: 'Google sandbox — works', idpKind: kind('google'), orgId: 'acme', clientId: google.clients.hub.clientId, issuerUrl: google.issuer }, secret: google.clients.hub.clientSecret },
    { fields: { name: 'Google sandbox — redirect URI not registered', idpKind: kind('google'), orgId: 'acme', clientId: google.clients.otherRedirect.clientId, issuerUrl: google.issuer }, secret: google.clients.otherRedirect.clientSecret },
    { fields: { name: 'Google sandbox — wrong secret', idpKind: kind('google'), orgId: 'acme', clientId: google.clients.hub.clientId, issuerUrl: google.issuer }, secret: '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t0' },
    { fields: { name: 'Google sandbox — embedded browser refused', idpKind: kind('google'), orgId: 'acme', clientId: googleRefusing.clients.hub.clientId, issuerUrl: googleRefusing.issuer }, secret: googleRefusing.clients.hub.clientSecret },
    { fields: { name: 'SAML sandbox (Okta) — works', idpKind: 'okta', ...samlFields(saml.okta) } },
    { fields: { name: 'SAML sandbox (Okta) — assertion not signed', idpKind: 'okta', ...samlFields(saml.oktaUnsigned) } },
    { fields: { name: 'SAML sandbox (Entra) — works', idpKind: 'entra', ...samlFields(saml.entra) } },
    { fields: { name: 'SAML sandbox (Entra) — another app’s certificate pasted', idpKind: 'entra', ...samlFields(saml.entra, saml.entra.otherCertificatePem) } },
    { fields: { name: 'SAML sandbox (Google) — works', idpKind: 'google', ...samlFields(saml.google) } },
  ];
  const ids: string[] = [];
  for (const s of sandboxes) {
    const created = await app.services.handlers.createConfig({ fields: s.fields });
    ids.push(created.id);
    if (s.secret) await app.services.handlers.setSecret({ id: created.id, secret: s.secret });
  }

  const printUsers = (users: Record<string, { username: string; password: string }>) => {
    for (const [name, u] of Object.entries(users)) console.log(`  ${name.padEnd(12)} ${u.username} / ${u.password}`);
  };
  console.log(`Okta-like IdP: ${idp.orgIssuer} (custom server ${idp.customIssuer})`);
  console.log('Sandbox users (username / password):');
  printUsers(idp.users);
  console.log(`Entra-like IdP: ${entra.issuer} (tenant ${entra.tenantId})`);
  console.log('Entra sandbox users (email / password):');
  printUsers(entra.users);
  console.log(`Google-like IdP: ${google.issuer} (and one that refuses embedded browsers: ${googleRefusing.issuer})`);
  console.log('Google sandbox users (email / password):');
  printUsers(google.users);
  console.log(`SAML IdPs: Okta-shaped ${saml.okta.origin}, Entra-shaped ${saml.entra.origin}, Google-shaped ${saml.google.origin}`);
  console.log('SAML sandbox users (username / password):');
  printUsers(SAML_USERS);
  console.log(`Browser mode ready: ${app.launchUrl}`);

  let stopping = false;
  async function stop(why: string) {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the demo (${why})…`);
    for (const id of ids) await app.services.handlers.deleteConfig({ id }).catch(() => undefined);
    await app.close();
    await Promise.all([idp.close(), entra.close(), google.close(), googleRefusing.close(), ...Object.values(saml).map((s) => s.close())]);
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
