/**
 * Listing is served from a cache (and a persisted index) while nothing changed;
 * it must never hide a change: another window's save, a delete, files added or
 * removed by hand (a restored backup), a damaged index.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, tempDataDir } from './store-helpers';

const settle = () => new Promise((r) => setTimeout(r, 250)); // past the folder-mtime racy window

describe('listing cache', () => {
  it('sees every change another store (window or process) makes', async () => {
    const dir = await tempDataDir();
    const a = openStore(dir);
    const b = openStore(dir);
    const one = await b.create({ name: 'one' });
    expect((await a.list()).map((s) => s.name)).toEqual(['one']);
    await b.update(one.id, { name: 'one renamed' });
    expect((await a.list()).map((s) => s.name)).toEqual(['one renamed']);
    const two = await b.create({ name: 'two' });
    expect((await a.list()).map((s) => s.name).sort()).toEqual(['one renamed', 'two']);
    await b.delete(one.id);
    expect((await a.list()).map((s) => s.id)).toEqual([two.id]);
    await b.appendHistory({ id: randomUUID(), configId: two.id, at: new Date().toISOString(), kind: 'test-login', outcome: 'failure', code: 'USER_NOT_ASSIGNED', stages: [], appVersion: 't' });
    expect((await a.list())[0]!.lastTest?.code).toBe('USER_NOT_ASSIGNED');
    // And its own writes, without rescanning.
    await a.update(two.id, { name: 'two by a' });
    expect((await a.list()).map((s) => s.name)).toEqual(['two by a']);
  });

  it('a fresh start uses the persisted index, and still sees files added or removed by hand', async () => {
    const dir = await tempDataDir();
    const first = openStore(dir);
    const kept = await first.create({ name: 'kept' });
    const removed = await first.create({ name: 'removed by hand' });
    await first.list();
    await settle();
    await first.list(); // a trusted snapshot is written to the index
    await settle();
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'));
    expect(index.entries).toHaveLength(2);

    expect((await openStore(dir).list()).map((s) => s.name).sort()).toEqual(['kept', 'removed by hand']);

    // A restored backup: one file copied in under a new id, one removed.
    const text = await fs.readFile(path.join(dir, 'configs', `${kept.id}.json`), 'utf8');
    const restoredId = randomUUID();
    await fs.writeFile(path.join(dir, 'configs', `${restoredId}.json`), text.replaceAll(kept.id, restoredId).replace('"kept"', '"restored"'));
    await fs.rm(path.join(dir, 'configs', `${removed.id}.json`));
    expect((await openStore(dir).list()).map((s) => s.name).sort()).toEqual(['kept', 'restored']);
    expect((await first.list()).map((s) => s.name).sort()).toEqual(['kept', 'restored']);
  });

  it('a damaged index is ignored and rebuilt', async () => {
    const dir = await tempDataDir();
    const s = openStore(dir);
    await s.create({ name: 'x' });
    await s.list();
    await settle();
    await fs.writeFile(path.join(dir, 'index.json'), '{"format": "sso-setup-assistant/list-index-1", "gen": 3, "entr');
    const fresh = openStore(dir);
    expect((await fresh.list()).map((c) => c.name)).toEqual(['x']);
    expect(fresh.problems()).toEqual([]);
    await settle();
    expect(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')).entries).toHaveLength(1);
  });

  it('answers from memory when nothing changed (callers cannot alter the cache)', async () => {
    const dir = await tempDataDir();
    const s = openStore(dir);
    for (let i = 0; i < 20; i++) await s.create({ name: `c${i}` });
    const l1 = await s.list();
    l1.pop();
    const l2 = await s.list();
    expect(l2).toHaveLength(20);
  });
});
