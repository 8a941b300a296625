/** Test history: newest first, bounded to 100, sets lastTest, and has no room for a token. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, historyRecord, openStore, tempDataDir } from './store-helpers';

describe('test history', () => {
  it('keeps the newest 100, newest first, and sets lastTest', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    const c = await store.create({ name: 'h' });
    const base = Date.parse('2026-03-01T00:00:00.000Z');
    for (let i = 0; i < 130; i++) {
      const outcome = i % 3 === 0 ? 'success' : 'failure';
      await store.appendHistory(
        historyRecord(c.id, new Date(base + i * 60_000).toISOString(), outcome === 'failure' ? { outcome, code: 'USER_NOT_ASSIGNED' } : {}),
      );
    }
    const h = await store.history(c.id);
    expect(h).toHaveLength(100);
    expect(h[0]!.at).toBe(new Date(base + 129 * 60_000).toISOString());
    expect(h[99]!.at).toBe(new Date(base + 30 * 60_000).toISOString());
    const c2 = await store.get(c.id);
    expect(c2.lastTest).toEqual({ at: h[0]!.at, kind: 'test-login', outcome: 'success' });
    // lastTest is not an admin edit: an editor holding revision 0 can still save.
    expect(c2.revision).toBe(0);
    expect((await store.latestSuccessfulTest(c.id))?.at).toBe(new Date(base + 129 * 60_000).toISOString());
    await store.appendHistory(historyRecord(c.id, new Date(base + 200 * 60_000).toISOString(), { outcome: 'failure', code: 'INVALID_CLIENT_SECRET' }));
    expect((await store.get(c.id)).lastTest).toMatchObject({ outcome: 'failure', code: 'INVALID_CLIENT_SECRET' });
    expect((await store.latestSuccessfulTest(c.id))?.at).toBe(new Date(base + 129 * 60_000).toISOString());
    expect((await store.list())[0]!.lastTest?.code).toBe('INVALID_CLIENT_SECRET');
  }, 20_000); // 131 locked, atomic writes: seconds on a loaded machine, not a timing assertion

  it('drops anything outside the schema, such as a token a caller passed by mistake', async () => {
    const dir = await tempDataDir();
    const store = openStore(dir);
    const c = await store.create({});
    const leaky = { ...historyRecord(c.id, '2026-03-01T00:00:00.000Z'), idToken: 'eyJhbGciOiJSUzI1NiJ9.TOKEN.SIG', accessToken: 'AT-SECRET' };
    await store.appendHistory(leaky as never);
    const text = await fs.readFile(path.join(dir, 'history', `${c.id}.json`), 'utf8');
    expect(text).not.toContain('TOKEN');
    expect(text).not.toContain('AT-SECRET');
  });

  it('refuses history for an unknown configuration', async () => {
    const store = openStore(await tempDataDir());
    expect(await codeOf(store.appendHistory(historyRecord('5f0c2b9e-1d7a-4c1e-9a51-6a4c3f1b2d10', '2026-03-01T00:00:00.000Z')))).toBe('CONFIG_NOT_FOUND');
    expect(await codeOf(store.history('5f0c2b9e-1d7a-4c1e-9a51-6a4c3f1b2d10'))).toBe('CONFIG_NOT_FOUND');
  });
});
