/**
 * A full session as an admin would run it, with every part real: the services
 * behind the contract, the store on disk, the REAL keychain (gnome-keyring via
 * scripts/with-keyring.sh), the Okta-like IdP with the HTTP login agent as the
 * login window. Saves, secret changes, issuer checks, test logins (good and
 * wrong secret), copy, duplicate, export, import, delete.
 *
 * Then: the secrets appear in no file under the data folder, in no export
 * (evidence reports included: the PDF's text is extracted with pdftotext), in
 * no answer the UI received and in nothing the app printed; nor do the codes
 * and tokens the IdP issued.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { createHttpLoginAgent } from '../fixtures/okta-idp/login-agent';
import { createServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import { createKeytarVault } from '../../main/core/secrets/keytar-vault';
import { createDataDirExportPicker } from '../../main/browser/export-picker';
import { createChromiumReportPrinter } from '../../main/browser/report-printer';
import type { CallName } from '../../common/contract';
import { secretServiceAvailable } from './keychain-available';

const available = secretServiceAvailable();

let idp: OktaLikeIdp;
beforeAll(async () => {
  if (available) idp = await startOktaLikeIdp({ recordIssued: true });
});
afterAll(async () => {
  await idp?.close();
});

/** Every form a secret could take on disk or in a log. */
function variants(secret: string): string[] {
  return [secret, Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url'), encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
}

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

describe.skipIf(!available)('no secret leaks during a full session', () => {
  it('saves, tests, copies, exports, imports and deletes without a secret reaching disk, answers or logs', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sso-leak-'));
    const vault = createKeytarVault({ service: `sso-assistant-leak-test-${randomUUID()}` });
    const goodSecret = idp.clients.hub.clientSecret;
    const wrongSecret = `wrong-${randomUUID()}`;
    const clipboard = { text: '', writeText: async (t: string) => void (clipboard.text = t), readText: async () => clipboard.text };

    // Everything the app prints while the session runs.
    const printed: string[] = [];
    const realOut = process.stdout.write.bind(process.stdout);
    const realErr = process.stderr.write.bind(process.stderr);
    const capture = (chunk: unknown) => (printed.push(String(chunk)), true);
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    const answers: string[] = [];

    const services = createServices({
      shell: 'browser',
      dataDir,
      vault,
      authWindow: createHttpLoginAgent({ username: idp.users.alice.username, password: idp.users.alice.password }),
      fetch,
      clipboard,
      opener: { open: async () => {} },
      exportPicker: createDataDirExportPicker(dataDir),
      reportPrinter: createChromiumReportPrinter(),
      emit: (name, payload) => answers.push(JSON.stringify({ name, payload })),
      clock: { now: () => Date.now() },
      networkTimeoutMs: 5000,
      loginTimeoutMs: 20_000,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async function call(name: CallName, input: unknown): Promise<any> {
      const r = await dispatch(services.handlers, name, input);
      answers.push(JSON.stringify(r));
      if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code}`), { diagnosis: r.error });
      return r.value;
    }

    let deletedId = '';
    let reportText = '';
    let keptId = '';
    try {
      const c = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer } });
      await call('updateConfig', { id: c.id, fields: { roleMapping: { attributePath: 'groups', rules: [{ idpValue: 'hf-admins', role: 'admin' }], resourceGroupRules: [] } } });
      await call('setSecret', { id: c.id, secret: goodSecret });
      await call('checkIssuer', { issuerUrl: idp.orgIssuer, clientId: idp.clients.hub.clientId, configId: c.id });
      expect((await call('testLogin', { configId: c.id })).outcome).toBe('success');

      await call('setSecret', { id: c.id, secret: wrongSecret });
      const failed = await call('testLogin', { configId: c.id });
      expect(failed.outcome).toBe('failure');
      expect(failed.diagnosis.code).toBe('INVALID_CLIENT_SECRET');

      await call('setSecret', { id: c.id, secret: goodSecret });
      expect((await call('testLogin', { configId: c.id })).outcome).toBe('success');
      expect((await call('getConfig', { id: c.id })).progress.done.credentials).toBe(true);

      expect(await call('copySecret', { id: c.id })).toEqual({ clearsAfterMs: 30_000 });
      expect(clipboard.text).toBe(goodSecret);

      const copy = await call('duplicateConfig', { id: c.id });
      await call('setSecret', { id: copy.id, secret: wrongSecret });
      const exported = await call('exportConfigs', {});
      expect(exported.count).toBe(2);
      const imported = await call('importConfigs', { json: await fs.readFile(exported.path, 'utf8'), onConflict: 'keep-both' });
      expect(imported.imported).toHaveLength(2);
      expect((await call('getHistory', { id: c.id })).map((r: { kind: string }) => r.kind)).toEqual(['test-login', 'test-login', 'test-login', 'issuer-check']);
      await call('listConfigs', {});

      // Evidence reports, with the tested users' claims in full: still no secret, code or token.
      const pdf = await call('exportReport', { configId: c.id, format: 'pdf', claims: 'all' });
      const html = await call('exportReport', { configId: c.id, format: 'html', claims: 'all' });
      reportText = `${execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' })}\n${await fs.readFile(html.path, 'utf8')}`;
      // The extraction works: the report's own content is found in it.
      expect(reportText).toContain(idp.users.alice.email!);
      expect(reportText).toContain('INVALID_CLIENT_SECRET');

      await call('deleteConfig', { id: copy.id });
      deletedId = copy.id;
      // In the trash the secret stays in the keychain (Undo brings it back); emptying the trash removes it.
      expect(await vault.get(copy.id)).not.toBeNull();
      await call('emptyTrash', {});
      expect(await vault.get(copy.id)).toBeNull(); // the keychain entry went with it
      keptId = c.id; // kept, so its configuration and history files are searched too
    } finally {
      await services.close();
      process.stdout.write = realOut;
      process.stderr.write = realErr;
    }
    expect(clipboard.text).toBe(''); // close() cleared the copied secret
    expect(deletedId).not.toBe('');

    const files = await allFiles(dataDir);
    expect(files).toContain(path.join(dataDir, 'history', `${keptId}.json`));
    expect(files.some((f) => f.includes(`${path.sep}exports${path.sep}`))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}history${path.sep}`) || f.includes(`${path.sep}configs${path.sep}`))).toBe(true);
    async function search(where: { files: string[]; answers: string[]; printed: string[] }, secrets: string[]): Promise<string[]> {
      const hits: string[] = [];
      for (const secret of secrets) {
        for (const v of variants(secret)) {
          for (const f of where.files) if ((await fs.readFile(f)).includes(v)) hits.push(`${f} contains a form of the secret`);
          if (where.answers.some((a) => a.includes(v))) hits.push('an answer to the UI contains a form of the secret');
          if (where.printed.some((p) => p.includes(v))) hits.push('the app printed a form of the secret');
        }
      }
      return hits;
    }
    // The search itself finds a planted secret (a search that cannot fail proves nothing).
    const canary = path.join(dataDir, 'canary.txt');
    await fs.writeFile(canary, `x${Buffer.from(goodSecret).toString('base64')}x`);
    const planted = await search({ files: [canary], answers: [], printed: [JSON.stringify({ s: wrongSecret })] }, [goodSecret, wrongSecret]);
    expect(planted.some((h) => h.startsWith(canary))).toBe(true);
    expect(planted.some((h) => h.includes('printed'))).toBe(true);
    await fs.rm(canary);

    expect(await search({ files, answers, printed: [...printed, reportText] }, [goodSecret, wrongSecret])).toEqual([]);
    const issued = [...idp.issued!.codes, ...idp.issued!.accessTokens, ...idp.issued!.idTokens];
    expect(issued.length).toBeGreaterThan(3);
    expect(await search({ files, answers, printed: [...printed, reportText] }, issued)).toEqual([]);
    await vault.delete(keptId);
    console.log(`leak test: ${files.length} files, ${answers.length} answers/events, ${printed.length} printed chunks searched; 0 hits`);
    await fs.rm(dataDir, { recursive: true, force: true });
  }, 120_000);
});
