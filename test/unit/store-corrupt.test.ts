/** Damaged or hand-edited files: moved aside with a timestamp, reported with their path, never replaced; the rest loads. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../common/contract';
import { errorOf, historyRecord, openStore, tempDataDir } from './store-helpers';

async function setup() {
  const dir = await tempDataDir();
  const store = openStore(dir);
  const good = await store.create({ name: 'good' });
  const bad = await store.create({ name: 'bad' });
  const file = path.join(dir, 'configs', `${bad.id}.json`);
  return { dir, good, bad, file };
}

const asideOf = async (file: string) => (await fs.readdir(path.dirname(file))).filter((n) => n.startsWith(`${path.basename(file)}.corrupt-`));

describe('corrupt files', () => {
  it('a truncated file is moved aside, reported with its path, and the rest still lists', async () => {
    const { dir, good, file } = await setup();
    const original = (await fs.readFile(file, 'utf8')).slice(0, 40);
    await fs.writeFile(file, original);

    const store = openStore(dir);
    const seen: Diagnosis[] = [];
    store.onProblem((p) => seen.push(p));
    const list = await store.list();
    expect(list.map((s) => s.id)).toEqual([good.id]);

    expect(seen).toHaveLength(1);
    const d = seen[0]!;
    expect(d.code).toBe('STORE_CORRUPT');
    expect(d.evidence.file).toBe(file);
    expect(d.evidence.reason).toMatch(/not valid JSON/);
    const aside = await asideOf(file);
    expect(aside).toHaveLength(1);
    expect(d.evidence.movedTo).toBe(path.join(path.dirname(file), aside[0]!));
    // Preserved byte for byte, never replaced.
    expect(await fs.readFile(d.evidence.movedTo!, 'utf8')).toBe(original);
    await expect(fs.access(file)).rejects.toThrow();
    // Reported once.
    await store.list();
    expect(store.problems()).toHaveLength(1);
  });

  it('a hand edit that breaks the schema is caught on open, with the field named', async () => {
    const { dir, bad, file } = await setup();
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.configuration.idpKind = 'azure';
    json.configuration.revision = 'seven';
    await fs.writeFile(file, JSON.stringify(json));

    const store = openStore(dir);
    const err = await errorOf(store.get(bad.id));
    expect(err.diagnosis.code).toBe('STORE_CORRUPT');
    expect(err.diagnosis.evidence.file).toBe(file);
    expect(err.diagnosis.evidence.reason).toMatch(/configuration\.(idpKind|revision)/);
    expect(await asideOf(file)).toHaveLength(1);
    // Afterwards the configuration is simply gone from the list, the good one stays.
    expect((await store.list()).map((s) => s.name)).toEqual(['good']);
  });

  it('a file whose id does not match its name (a copied file) is refused', async () => {
    const { dir, good, file } = await setup();
    const goodText = await fs.readFile(path.join(dir, 'configs', `${good.id}.json`), 'utf8');
    await fs.writeFile(file, goodText);
    const store = openStore(dir);
    await store.list();
    expect(store.problems().map((p) => p.evidence.reason)).toEqual([expect.stringMatching(/id inside the file/)]);
  });

  it('a write to a corrupt configuration reports it instead of overwriting it', async () => {
    const { dir, bad, file } = await setup();
    await fs.writeFile(file, 'not json at all');
    const store = openStore(dir);
    const err = await errorOf(store.update(bad.id, { name: 'overwrite?' }));
    expect(err.diagnosis.code).toBe('STORE_CORRUPT');
    expect(await fs.readFile(err.diagnosis.evidence.movedTo!, 'utf8')).toBe('not json at all');
  });

  it('a file from a newer app version is reported and left untouched', async () => {
    const { dir, bad, file } = await setup();
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    json.schemaVersion = 99;
    const text = JSON.stringify(json);
    await fs.writeFile(file, text);
    const store = openStore(dir);
    expect((await store.list()).map((s) => s.name)).toEqual(['good']);
    expect(store.problems()[0]?.evidence.reason).toMatch(/newer version/);
    expect(await fs.readFile(file, 'utf8')).toBe(text);
    expect(await asideOf(file)).toEqual([]);
    expect((await errorOf(store.get(bad.id))).diagnosis.code).toBe('STORE_CORRUPT');
  });

  it('a corrupt history file is moved aside; the configuration and new history survive', async () => {
    const { dir, good } = await setup();
    const store = openStore(dir);
    await store.appendHistory(historyRecord(good.id, '2026-03-01T10:05:00.000Z'));
    const hfile = path.join(dir, 'history', `${good.id}.json`);
    await fs.writeFile(hfile, '{"schemaVersion":1,"configId":');
    expect((await errorOf(store.history(good.id))).diagnosis.code).toBe('STORE_CORRUPT');
    expect(await asideOf(hfile)).toHaveLength(1);
    expect(await store.history(good.id)).toEqual([]);
    await store.appendHistory(historyRecord(good.id, '2026-03-01T10:06:00.000Z', { outcome: 'failure', code: 'USER_NOT_ASSIGNED' }));
    expect((await store.history(good.id)).map((r) => r.code)).toEqual(['USER_NOT_ASSIGNED']);
  });
});
