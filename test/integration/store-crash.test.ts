/**
 * Crash safety: a child process writing configurations is SIGKILLed at random
 * points, many times. After every kill the store must load without a single
 * corrupt file, and everything the store acknowledged must be there. A write
 * in flight at the kill may or may not have landed, but nothing else.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfigStore } from '../../main/core/store/config-store';
import { systemClock } from '../../main/core/ports';

const root = path.resolve(__dirname, '../..');
const writer = path.join(root, 'test/fixtures/store-crash-writer.ts');
const ROUNDS = Number(process.env.STORE_CRASH_ROUNDS ?? 50);

interface Expected {
  deleted: boolean;
  /** A delete was started but not acknowledged: either outcome is fine. */
  maybeDeleted: boolean;
  clientIds: Set<string>; // acceptable current values
  minRevision: number;
  records: Set<string>; // acknowledged history records
}

/** Runs the writer until it has acknowledged at least one write, waits a random time, then SIGKILLs it. */
function runAndKill(dataDir: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL would not reach.
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (!armed && out.includes('ACK ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${err.slice(0, 500)}`));
      if (!armed) return reject(new Error('writer acknowledged nothing within 30 s (stuck on a stale lock?)'));
      // Only complete lines count: a line cut by the kill was never acknowledged.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines);
    });
  });
}

describe('store crash safety', () => {
  it(`survives ${ROUNDS} SIGKILLs at random points without losing an acknowledged write`, async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sso-store-crash-'));
    const expected = new Map<string, Expected>();
    const entry = (id: string) => {
      let e = expected.get(id);
      if (!e) {
        e = { deleted: false, maybeDeleted: false, clientIds: new Set(['']), minRevision: 0, records: new Set() };
        expected.set(id, e);
      }
      return e;
    };
    let acks = 0;
    let inFlightCreates = 0;
    let killedHoldingLock = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const lines = await runAndKill(dataDir, Math.floor(Math.random() * 120));
      let pending: string[] | undefined;
      for (const line of lines) {
        const [kind, op, id, value, revision] = line.split(' ');
        if (kind === 'BEGIN') {
          pending = [op!, id!, value ?? ''];
          if (op === 'delete') entry(id!).maybeDeleted = true;
          continue;
        }
        if (kind === 'GONE') pending = undefined;
        if (kind !== 'ACK') continue;
        acks++;
        pending = undefined;
        const e = entry(id!);
        if (op === 'create') e.clientIds = new Set(['']);
        if (op === 'update') {
          e.clientIds = new Set([value!]);
          e.minRevision = Math.max(e.minRevision, Number(revision));
        }
        if (op === 'history') e.records.add(value!);
        if (op === 'delete') e.deleted = true;
      }
      // The write in flight at the kill may have landed.
      if (pending?.[0] === 'update') entry(pending[1]!).clientIds.add(pending[2]!);
      // After these two, the writer's next step is an unannounced create.
      const last = lines[lines.length - 1] ?? '';
      const createInFlight = last.startsWith('ACK history') || last.startsWith('ACK delete') ? 1 : 0;
      inFlightCreates += createInFlight;

      if (await fs.access(path.join(dataDir, 'store.lock')).then(() => true, () => false)) killedHoldingLock++;

      // After every kill: a fresh store loads everything, no corrupt file, nothing acknowledged missing.
      const store = createConfigStore(dataDir, { clock: systemClock, appVersion: 'crash-test' });
      const listed = await store.list();
      expect(store.problems(), `round ${round}: no file may be corrupt`).toEqual([]);
      const ids = new Set(listed.map((s) => s.id));
      for (const [id, e] of expected) {
        if (e.deleted) {
          expect(ids.has(id), `round ${round}: ${id} was deleted`).toBe(false);
          continue;
        }
        if (!ids.has(id)) {
          expect(e.maybeDeleted, `round ${round}: acknowledged configuration ${id} is missing`).toBe(true);
          e.deleted = true; // the unacknowledged delete landed
          continue;
        }
        const c = await store.get(id);
        expect(e.clientIds.has(c.clientId), `round ${round}: ${id} has clientId ${c.clientId}, acknowledged ${[...e.clientIds]}`).toBe(true);
        expect(c.revision).toBeGreaterThanOrEqual(e.minRevision);
        e.clientIds = new Set([c.clientId]); // what landed is now the truth
        const history = new Set((await store.history(id)).map((r) => r.id));
        if (e.maybeDeleted) {
          // A delete killed part-way removes the history first, by design (never orphan history):
          // the configuration may survive without it. Only then may acknowledged records be gone.
          e.records = new Set([...e.records].filter((r) => history.has(r)));
          continue;
        }
        for (const r of e.records) expect(history.has(r), `round ${round}: history record ${r} of ${id} is missing`).toBe(true);
      }
      // Nothing appears that was never started.
      const unknown = [...ids].filter((id) => !expected.has(id));
      expect(unknown.length, `round ${round}: configurations nobody wrote`).toBeLessThanOrEqual(createInFlight);
      for (const id of unknown) entry(id);
    }

    expect(acks).toBeGreaterThanOrEqual(ROUNDS); // the writers really wrote (each round waits for one)
    console.log(`store crash test: ${ROUNDS} kills (${killedHoldingLock} while holding the lock), ${acks} acknowledged writes, ${expected.size} configurations checked`);
  }, 300_000);
});
