/**
 * Keychain: set / get / delete latency through the app's vault
 * (main/core/secrets/keytar-vault.ts) against the real OS keychain (on Linux:
 * the Secret Service, gnome-keyring). For context only, interleaved: the same
 * three operations on a small file (write, read, unlink) in the temp folder —
 * the keychain is an IPC round trip to another process, a file is a syscall.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createKeytarVault } from '../main/core/secrets/keytar-vault';
import type { BenchContext } from './context';
import { interleave, ms, msSpread, summarize, x } from './stats';
import { skippedSection, type SectionResult } from './report';

const SERVICE = 'SSO Setup Assistant (bench)';

export async function measureKeychain(ctx: BenchContext): Promise<SectionResult> {
  const vault = createKeytarVault({ service: SERVICE });
  const health = await vault.probe();
  if (!health.ok) {
    return skippedSection('keychain', 'Keychain (set / get / delete)', `${health.code}: ${health.detail} — run inside scripts/with-keyring.sh (npm run bench does this by itself when dbus-run-session and gnome-keyring are installed)`);
  }
  ctx.log('keychain: set/get/delete through the vault vs a small file');
  const runs = Math.max(ctx.runs, 20);
  const dir = fs.mkdtempSync(path.join(ctx.tmpDir, 'keychain-'));
  const secret = 'bench-secret-' + randomUUID();
  const kc = { set: [] as number[], get: [] as number[], del: [] as number[] };
  const file = { set: [] as number[], get: [] as number[], del: [] as number[] };

  const total = await interleave({
    warmup: ctx.warmup + 1,
    runs,
    a: async (i) => {
      const account = randomUUID();
      const t0 = performance.now();
      await vault.set(account, secret);
      const t1 = performance.now();
      const got = await vault.get(account);
      const t2 = performance.now();
      const removed = await vault.delete(account);
      const t3 = performance.now();
      if (got !== secret || !removed) throw new Error('the keychain did not give the secret back');
      if (i >= 0) {
        kc.set.push(t1 - t0);
        kc.get.push(t2 - t1);
        kc.del.push(t3 - t2);
      }
      return t3 - t0;
    },
    b: async (i) => {
      const f = path.join(dir, randomUUID());
      const t0 = performance.now();
      await fs.promises.writeFile(f, secret, { mode: 0o600 });
      const t1 = performance.now();
      const got = await fs.promises.readFile(f, 'utf8');
      const t2 = performance.now();
      await fs.promises.unlink(f);
      const t3 = performance.now();
      if (got !== secret) throw new Error('file read back differs');
      if (i >= 0) {
        file.set.push(t1 - t0);
        file.get.push(t2 - t1);
        file.del.push(t3 - t2);
      }
      return t3 - t0;
    },
  });
  fs.rmSync(dir, { recursive: true, force: true });

  const op = (label: string, a: number[], b: number[]) => {
    const sa = summarize(a);
    const sb = summarize(b);
    return { figure: label, value: msSpread(sa), reference: msSpread(sb), ratio: x(sa.median / sb.median), met: null };
  };
  return {
    id: 'keychain',
    title: 'Keychain (set / get / delete, real Secret Service)',
    rows: [
      op('set (save a secret)', kc.set, file.set),
      op('get (read it back)', kc.get, file.get),
      op('delete', kc.del, file.del),
      { figure: 'set + get + delete', value: msSpread(total.a), reference: msSpread(total.b), ratio: `+${ms(total.a.median - total.b.median)}`, met: null },
    ],
    data: {
      service: SERVICE,
      keychain: { set: summarize(kc.set), get: summarize(kc.get), delete: summarize(kc.del), total: total.a },
      fileReference: { set: summarize(file.set), get: summarize(file.get), delete: summarize(file.del), total: total.b },
    },
    notes: [
      'Reference (context only): write / read / unlink of a small file in the temp folder — what the keychain spares the secret from, not a competitor.',
      `The keychain here is gnome-keyring in a private D-Bus session (scripts/with-keyring.sh) when npm run bench starts one; ${runs} runs after warm-up.`,
    ],
  };
}
