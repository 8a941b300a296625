/**
 * After another window saves, listing re-reads only the files that window's
 * writes named in changes.log, and never trusts the journal further than it
 * can: a change made by hand, a gap, or a damaged journal mean a full scan.
 */
import { randomUUID } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, tempDataDir } from './store-helpers';

const settle = () => new Promise((r) => setTimeout(r, 250)); // past the folder-mtime racy window

/** Counts the configuration files a listing opens (statSync on configs/<id>.json). */
function countConfigStats(): { count: () => number } {
  const real = fsSync.statSync;
  let n = 0;
  vi.spyOn(fsSync, 'statSync').mockImplementation(((p: fsSync.PathLike, o?: fsSync.StatSyncOptions) => {
    if (/[\\/]configs[\\/][0-9a-f-]{36}\.json$/i.test(String(p))) n++;
    return real(p, o as fsSync.StatSyncOptions);
  }) as typeof fsSync.statSync);
  return { count: () => n };
}

afterEach(() => vi.restoreAllMocks());

async function storeWith(count: number) {
  const dir = await tempDataDir();
  const writer = openStore(dir);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await writer.create({ name: `config ${i}` })).id);
  await settle(); // the reader listed a while after the last write: its snapshot is trusted
  const reader = openStore(dir);
  expect(await reader.list()).toHaveLength(count);
  return { dir, writer: openStore(dir), reader, ids };
}

describe('change journal', () => {
  it('another window renames one of 60: the reader re-reads that one file, not 60, and lists the new name', async () => {
    const { writer, reader, ids } = await storeWith(60);
    await writer.update(ids[7]!, { name: 'renamed elsewhere' });
    await settle();
    const stats = countConfigStats();
    const names = (await reader.list()).map((s) => s.name);
    expect(names).toContain('renamed elsewhere');
    expect(names).not.toContain('config 7');
    expect(stats.count()).toBe(1);
  });

  it('creates and deletes elsewhere are followed from the journal too', async () => {
    const { writer, reader, ids } = await storeWith(20);
    const added = await writer.create({ name: 'added elsewhere' });
    await writer.delete(ids[0]!);
    await settle();
    const stats = countConfigStats();
    const listed = await reader.list();
    expect(listed.map((s) => s.id)).toContain(added.id);
    expect(listed.map((s) => s.id)).not.toContain(ids[0]);
    expect(listed).toHaveLength(20);
    expect(stats.count()).toBeLessThanOrEqual(2);
  });

  it('a file added by hand after a journalled save is still found (the folder moved past what the journal recorded)', async () => {
    const { dir, writer, reader, ids } = await storeWith(10);
    await writer.update(ids[1]!, { name: 'journalled' });
    await settle();
    const text = await fs.readFile(path.join(dir, 'configs', `${ids[2]}.json`), 'utf8');
    const handId = randomUUID();
    await fs.writeFile(path.join(dir, 'configs', `${handId}.json`), text.replaceAll(ids[2]!, handId).replace('"config 2"', '"by hand"'));
    await settle();
    const names = (await reader.list()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['journalled', 'by hand']));
    expect(names).toHaveLength(11);
  });

  it('a damaged or missing journal means a full scan, never a stale list', async () => {
    for (const damage of ['garbage', 'missing'] as const) {
      const { dir, writer, reader, ids } = await storeWith(12);
      await writer.update(ids[3]!, { name: `after ${damage}` });
      await settle();
      const journal = path.join(dir, 'changes.log');
      if (damage === 'missing') await fs.rm(journal);
      else await fs.writeFile(journal, '{"token":\n not json\n');
      const stats = countConfigStats();
      expect((await reader.list()).map((s) => s.name)).toContain(`after ${damage}`);
      expect(stats.count()).toBe(12);
      vi.restoreAllMocks();
    }
  });

  it('a cold start from an older index.json follows the journal as well', async () => {
    const { dir, writer, ids } = await storeWith(30);
    const indexer = openStore(dir);
    await indexer.list();
    await settle();
    await indexer.list();
    await new Promise((r) => setTimeout(r, 1300)); // the index is saved about a second after the listing
    expect(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')).entries).toHaveLength(30);
    await writer.update(ids[29]!, { name: 'after the index' });
    await settle();
    const stats = countConfigStats();
    expect((await openStore(dir).list()).map((s) => s.name)).toContain('after the index');
    expect(stats.count()).toBe(1);
  });

  it('listing at once after a save elsewhere (the folder still changing): names compared, no per-file check, and a file added by hand in that instant is found', async () => {
    const { dir, writer, reader, ids } = await storeWith(40);
    await writer.update(ids[5]!, { name: 'saved just now' });
    const text = await fs.readFile(path.join(dir, 'configs', `${ids[6]}.json`), 'utf8');
    const handId = randomUUID();
    await fs.writeFile(path.join(dir, 'configs', `${handId}.json`), text.replaceAll(ids[6]!, handId).replace('"config 6"', '"by hand, same instant"'));
    const stats = countConfigStats();
    let names = (await reader.list()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['saved just now', 'by hand, same instant']));
    expect(names).toHaveLength(41);
    expect(stats.count()).toBeLessThanOrEqual(2);
    // The next save elsewhere, listed at once again: still no full re-check.
    vi.restoreAllMocks();
    await writer.update(ids[8]!, { name: 'and again' });
    const again = countConfigStats(); // counted after the save: the writer stats its own file too
    names = (await reader.list()).map((s) => s.name);
    expect(names).toContain('and again');
    expect(again.count()).toBe(1);
  });
});
