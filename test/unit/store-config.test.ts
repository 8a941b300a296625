/** The configuration store on real files: what a user saves comes back, edits merge, step 3 is earned. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, errorOf, historyRecord, openStore, tempDataDir } from './store-helpers';

describe('configuration store', () => {
  it('round-trips a configuration through the disk and a fresh store', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    const created = await store.create({
      name: 'Acme prod',
      orgId: 'acme-corp',
      clientId: '0oa1b2c3d4',
      issuerUrl: 'https://acme.okta.com',
      roleMapping: { attributePath: 'groups', rules: [{ idpValue: 'hf-admins', role: 'admin' }], resourceGroupRules: [] },
    });
    expect(created.revision).toBe(0);
    expect(created.hasSecret).toBe(false);
    expect(created.progress.done).toEqual({ createApp: false, configureApp: false, credentials: false, enableSso: false });

    const again = openStore(dir);
    expect(await again.get(created.id)).toEqual(created);
    const list = await again.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: created.id, name: 'Acme prod', orgId: 'acme-corp', issuerUrl: 'https://acme.okta.com' });
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'configs', `${created.id}.json`), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
  });

  it('applies only the fields sent, bumps the revision, and refuses a stale expectedRevision', async () => {
    const store = openStore(await tempDataDir());
    const c = await store.create({ name: 'A', orgId: 'acme', clientId: 'cid' });
    const u1 = await store.update(c.id, { name: 'B' }, 0);
    expect(u1).toMatchObject({ name: 'B', orgId: 'acme', clientId: 'cid', revision: 1 });
    const stale = await errorOf(store.update(c.id, { name: 'C' }, 0));
    expect(stale.diagnosis.code).toBe('CONFIG_CHANGED_ELSEWHERE');
    expect(stale.diagnosis.evidence).toMatchObject({ expectedRevision: '0', currentRevision: '1' });
    expect((await store.get(c.id)).name).toBe('B');
    // Without expectedRevision the edit merges onto the latest saved values.
    expect(await store.update(c.id, { clientId: 'cid2' })).toMatchObject({ name: 'B', clientId: 'cid2', revision: 2 });
  });

  it('lists most recently updated first', async () => {
    const store = openStore(await tempDataDir());
    const a = await store.create({ name: 'a' });
    const b = await store.create({ name: 'b' });
    await store.update(a.id, { name: 'a2' });
    expect((await store.list()).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('step 3 is only ticked by a test of the current values; editing them or a new secret clears it', async () => {
    const store = openStore(await tempDataDir());
    const c = await store.create({ orgId: 'acme', clientId: 'cid', issuerUrl: 'https://acme.okta.com' });
    expect(await codeOf(store.setStepDone(c.id, 'credentials', true))).toBe('STEP_NEEDS_TEST');

    const withSecret = await store.setHasSecret(c.id, true);
    await store.markCredentialsTested(c.id, withSecret.revision);
    expect((await store.get(c.id)).progress.done.credentials).toBe(true);

    // A name or role edit keeps the tick.
    const renamed = await store.update(c.id, { name: 'renamed', roleMapping: { attributePath: 'groups', rules: [], resourceGroupRules: [] } });
    expect(renamed.progress.done.credentials).toBe(true);
    // Saving an unchanged Client ID keeps it too.
    expect((await store.update(c.id, { clientId: 'cid' })).progress.done.credentials).toBe(true);

    for (const patch of [{ clientId: 'other' }, { issuerUrl: 'https://acme.okta.com/oauth2/default' }, { orgId: 'acme2' }, { requestGroups: true }]) {
      const before = await store.get(c.id);
      await store.markCredentialsTested(c.id, before.revision);
      expect((await store.get(c.id)).progress.done.credentials).toBe(true);
      const edited = await store.update(c.id, patch);
      expect(edited.progress.done.credentials, JSON.stringify(patch)).toBe(false);
    }

    const tested = await store.get(c.id);
    await store.markCredentialsTested(c.id, tested.revision);
    expect((await store.setHasSecret(c.id, true)).progress.done.credentials).toBe(false);
  });

  it('a test that started before the values changed does not tick step 3; one before a mere rename does', async () => {
    const store = openStore(await tempDataDir());
    const c = await store.create({ orgId: 'acme', clientId: 'cid', issuerUrl: 'https://acme.okta.com' });
    const testedRevision = c.revision;
    await store.update(c.id, { clientId: 'changed-during-test' });
    await store.markCredentialsTested(c.id, testedRevision);
    expect((await store.get(c.id)).progress.done.credentials).toBe(false);

    const c2 = await store.get(c.id);
    await store.setCurrentStep(c.id, 'credentials'); // navigating while the test runs
    await store.update(c.id, { name: 'renamed while testing' });
    await store.markCredentialsTested(c.id, c2.revision);
    expect((await store.get(c.id)).progress.done.credentials).toBe(true);
  });

  it('ticks and unticks the admin steps and remembers the current step', async () => {
    const store = openStore(await tempDataDir());
    const c = await store.create({});
    await store.setStepDone(c.id, 'createApp', true);
    await store.setStepDone(c.id, 'enableSso', true);
    await store.setStepDone(c.id, 'enableSso', false);
    const s = await store.setCurrentStep(c.id, 'configureApp');
    expect(s.progress).toEqual({ done: { createApp: true, configureApp: false, credentials: false, enableSso: false }, currentStep: 'configureApp' });
  });

  it('duplicates without secret, history or step 3', async () => {
    const store = openStore(await tempDataDir());
    const c = await store.create({ name: 'Acme', orgId: 'acme', clientId: 'cid' });
    await store.setHasSecret(c.id, true);
    await store.setStepDone(c.id, 'createApp', true);
    await store.markCredentialsTested(c.id, (await store.get(c.id)).revision);
    await store.appendHistory(historyRecord(c.id, '2026-03-01T10:05:00.000Z'));
    const copy = await store.duplicate(c.id);
    expect(copy.id).not.toBe(c.id);
    expect(copy).toMatchObject({ name: 'Acme (copy)', orgId: 'acme', clientId: 'cid', hasSecret: false, revision: 0 });
    expect(copy.progress.done).toMatchObject({ createApp: true, credentials: false });
    expect(copy.lastTest).toBeUndefined();
    expect(await store.history(copy.id)).toEqual([]);
  });

  it('deletes the configuration and its history; later calls say CONFIG_NOT_FOUND', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    const c = await store.create({ name: 'gone' });
    await store.appendHistory(historyRecord(c.id, '2026-03-01T10:05:00.000Z'));
    await store.delete(c.id);
    expect(await fs.readdir(path.join(dir, 'configs'))).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'history'))).toEqual([]);
    expect(await codeOf(store.get(c.id))).toBe('CONFIG_NOT_FOUND');
    expect(await codeOf(store.update(c.id, { name: 'x' }))).toBe('CONFIG_NOT_FOUND');
    expect(await codeOf(store.delete(c.id))).toBe('CONFIG_NOT_FOUND');
    expect(await store.list()).toEqual([]);
  });

  it('keeps files private to the user (0600 files, 0700 folders)', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempDataDir();
    const store = openStore(dir);
    const c = await store.create({});
    expect((await fs.stat(path.join(dir, 'configs', `${c.id}.json`))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.join(dir, 'configs'))).mode & 0o777).toBe(0o700);
  });

  it('leaves no temp files behind and sweeps old ones a crashed writer left', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    await store.create({});
    await store.create({});
    expect((await fs.readdir(path.join(dir, 'configs'))).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    const leftover = path.join(dir, 'configs', '.tmp-x.json-1-abc');
    await fs.writeFile(leftover, '{"half');
    const old = new Date(Date.now() - 120_000);
    await fs.utimes(leftover, old, old);
    const fresh = openStore(dir);
    expect(await fresh.list()).toHaveLength(2);
    await expect(fs.access(leftover)).rejects.toThrow();
  });
});
