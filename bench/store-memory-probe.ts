/**
 * Child process for store-scale.ts: how much memory listing a data folder
 * retains, measured in a fresh process (run with --expose-gc) so nothing left
 * over from earlier measurements — JIT code, caches, values an async frame
 * still holds — blurs the baseline. Prints one JSON line.
 *
 *   node --expose-gc <tsx flags> bench/store-memory-probe.ts DATA_DIR
 */
import fs from 'node:fs';
import { createConfigStore } from '../main/core/store/config-store';
import { systemClock } from '../main/core/ports';

const gc = (globalThis as { gc?: () => void }).gc;

function peakRss(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir || !gc) throw new Error('usage: node --expose-gc … store-memory-probe.ts DATA_DIR');
  gc();
  gc();
  const before = process.memoryUsage();
  const store = createConfigStore(dataDir, { clock: systemClock, appVersion: '0.1.0' });
  const list = await store.list();
  const peakDuring = peakRss();
  gc();
  gc();
  const after = process.memoryUsage();
  process.stdout.write(
    JSON.stringify({ count: list.length, heapUsedDelta: after.heapUsed - before.heapUsed, rssDelta: after.rss - before.rss, peakRss: peakDuring, rssBefore: before.rss }) + '\n',
  );
  // Keeps the listing alive until after the measurement.
  if (store.problems().length > list.length) process.exitCode = 2;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
