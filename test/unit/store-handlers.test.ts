/**
 * The configuration calls through the real dispatcher and the real store,
 * with an in-memory keychain and clipboard (the real keychain is covered by
 * test/integration/keychain.test.ts).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallName, Diagnosis } from '../../common/contract';
import { dispatch, type Handlers } from '../../main/core/app/dispatch';
import { createConfigHandlers } from '../../main/core/app/config-handlers';
import type { AppDeps } from '../../main/core/app/services';
import { createDataDirExportPicker } from '../../main/browser/export-picker';
import { diagnosisError, DiagnosisError } from '../../common/diagnosis';
import type { ClipboardPort, SecretVault } from '../../main/core/ports';
import { historyRecord, steppingClock, tempDataDir, openStore } from './store-helpers';

function memoryVault() {
  const entries = new Map<string, string>();
  let state: 'ok' | 'KEYCHAIN_LOCKED' = 'ok';
  const vault: SecretVault = {
    async set(a, s) {
      if (state !== 'ok') throw diagnosisError(state);
      entries.set(a, s);
    },
    async get(a) {
      if (state !== 'ok') return null; // what keytar does with a locked keyring
      return entries.get(a) ?? null;
    },
    async delete(a) {
      if (state !== 'ok') throw diagnosisError(state);
      return entries.delete(a);
    },
    async probe() {
      return state === 'ok' ? { ok: true } : { ok: false, code: state, detail: 'locked' };
    },
  };
  return { vault, entries, lock: () => (state = 'KEYCHAIN_LOCKED'), unlock: () => (state = 'ok') };
}

function memoryClipboard(): ClipboardPort & { text: string } {
  const c = {
    text: '',
    async writeText(t: string) {
      c.text = t;
    },
    async readText() {
      return c.text;
    },
  };
  return c;
}

async function app(options: { clipboardClearMs?: number; cancelExport?: boolean; undoDeleteMs?: number; dataDir?: string; mv?: ReturnType<typeof memoryVault> } = {}) {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const clock = steppingClock();
  const store = openStore(dataDir, clock);
  const mv = options.mv ?? memoryVault();
  const clipboard = memoryClipboard();
  const events: Diagnosis[] = [];
  const picker = createDataDirExportPicker(dataDir);
  const deps = {
    shell: 'browser',
    dataDir,
    vault: mv.vault,
    clipboard,
    exportPicker: options.cancelExport ? { choose: async () => null } : picker,
    emit: (name: string, payload: Diagnosis) => name === 'storeProblem' && events.push(payload),
    clock,
    store,
    clipboardClearMs: options.clipboardClearMs,
    undoDeleteMs: options.undoDeleteMs,
  } as unknown as AppDeps & { store: typeof store; clipboardClearMs?: number; undoDeleteMs?: number };
  const group = createConfigHandlers(deps);
  const handlers = group.handlers as unknown as Handlers;
  async function call(name: CallName, input: unknown) {
    const r = await dispatch(handlers, name, input);
    if (!r.ok) throw new DiagnosisError(r.error);
    return r.value as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  async function fail(name: CallName, input: unknown): Promise<Diagnosis> {
    const r = await dispatch(handlers, name, input);
    if (r.ok) throw new Error(`${name} succeeded`);
    return r.error;
  }
  return { dataDir, store, mv, clipboard, events, call, fail, close: group.close, startup: group.startup };
}

describe('configuration calls', () => {
  it('an edit of one field keeps the others (the contract sends a patch)', async () => {
    const { call } = await app();
    const c = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', clientId: 'cid', issuerUrl: 'https://acme.okta.com' } });
    const u = await call('updateConfig', { id: c.id, fields: { name: 'Acme 2' }, expectedRevision: 0 });
    expect(u).toMatchObject({ name: 'Acme 2', orgId: 'acme', clientId: 'cid', issuerUrl: 'https://acme.okta.com', revision: 1 });
  });

  it('strips what copy and paste brings along from the Client ID, Issuer URL and secret before saving', async () => {
    const { call, fail, mv } = await app();
    const c = await call('createConfig', { fields: { orgId: 'acme', clientId: '\u200B0oa8f2k1x9EXAMPLE697 ' } });
    expect(c.clientId).toBe('0oa8f2k1x9EXAMPLE697');
    const u = await call('updateConfig', { id: c.id, fields: { issuerUrl: '\u00A0https://acme.okta.com\uFEFF' } });
    expect(u.issuerUrl).toBe('https://acme.okta.com');
    await call('setSecret', { id: c.id, secret: ' s3cret-value\u200B\n' });
    expect(mv.entries.get(c.id)).toBe('s3cret-value');
    expect((await fail('setSecret', { id: c.id, secret: ' \u200B ' })).code).toBe('INVALID_INPUT');
  });

  it('setSecret keeps the secret out of every answer; copySecret puts it on the clipboard and clears it after the delay', async () => {
    const { call, mv, clipboard, close } = await app({ clipboardClearMs: 150 });
    const c = await call('createConfig', { fields: { orgId: 'acme' } });
    const secret = 'okta-secret-' + randomUUID();
    expect(await call('setSecret', { id: c.id, secret })).toEqual({ hasSecret: true });
    expect(mv.entries.get(c.id)).toBe(secret);
    const got = await call('getConfig', { id: c.id });
    expect(got.hasSecret).toBe(true);
    expect(JSON.stringify(got)).not.toContain(secret);

    expect(await call('copySecret', { id: c.id })).toEqual({ clearsAfterMs: 150 });
    expect(clipboard.text).toBe(secret);
    await new Promise((r) => setTimeout(r, 300));
    expect(clipboard.text).toBe('');

    // If the admin copied something else meanwhile, it is left alone.
    await call('copySecret', { id: c.id });
    clipboard.text = 'something the admin copied';
    await new Promise((r) => setTimeout(r, 300));
    expect(clipboard.text).toBe('something the admin copied');

    // close() clears at once.
    await call('copySecret', { id: c.id });
    await close();
    expect(clipboard.text).toBe('');
  });

  it('copySecret tells apart not set, locked and missing', async () => {
    const { call, fail, mv } = await app();
    const c = await call('createConfig', { fields: {} });
    expect((await fail('copySecret', { id: c.id })).code).toBe('SECRET_NOT_SET');
    await call('setSecret', { id: c.id, secret: 's3cret-value' });
    mv.lock();
    expect((await fail('copySecret', { id: c.id })).code).toBe('KEYCHAIN_LOCKED');
    mv.unlock();
    mv.entries.delete(c.id);
    expect((await fail('copySecret', { id: c.id })).code).toBe('SECRET_MISSING');
  });

  it('deleteConfig moves to the trash with the secret kept; restoreConfig brings back the same configuration, history and secret', async () => {
    const { call, fail, mv, store, dataDir } = await app();
    const c = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', clientId: 'cid' } });
    await call('setSecret', { id: c.id, secret: 'kept-while-in-the-trash' });
    await store.appendHistory(historyRecord(c.id, '2026-03-01T11:00:00.000Z'));
    const before = await call('getConfig', { id: c.id });
    const history = await call('getHistory', { id: c.id });
    expect(history).toHaveLength(1);

    expect(await call('deleteConfig', { id: c.id })).toEqual({ deleted: true, undoForMs: 10_000 });
    // Gone for every reader, the secret still in the keychain.
    expect((await fail('getConfig', { id: c.id })).code).toBe('CONFIG_NOT_FOUND');
    expect((await fail('getHistory', { id: c.id })).code).toBe('CONFIG_NOT_FOUND');
    expect(await call('listConfigs', {})).toEqual([]);
    expect((await fail('exportConfigs', { ids: [c.id] })).code).toBe('CONFIG_NOT_FOUND');
    expect(mv.entries.get(c.id)).toBe('kept-while-in-the-trash');
    expect(await fs.readdir(path.join(dataDir, 'configs'))).toEqual([]);

    expect(await call('restoreConfig', { id: c.id })).toEqual(before);
    expect(await call('getConfig', { id: c.id })).toEqual(before);
    expect(await call('getHistory', { id: c.id })).toEqual(history);
    expect((await call('listConfigs', {})).map((s: { id: string }) => s.id)).toEqual([c.id]);
    expect(mv.entries.get(c.id)).toBe('kept-while-in-the-trash');
    expect(await fs.readdir(path.join(dataDir, 'trash'))).toEqual([]);
  });

  it('emptying the trash removes the secret, then the files; a second delete empties the first; too late to undo after', async () => {
    const { call, fail, mv, store, dataDir } = await app();
    const a = await call('createConfig', { fields: { name: 'a' } });
    const b = await call('createConfig', { fields: { name: 'b' } });
    await call('setSecret', { id: a.id, secret: 'secret-a' });
    await call('setSecret', { id: b.id, secret: 'secret-b' });
    await store.appendHistory(historyRecord(a.id, '2026-03-01T11:00:00.000Z'));

    await call('deleteConfig', { id: a.id });
    await call('deleteConfig', { id: b.id });
    // a's undo window closed with b's delete: a is gone for good, b waits.
    expect(mv.entries.has(a.id)).toBe(false);
    expect(mv.entries.get(b.id)).toBe('secret-b');
    expect((await fail('restoreConfig', { id: a.id })).code).toBe('UNDO_EXPIRED');
    expect(await fs.readdir(path.join(dataDir, 'history'))).toEqual([]);

    expect(await call('emptyTrash', {})).toEqual({ emptied: 1 });
    expect(mv.entries.has(b.id)).toBe(false);
    expect(await fs.readdir(path.join(dataDir, 'trash'))).toEqual([]);
    expect(await fs.readdir(path.join(dataDir, 'configs'))).toEqual([]);
    expect((await fail('restoreConfig', { id: b.id })).code).toBe('UNDO_EXPIRED');
  });

  it('with a locked keychain the trash keeps the configuration (invisible) and its secret until emptying can finish', async () => {
    const { call, fail, mv, dataDir } = await app();
    const c = await call('createConfig', { fields: { name: 'locked' } });
    await call('setSecret', { id: c.id, secret: 'survives-a-locked-keychain' });
    await call('deleteConfig', { id: c.id });
    mv.lock();
    expect((await fail('emptyTrash', {})).code).toBe('KEYCHAIN_LOCKED');
    expect(await fs.readdir(path.join(dataDir, 'trash'))).toEqual([`${c.id}.json`]);
    expect((await fail('getConfig', { id: c.id })).code).toBe('CONFIG_NOT_FOUND');
    mv.unlock();
    expect(mv.entries.get(c.id)).toBe('survives-a-locked-keychain');
    expect(await call('emptyTrash', {})).toEqual({ emptied: 1 });
    expect(mv.entries.has(c.id)).toBe(false);
  });

  it('the trash empties by itself after the undo window, and at the next start', async () => {
    const one = await app({ undoDeleteMs: 50 });
    const c = await one.call('createConfig', { fields: { name: 'timed' } });
    await one.call('setSecret', { id: c.id, secret: 'goes-after-the-window' });
    await one.call('deleteConfig', { id: c.id });
    expect(one.mv.entries.has(c.id)).toBe(true);
    // The window (50 ms) plus the main side's grace for a late click (2 s).
    await expect.poll(() => fs.readdir(path.join(one.dataDir, 'trash')), { timeout: 8000 }).toEqual([]);
    expect(one.mv.entries.has(c.id)).toBe(false);

    // A delete whose window was cut short by quitting: the next start empties the trash.
    const d = await one.call('createConfig', { fields: { name: 'quit' } });
    await one.call('setSecret', { id: d.id, secret: 'goes-at-next-start' });
    await one.call('deleteConfig', { id: d.id });
    await one.close();
    expect(one.mv.entries.has(d.id)).toBe(true);
    const again = await app({ dataDir: one.dataDir, mv: one.mv });
    await again.startup;
    expect(one.mv.entries.has(d.id)).toBe(false);
    expect(await fs.readdir(path.join(one.dataDir, 'trash'))).toEqual([]);
  }, 20_000);

  it('setStepDone refuses step 3', async () => {
    const { call, fail } = await app();
    const c = await call('createConfig', { fields: {} });
    expect((await fail('setStepDone', { id: c.id, step: 'credentials', done: true })).code).toBe('STEP_NEEDS_TEST');
  });

  it('reports a corrupt file as a storeProblem event while the list still loads', async () => {
    const { call, events, dataDir } = await app();
    const a = await call('createConfig', { fields: { name: 'a' } });
    const b = await call('createConfig', { fields: { name: 'b' } });
    await fs.writeFile(path.join(dataDir, 'configs', `${b.id}.json`), '{');
    expect((await call('listConfigs', {})).map((s: { id: string }) => s.id)).toEqual([a.id]);
    expect(events.map((e) => e.code)).toEqual(['STORE_CORRUPT']);
    expect(events[0]!.evidence.file).toBe(path.join(dataDir, 'configs', `${b.id}.json`));
  });
});

describe('export and import', () => {
  it('exports without any secret, and imports back into another data folder', async () => {
    const one = await app();
    const c = await one.call('createConfig', {
      fields: { name: 'Acme', orgId: 'acme', clientId: 'cid', issuerUrl: 'https://acme.okta.com', requestGroups: true },
    });
    const secret = 'export-must-not-contain-' + randomUUID();
    await one.call('setSecret', { id: c.id, secret });
    await one.call('setStepDone', { id: c.id, step: 'createApp', done: true });
    const out = await one.call('exportConfigs', {});
    expect(out.count).toBe(1);
    expect(out.path.startsWith(path.join(one.dataDir, 'exports', 'sso-configurations-'))).toBe(true);
    const text = await fs.readFile(out.path, 'utf8');
    expect(text).not.toContain(secret);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'sso-setup-assistant/configs', schemaVersion: 1 });
    expect(file.configurations[0]).not.toHaveProperty('hasSecret');

    const two = await app();
    const r = await two.call('importConfigs', { json: text });
    expect(r).toEqual({ imported: [{ id: c.id, name: 'Acme' }], conflicts: [] });
    const imported = await two.call('getConfig', { id: c.id });
    expect(imported).toMatchObject({ orgId: 'acme', clientId: 'cid', requestGroups: true, hasSecret: false });
    expect(imported.progress.done).toMatchObject({ createApp: true, credentials: false });
  });

  it('never overwrites without being asked: report, keep-both, replace', async () => {
    const { call } = await app();
    const c = await call('createConfig', { fields: { name: 'Mine', clientId: 'mine' } });
    const other = randomUUID();
    const json = JSON.stringify({
      format: 'sso-setup-assistant/configs',
      schemaVersion: 1,
      configurations: [
        { id: c.id, name: 'Theirs', clientId: 'theirs' },
        { id: other, name: 'New one' },
      ],
    });
    const reported = await call('importConfigs', { json });
    expect(reported).toEqual({ imported: [{ id: other, name: 'New one' }], conflicts: [{ id: c.id, name: 'Theirs', orgId: '' }] });
    expect((await call('getConfig', { id: c.id })).clientId).toBe('mine');

    const both = await call('importConfigs', { json: JSON.stringify({ ...JSON.parse(json), configurations: [JSON.parse(json).configurations[0]] }), onConflict: 'keep-both' });
    expect(both.conflicts).toEqual([]);
    expect(both.imported[0].id).not.toBe(c.id);
    expect(both.imported[0].name).toBe('Theirs (imported)');
    expect((await call('getConfig', { id: c.id })).clientId).toBe('mine');

    await call('importConfigs', { json, onConflict: 'replace' });
    expect((await call('getConfig', { id: c.id })).clientId).toBe('theirs');
    expect((await call('listConfigs', {})).length).toBe(3);
  });

  it('lists what is wrong with a bad file, without echoing its values', async () => {
    const { fail, call } = await app();

    const huge = 'x'.repeat(100_000);
    const id = randomUUID();
    const d = await fail('importConfigs', {
      json: JSON.stringify({
        format: 'sso-setup-assistant/configs',
        schemaVersion: 1,
        configurations: [
          { id: 'not-a-uuid', name: 'a' },
          { id, orgId: '-bad-', issuerUrl: huge, idpKind: 'azure' },
          { id, name: 'dup' },
        ],
      }),
    });
    expect(d.code).toBe('IMPORT_INVALID');
    const problems = d.evidence.problems!;
    expect(problems).toMatch(/configurations\.0\.id/);
    expect(problems).toMatch(/configurations\.1\.orgId/);
    expect(problems).toMatch(/configurations\.1\.issuerUrl/);
    expect(problems).toMatch(/configurations\.1\.idpKind/);
    expect(problems).toMatch(/configurations\.2\.id: the same id appears twice/);
    // One sentence in the cause, no schema dump; the problems are evidence only, once.
    expect(d.cause).toBe('The file is an export of this app, but 3 of its 3 configurations have values this app does not accept (the first: number 1); the evidence lists them. Nothing was imported.');
    expect(d.cause).not.toMatch(/configurations\.\d/);
    expect(Object.keys(d.evidence)).toEqual(['problems']);
    expect(JSON.stringify(d)).not.toContain('xxxxxxxxxx');
    expect(JSON.stringify(d).length).toBeLessThan(5000);
    // Nothing was imported from a file with problems.
    expect(await call('listConfigs', {})).toEqual([]);
  });

  it('replacing keeps the secret only when the issuer and Client ID stay the same', async () => {
    const { call, mv } = await app();
    const same = await call('createConfig', { fields: { name: 'same', clientId: 'cid', issuerUrl: 'https://acme.okta.com' } });
    const moved = await call('createConfig', { fields: { name: 'moved', clientId: 'cid', issuerUrl: 'https://acme.okta.com' } });
    await call('setSecret', { id: same.id, secret: 'keep-me' });
    await call('setSecret', { id: moved.id, secret: 'drop-me' });
    const json = JSON.stringify({
      format: 'sso-setup-assistant/configs',
      schemaVersion: 1,
      configurations: [
        { id: same.id, name: 'same, reviewed', clientId: 'cid', issuerUrl: 'https://acme.okta.com' },
        { id: moved.id, name: 'moved', clientId: 'cid', issuerUrl: 'https://evil.example' },
      ],
    });
    await call('importConfigs', { json, onConflict: 'replace' });
    expect(await call('getConfig', { id: same.id })).toMatchObject({ name: 'same, reviewed', hasSecret: true });
    expect(mv.entries.get(same.id)).toBe('keep-me');
    expect(await call('getConfig', { id: moved.id })).toMatchObject({ issuerUrl: 'https://evil.example', hasSecret: false });
    expect(mv.entries.has(moved.id)).toBe(false);
  });

  it('imports a large file in batches, and every configuration lists', async () => {
    const { call } = await app();
    const configurations = Array.from({ length: 600 }, (_, i) => ({ id: randomUUID(), name: `c${i}`, orgId: 'acme' }));
    const r = await call('importConfigs', { json: JSON.stringify({ format: 'sso-setup-assistant/configs', schemaVersion: 1, configurations }) });
    expect(r.imported).toHaveLength(600);
    expect(await call('listConfigs', {})).toHaveLength(600);
  });

  it('EXPORT_CANCELLED when no file is chosen', async () => {
    const { call, fail } = await app({ cancelExport: true });
    await call('createConfig', { fields: {} });
    expect((await fail('exportConfigs', {})).code).toBe('EXPORT_CANCELLED');
  });
});

describe('import: each kind of wrong file says what it is and what was expected (real files)', () => {
  const fixture = (name: string) => fs.readFile(path.join(__dirname, '../fixtures/import-files', name), 'utf8');
  /** What a schema dump would look like: zod's words, or paths into the file. */
  const dump = /Invalid input|expected (string|number|object)|configurations\.\d|\bpath\b|ZodError|"code":/i;

  const cases: [file: string, code: string, title: string, cause: RegExp][] = [
    ['configurations.csv', 'IMPORT_NOT_JSON', 'This file is not JSON', /could not be read as JSON|looks like/],
    ['evidence-report.html', 'IMPORT_NOT_JSON', 'This file is not JSON', /looks like an HTML or XML page/],
    ['export-truncated.json', 'IMPORT_NOT_JSON', 'This file is not JSON', /it ends too early \(cut short\?\)/],
    ['tool-manifest.json', 'IMPORT_NOT_AN_EXPORT', 'This is not an export of this app', /not an SSO Setup Assistant export/],
    ['okta-oidc-app.json', 'IMPORT_OKTA_APP_DEFINITION', 'This looks like an Okta app definition: create the configuration with New configuration instead', /describes an Okta application/],
    ['okta-apps-list.json', 'IMPORT_OKTA_APP_DEFINITION', 'This looks like an Okta app definition: create the configuration with New configuration instead', /describes an Okta application/],
    ['export-newer.json', 'IMPORT_NEWER_VERSION', 'This export is from a newer version of the app', /exported by SSO Setup Assistant 2\.0\.0 in export format version 2; this version of the app reads format version 1/],
    ['export-older.json', 'IMPORT_OLDER_VERSION', 'This export is in an export format this app no longer reads', /exported by SSO Setup Assistant 0\.0\.1 in export format version 0; this version of the app reads format version 1/],
  ];
  for (const [file, code, title, cause] of cases) {
    it(`${file}: ${code}, one message, nothing imported`, async () => {
      const { fail, call } = await app();
      const d = await fail('importConfigs', { json: await fixture(file) });
      expect(d.code).toBe(code);
      expect(d.title).toBe(title);
      expect(d.cause).toMatch(cause);
      expect(d.cause).toMatch(/Nothing was imported\.$/);
      expect(`${d.title} ${d.cause}`).not.toMatch(dump);
      expect(await call('listConfigs', {})).toEqual([]);
    });
  }

  it('names where a JSON file stops being JSON, when the parser says so', async () => {
    const { fail } = await app();
    const d = await fail('importConfigs', { json: '{\n  "format": "sso-setup-assistant/configs",\n  "schemaVersion": 1, ' });
    expect(d.code).toBe('IMPORT_NOT_JSON');
    expect(d.evidence).toMatchObject({ line: '3' });
    const e = await fail('importConfigs', { json: '' });
    expect(e.cause).toMatch(/The file is empty/);
  });

  it('an Okta app definition names the Okta fields it found; the good export next to it imports', async () => {
    const { fail, call } = await app();
    const d = await fail('importConfigs', { json: await fixture('okta-oidc-app.json') });
    expect(d.evidence.found).toBe('signOnMode, "name": "oidc_client", credentials.oauthClient, settings.oauthClient, _links');
    const r = await call('importConfigs', { json: await fixture('export-good.json') });
    expect(r.imported.map((c: { name: string }) => c.name)).toEqual(['Acme production', '']);
  });
});
