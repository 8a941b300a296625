/**
 * The trash on disk (main/core/store/trash.ts): a crash between any two steps
 * of trash, restore or purge leaves files that the next restore or purge
 * finishes, never an orphan history, never a configuration listed without its
 * history, never a trashed file that nobody purges. Each crash point is
 * rebuilt on disk as the renames before it leave it, then a fresh store (a
 * restarted app) takes over.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigFields } from '../../common/contract';
import { describe, expect, it } from 'vitest';
import { codeOf, historyRecord, openStore, tempDataDir } from './store-helpers';

async function storeWithOne() {
  const dataDir = await tempDataDir();
  const store = openStore(dataDir);
  const c = await store.create({ name: 'Acme', orgId: 'acme' });
  await store.appendHistory(historyRecord(c.id, '2026-03-01T11:00:00.000Z'));
  const config = await store.get(c.id);
  const history = await store.history(c.id);
  const p = {
    config: path.join(dataDir, 'configs', `${c.id}.json`),
    history: path.join(dataDir, 'history', `${c.id}.json`),
    trashedConfig: path.join(dataDir, 'trash', `${c.id}.json`),
    trashedHistory: path.join(dataDir, 'trash', `${c.id}.history.json`),
  };
  return { dataDir, store, id: c.id, config, history, p };
}

const exists = (f: string) => fs.access(f).then(() => true, () => false);
const files = async (dataDir: string) => {
  const out: string[] = [];
  for (const dir of ['configs', 'history', 'trash']) for (const f of await fs.readdir(path.join(dataDir, dir))) out.push(`${dir}/${f}`);
  return out.sort();
};

describe('the trash', () => {
  it('trash hides the configuration from list, get and history; restore brings it back unchanged', async () => {
    const { store, id, config, history, dataDir } = await storeWithOne();
    expect((await store.list()).map((s) => s.id)).toEqual([id]); // the listing cache is warm: it must follow
    await store.trash(id);
    expect(await store.list()).toEqual([]);
    expect(await codeOf(store.get(id))).toBe('CONFIG_NOT_FOUND');
    expect(await codeOf(store.history(id))).toBe('CONFIG_NOT_FOUND');
    expect(await store.has(id)).toBe(false);
    expect((await store.trashed()).map((t) => [t.id, t.configuration?.name])).toEqual([[id, 'Acme']]);
    expect(await files(dataDir)).toEqual([`trash/${id}.history.json`, `trash/${id}.json`]);

    expect(await store.restore(id)).toEqual(config);
    expect(await store.get(id)).toEqual(config);
    expect(await store.history(id)).toEqual(history);
    expect((await store.list()).map((s) => s.id)).toEqual([id]);
    expect(await files(dataDir)).toEqual([`configs/${id}.json`, `history/${id}.json`]);
  });

  it('purge removes every file; a restore after it is UNDO_EXPIRED', async () => {
    const { store, id, dataDir } = await storeWithOne();
    await store.trash(id);
    await store.purge(id);
    expect(await files(dataDir)).toEqual([]);
    expect(await codeOf(store.restore(id))).toBe('UNDO_EXPIRED');
    expect(await store.trashed()).toEqual([]);
  });

  it('a configuration imported again under the same id is not overwritten by a restore, and its history survives the purge', async () => {
    const { store, id, dataDir } = await storeWithOne();
    await store.trash(id);
    await store.importMany([{ config: { id, fields: ConfigFields.parse({ name: 'Imported', orgId: 'acme' }) }, replace: false, keepSecret: false }]);
    await store.appendHistory(historyRecord(id, '2026-03-02T11:00:00.000Z'));
    expect(await codeOf(store.restore(id))).toBe('UNDO_EXPIRED');
    await store.purge(id);
    expect((await store.get(id)).name).toBe('Imported');
    expect(await store.history(id)).toHaveLength(1);
    expect(await files(dataDir)).toEqual([`configs/${id}.json`, `history/${id}.json`]);
  });

  describe('a crash part-way (the files as the steps before it left them, then a restarted app)', () => {
    it('trash, after moving the configuration, before its history: deleted; restore gives it back whole; purge leaves nothing', async () => {
      for (const then of ['restore', 'purge'] as const) {
        const { dataDir, id, config, history, p } = await storeWithOne();
        await fs.rename(p.config, p.trashedConfig); // the first step only
        const store = openStore(dataDir);
        expect(await store.list()).toEqual([]);
        expect(store.problems()).toEqual([]);
        if (then === 'restore') {
          expect(await store.restore(id)).toEqual(config);
          expect(await store.history(id)).toEqual(history);
        } else {
          await store.purge(id);
          expect(await files(dataDir), 'no orphan history').toEqual([]);
        }
      }
    });

    it('restore, after moving the history back, before the configuration: still deleted; a second restore or a purge finishes', async () => {
      for (const then of ['restore', 'purge'] as const) {
        const { dataDir, id, config, history, p } = await storeWithOne();
        await fs.rename(p.config, p.trashedConfig);
        // The restore's first step: the history is back in history/, the configuration still in the trash.
        expect(await exists(p.history)).toBe(true);
        const store = openStore(dataDir);
        expect(await store.list()).toEqual([]);
        if (then === 'restore') {
          await store.restore(id);
          expect(await store.get(id)).toEqual(config);
          expect(await store.history(id)).toEqual(history);
        } else {
          await store.purge(id);
          expect(await files(dataDir)).toEqual([]);
        }
      }
    });

    it('purge, after removing the trashed history, before the configuration: the purge is still owed and finishes', async () => {
      const { dataDir, id, p } = await storeWithOne();
      await fs.rename(p.config, p.trashedConfig);
      await fs.rename(p.history, p.trashedHistory);
      await fs.rm(p.trashedHistory); // the purge's first step
      const store = openStore(dataDir);
      expect((await store.trashed()).map((t) => t.id)).toEqual([id]);
      await store.purge(id);
      expect(await files(dataDir)).toEqual([]);
      expect(await store.trashed()).toEqual([]);
    });

    it('a damaged trashed file is still listed (to be purged), never restored', async () => {
      const { dataDir, id, p } = await storeWithOne();
      await fs.rename(p.config, p.trashedConfig);
      await fs.writeFile(p.trashedConfig, '{ cut sh');
      const store = openStore(dataDir);
      expect(await store.trashed()).toEqual([{ id }]);
      expect(await codeOf(store.restore(id))).toBe('STORE_CORRUPT');
      await store.purge(id);
      expect(await files(dataDir)).toEqual([]);
    });
  });
});
