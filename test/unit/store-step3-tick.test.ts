/**
 * A passing test's record ticks step 3 in the same locked write (one fsynced config write instead of two),
 * under the same rule as the tick on its own: only when no tested value changed since the tested revision,
 * and never for a failure.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../common/contract';
import { createConfigStore } from '../../main/core/store/config-store';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function storeWithOne() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'step3-tick-'));
  dirs.push(dataDir);
  const store = createConfigStore(dataDir, { clock: { now: () => Date.now() }, appVersion: 'test' });
  const config = await store.create({ orgId: 'acme', clientId: '0oa1', issuerUrl: 'https://acme.okta.com' });
  return { store, config };
}
const record = (configId: string, outcome: HistoryRecord['outcome']): HistoryRecord => ({ id: randomUUID(), configId, at: new Date().toISOString(), kind: 'test-login', outcome, stages: [], appVersion: 'test' });

describe('appendHistory with tickStep3At', () => {
  it('a pass of unchanged values: recorded and ticked, the revision untouched', async () => {
    const { store, config } = await storeWithOne();
    await store.appendHistory(record(config.id, 'success'), { tickStep3At: config.revision });
    const after = await store.get(config.id);
    expect(after.progress.done.credentials).toBe(true);
    expect(after.revision).toBe(config.revision);
    expect(after.lastTest?.outcome).toBe('success');
    expect(await store.history(config.id)).toHaveLength(1);
  });

  it('values changed while the test ran: recorded, not ticked', async () => {
    const { store, config } = await storeWithOne();
    await store.update(config.id, { issuerUrl: 'https://acme.okta.com/oauth2/default' });
    await store.appendHistory(record(config.id, 'success'), { tickStep3At: config.revision });
    expect((await store.get(config.id)).progress.done.credentials).toBe(false);
    expect(await store.history(config.id)).toHaveLength(1);
  });

  it('a failure is never a tick, whatever the caller asks; without the option nothing is ticked', async () => {
    const { store, config } = await storeWithOne();
    await store.appendHistory(record(config.id, 'failure'), { tickStep3At: config.revision });
    expect((await store.get(config.id)).progress.done.credentials).toBe(false);
    await store.appendHistory(record(config.id, 'success'));
    expect((await store.get(config.id)).progress.done.credentials).toBe(false);
  });
});
