/** Two windows (two store instances on one folder) writing at once lose nothing. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../main/core/store/file-lock';
import { historyRecord, openStore, tempDataDir } from './store-helpers';

describe('concurrent writers', () => {
  it('interleaved saves from two stores all land (revision counts every save)', async () => {
    const dir = await tempDataDir();
    const a = openStore(dir);
    const b = openStore(dir);
    const c = await a.create({ name: 'shared', clientId: 'c0' });
    const N = 40;
    await Promise.all([
      ...Array.from({ length: N }, (_, i) => a.update(c.id, { name: `name-${i}` })),
      ...Array.from({ length: N }, (_, i) => b.update(c.id, { clientId: `client-${i}` })),
      ...Array.from({ length: N }, (_, i) => (i % 2 ? a : b).appendHistory(historyRecord(c.id, new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString()))),
    ]);
    const final = await openStore(dir).get(c.id);
    expect(final.revision).toBe(2 * N);
    expect(final.name).toMatch(/^name-\d+$/);
    expect(final.clientId).toMatch(/^client-\d+$/);
    expect(await b.history(c.id)).toHaveLength(N);
    expect(await fs.readdir(dir)).not.toContain('store.lock');
  }, 30_000); // 120 locked writes: seconds on a loaded machine (the default 5 s timed out with load ≈ 14)

  it('with expectedRevision exactly one of two racing editors wins', async () => {
    const dir = await tempDataDir();
    const a = openStore(dir);
    const b = openStore(dir);
    const c = await a.create({ name: 'race' });
    const results = await Promise.allSettled([a.update(c.id, { name: 'from A' }, 0), b.update(c.id, { name: 'from B' }, 0)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.diagnosis.code).toBe('CONFIG_CHANGED_ELSEWHERE');
  });

  it('a lock left by a dead process is broken; a live one is waited for', async () => {
    const dir = await tempDataDir();
    const lock = path.join(dir, 'x.lock');
    // pid 2^22+1 is above Linux's pid_max default: certainly not running.
    await fs.writeFile(lock, JSON.stringify({ pid: 4194305, host: (await import('node:os')).hostname(), token: 'dead', at: Date.now() }));
    expect(await withFileLock(lock, async () => 'ran', { timeoutMs: 2000 })).toBe('ran');

    const order: string[] = [];
    let release!: () => void;
    const held = withFileLock(lock, () => new Promise<void>((r) => ((release = r), order.push('first in'))));
    await new Promise((r) => setTimeout(r, 20));
    const second = withFileLock(lock, async () => order.push('second in'));
    await new Promise((r) => setTimeout(r, 100));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([held, second]);
    expect(order).toEqual(['first in', 'second in']);
  });
});
