/**
 * Store scale: list, open and save with 10, 100, 1,000 and 10,000
 * configurations, each with a full history (100 records), through the real
 * store (main/core/store/config-store.ts) on real files. Each operation is
 * interleaved with a bare-fs reference doing the least the same job needs
 * (read + JSON.parse, or a plain write), so the ratio is the store's own cost
 * (validation, locking, atomic writes). Memory: heapUsed and rss retained by a
 * cold listing (after a forced GC, in a fresh child process), per size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createConfigStore, type ConfigStore } from '../main/core/store/config-store';
import { systemClock } from '../main/core/ports';
import type { BenchContext } from './context';
import { fixtureRecord, growFixture, verifyFixtureFormat } from './store-fixtures';
import { compare, interleave, interleaveMany, mb, ms, msSpread, repeat, summarize, x, type Summary } from './stats';
import type { Row, SectionResult } from './report';

const LIST_1000_TARGET_MS = 50;
/** Issue 15: listing 10,000 right after another window saved one. */
const LIST_AFTER_OTHER_SAVE_TARGET_MS = 50;
/** "No worse than linear": a ×10 in size may cost at most ×10 in time, plus this much noise. */
const LINEAR_SLACK = 1.25;

const newStore = (dataDir: string): ConfigStore => createConfigStore(dataDir, { clock: systemClock, appVersion: '0.1.0' });

/** The store's persisted list index (main/core/store/list-index.ts), if it keeps one. */
const INDEX_FILE = 'index.json';

/**
 * Lists once with a new store and waits (up to 3 s) for it to persist its
 * index for exactly `size` configurations. False when no index appears (a
 * store without one): then only full scans are measured.
 */
async function settleIndex(dataDir: string, size: number): Promise<boolean> {
  const file = path.join(dataDir, INDEX_FILE);
  // Stores used earlier save their index about a second after their last write: let that happen first.
  await new Promise((r) => setTimeout(r, 1200));
  fs.rmSync(file, { force: true });
  await newStore(dataDir).list();
  for (let waited = 0; waited < 3000; waited += 50) {
    try {
      const index = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: unknown[] };
      if (index.entries?.length === size) return true;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

interface MemoryProbe {
  count: number;
  heapUsedDelta: number;
  rssDelta: number;
  peakRss: number | null;
}

/** Runs store-memory-probe.ts in a fresh Node (same tsx loader) with --expose-gc. */
function memoryProbe(dataDir: string): MemoryProbe {
  const out = execFileSync(process.execPath, ['--expose-gc', ...process.execArgv, path.join(__dirname, 'store-memory-probe.ts'), dataDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as MemoryProbe;
}

function bareList(dataDir: string): number {
  const dir = path.join(dataDir, 'configs');
  const t0 = performance.now();
  const out: unknown[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.json')) out.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')).configuration);
  }
  return performance.now() - t0;
}

interface SizeResult {
  size: number;
  generateMs: number;
  listCold: { store: Summary; bare: Summary; ratio: number };
  /** A new store with the store's persisted index present (null: the store keeps none). */
  listAppStart: Summary | null;
  listWarm: Summary;
  /** Another store saved one configuration, then this (warm) store lists: with changes.log, and without it (the full re-check). */
  listAfterOtherSave: { journal: Summary; rescan: Summary };
  open: { store: Summary; bare: Summary; ratio: number };
  save: { store: Summary; bare: Summary; ratio: number };
  recordTest: { store: Summary; bare: Summary; ratio: number };
  memory: { heapUsedDelta: number; rssDelta: number; peakRss: number };
  diskBytes: number;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of fs.readdirSync(dir)) total += fs.statSync(path.join(dir, name)).size;
  return total;
}

export async function measureStoreScale(ctx: BenchContext): Promise<SectionResult> {
  const sizes = ctx.quick ? [10, 100, 1000] : [10, 100, 1000, 10_000];
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'store-'));
  const ids: string[] = [];
  const results: SizeResult[] = [];
  const pick = (i: number) => ids[Math.abs((i + 11) * 7919) % ids.length]!;

  for (const size of sizes) {
    const g0 = performance.now();
    growFixture(dataDir, ids, size);
    const generateMs = performance.now() - g0;
    // Let the kernel write the new files out now, not while the store is being timed.
    spawnSync('sync', { stdio: 'ignore' });
    ctx.log(`store: ${size} configurations (generated in ${ms(generateMs)})`);
    if (results.length === 0) {
      // The generated files are what the store writes: its schemas accept them and it reads them all back.
      verifyFixtureFormat(dataDir, ids[0]!);
      const probe = newStore(dataDir);
      const listed = await probe.list();
      const history = await probe.history(ids[0]!);
      if (listed.length !== size || history.length !== 100 || probe.problems().length) {
        throw new Error(`the store did not read the generated files back (${listed.length} listed, ${history.length} records, ${probe.problems().length} problems)`);
      }
    }

    // A new store = the app starting. The store may keep a persisted list index
    // (index.json): "app start" lists with it as the store left it; "full scan"
    // removes it first, so every file is read and validated (the worst case:
    // first start, or the index lost).
    const hasIndex = await settleIndex(dataDir, size);
    const timedList = async (withIndex: boolean) => {
      if (!withIndex) fs.rmSync(path.join(dataDir, INDEX_FILE), { force: true });
      const store = newStore(dataDir);
      const t0 = performance.now();
      const list = await store.list();
      const t = performance.now() - t0;
      if (list.length !== size) {
        const onDisk = fs.readdirSync(path.join(dataDir, 'configs')).length;
        const why = store.problems().map((p) => `${p.code}: ${p.evidence.reason ?? ''}`).slice(0, 3).join('; ');
        throw new Error(`listed ${list.length}, expected ${size} (${withIndex ? 'with' : 'without'} index; ${onDisk} entries in configs/; problems: ${why || 'none'})`);
      }
      return t;
    };
    const lists = await interleaveMany({
      warmup: ctx.warmup,
      runs: ctx.runs,
      series: { fullScan: () => timedList(false), bare: async () => bareList(dataDir), appStart: () => timedList(true) },
    });
    const listCold = { a: lists.fullScan, b: lists.bare };

    const warmStore = newStore(dataDir);
    await warmStore.list();
    const listWarm = await repeat({
      warmup: ctx.warmup,
      runs: ctx.runs,
      run: async () => {
        const t0 = performance.now();
        await warmStore.list();
        return performance.now() - t0;
      },
    });

    // Another window saves one configuration, then this one lists. "rescan" moves changes.log aside
    // for its listing: that listing must then re-check every file, as before the journal existed.
    // (Moved back afterwards, so the journal's own series keeps an unbroken chain.)
    const otherWindow = newStore(dataDir);
    const readers = { journal: newStore(dataDir), rescan: newStore(dataDir) };
    await readers.journal.list();
    await readers.rescan.list();
    const journalFile = path.join(dataDir, 'changes.log');
    const afterOtherSave = (which: 'journal' | 'rescan') => async (i: number) => {
      await otherWindow.update(pick(i + 5), { name: `Saved elsewhere ${which} ${i}` });
      if (which === 'rescan') fs.renameSync(journalFile, `${journalFile}.aside`);
      const t0 = performance.now();
      const list = await readers[which].list();
      const t = performance.now() - t0;
      if (which === 'rescan') fs.renameSync(`${journalFile}.aside`, journalFile);
      if (list.length !== size || !list.some((c) => c.name === `Saved elsewhere ${which} ${i}`)) throw new Error(`the ${which} listing missed the other window's save`);
      return t;
    };
    const otherSave = await interleave({ warmup: ctx.warmup, runs: ctx.runs, a: afterOtherSave('journal'), b: afterOtherSave('rescan') });

    const store = newStore(dataDir);
    await store.list();
    // Opening a configuration = what the config screen asks for: the configuration and its history.
    const open = await interleave({
      warmup: ctx.warmup,
      runs: ctx.runs,
      a: async (i) => {
        const id = pick(i);
        const t0 = performance.now();
        await store.get(id);
        await store.history(id);
        return performance.now() - t0;
      },
      b: async (i) => {
        const id = pick(i + 1);
        const t0 = performance.now();
        JSON.parse(await fs.promises.readFile(path.join(dataDir, 'configs', `${id}.json`), 'utf8'));
        JSON.parse(await fs.promises.readFile(path.join(dataDir, 'history', `${id}.json`), 'utf8'));
        return performance.now() - t0;
      },
    });

    // Saving an edit (a name change: a locked, atomic read-modify-write of the configuration).
    const save = await interleave({
      warmup: ctx.warmup,
      runs: ctx.runs,
      a: async (i) => {
        const id = pick(i);
        const t0 = performance.now();
        await store.update(id, { name: `Renamed ${i}` });
        return performance.now() - t0;
      },
      b: async (i) => {
        const file = path.join(dataDir, 'configs', `${pick(i + 1)}.json`);
        const t0 = performance.now();
        const f = JSON.parse(await fs.promises.readFile(file, 'utf8'));
        f.configuration.name = `Renamed ${i}`;
        await fs.promises.writeFile(file, JSON.stringify(f));
        return performance.now() - t0;
      },
    });

    // Recording a test: the history (full, 100 records) is rewritten with the new record first.
    const recordTest = await interleave({
      warmup: ctx.warmup,
      runs: ctx.runs,
      a: async (i) => {
        const id = pick(i + 2);
        const record = fixtureRecord(id, i, Date.now() - Date.parse('2026-01-01T00:00:00Z'));
        const t0 = performance.now();
        await store.appendHistory(record);
        return performance.now() - t0;
      },
      b: async (i) => {
        const file = path.join(dataDir, 'history', `${pick(i + 3)}.json`);
        const t0 = performance.now();
        const f = JSON.parse(await fs.promises.readFile(file, 'utf8'));
        f.records = [f.records[0], ...f.records].slice(0, 100);
        await fs.promises.writeFile(file, JSON.stringify(f));
        return performance.now() - t0;
      },
    });

    // Memory retained by a cold listing, in a fresh child process each time.
    const probes = [0, 1, 2].map(() => {
      fs.rmSync(path.join(dataDir, INDEX_FILE), { force: true });
      return memoryProbe(dataDir);
    });
    for (const p of probes) if (p.count !== size) throw new Error(`memory probe listed ${p.count}, expected ${size}`);

    results.push({
      size,
      generateMs,
      listCold: { store: listCold.a, bare: listCold.b, ratio: compare(listCold.a, listCold.b).ratio },
      listAppStart: hasIndex ? lists.appStart : null,
      listWarm,
      listAfterOtherSave: { journal: otherSave.a, rescan: otherSave.b },
      open: { store: open.a, bare: open.b, ratio: compare(open.a, open.b).ratio },
      save: { store: save.a, bare: save.b, ratio: compare(save.a, save.b).ratio },
      recordTest: { store: recordTest.a, bare: recordTest.b, ratio: compare(recordTest.a, recordTest.b).ratio },
      memory: {
        heapUsedDelta: summarize(probes.map((p) => p.heapUsedDelta)).median,
        rssDelta: summarize(probes.map((p) => p.rssDelta)).median,
        peakRss: summarize(probes.map((p) => p.peakRss ?? NaN)).median,
      },
      diskBytes: dirBytes(path.join(dataDir, 'configs')) + dirBytes(path.join(dataDir, 'history')),
    });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });

  // Growth per ×10 in size.
  const growth = results.slice(1).map((r, i) => {
    const prev = results[i]!;
    return {
      from: prev.size,
      to: r.size,
      listCold: r.listCold.store.median / prev.listCold.store.median,
      listBare: r.listCold.bare.median / prev.listCold.bare.median,
      listWarm: r.listWarm.median / prev.listWarm.median,
      open: r.open.store.median / prev.open.store.median,
      save: r.save.store.median / prev.save.store.median,
      recordTest: r.recordTest.store.median / prev.recordTest.store.median,
      heap: r.memory.heapUsedDelta / Math.max(1, prev.memory.heapUsedDelta),
      /** Below this the previous heap figure is noise, and so is the factor. */
      heapMeaningful: prev.memory.heapUsedDelta >= 256 * 1024,
    };
  });

  const rows: Row[] = [];
  for (const r of results) {
    const n = r.size.toLocaleString('en-US');
    rows.push(
      ...(r.listAppStart
        ? [
            {
              figure: `${n}: list, new store (app start, with index)`,
              value: msSpread(r.listAppStart),
              reference: msSpread(r.listCold.bare),
              ratio: x(r.listAppStart.median / r.listCold.bare.median),
              target: r.size === 1000 ? `< ${LIST_1000_TARGET_MS} ms` : undefined,
              met: r.size === 1000 ? r.listAppStart.median < LIST_1000_TARGET_MS : null,
            },
          ]
        : []),
      {
        figure: `${n}: list, full scan (no index)`,
        value: msSpread(r.listCold.store),
        reference: msSpread(r.listCold.bare),
        ratio: x(r.listCold.ratio),
        target: r.size === 1000 ? `< ${LIST_1000_TARGET_MS} ms` : undefined,
        met: r.size === 1000 ? r.listCold.store.median < LIST_1000_TARGET_MS : null,
      },
      { figure: `${n}: list (warm, cached)`, value: msSpread(r.listWarm), met: null },
      {
        figure: `${n}: list after another window saved one (changes.log; reference: re-checking every file)`,
        value: msSpread(r.listAfterOtherSave.journal),
        reference: msSpread(r.listAfterOtherSave.rescan),
        ratio: x(r.listAfterOtherSave.journal.median / r.listAfterOtherSave.rescan.median),
        target: r.size === 10_000 ? `≤ ${LIST_AFTER_OTHER_SAVE_TARGET_MS} ms` : undefined,
        met: r.size === 10_000 ? r.listAfterOtherSave.journal.median <= LIST_AFTER_OTHER_SAVE_TARGET_MS : null,
      },
      { figure: `${n}: open (config + history)`, value: msSpread(r.open.store), reference: msSpread(r.open.bare), ratio: x(r.open.ratio), met: null },
      { figure: `${n}: save (edit)`, value: msSpread(r.save.store), reference: msSpread(r.save.bare), ratio: x(r.save.ratio), met: null },
      { figure: `${n}: record a test (full history)`, value: msSpread(r.recordTest.store), reference: msSpread(r.recordTest.bare), ratio: x(r.recordTest.ratio), met: null },
      { figure: `${n}: memory retained by a listing`, value: `heap +${mb(r.memory.heapUsedDelta)}, rss +${mb(r.memory.rssDelta)} (peak rss ${mb(r.memory.peakRss)})`, met: null },
    );
  }
  /**
   * Linear: ×10 in size costs at most ×10 (plus noise) — or, for listing, no
   * more than bare fs reading the same files grew (then the file system, not
   * the store, is what grew faster than linear on this machine).
   */
  const linear = (f: number) => f <= 10 * LINEAR_SLACK;
  for (const g of growth) {
    const listOk = linear(g.listCold) || g.listCold <= g.listBare * LINEAR_SLACK;
    rows.push({
      figure: `growth ${g.from.toLocaleString('en-US')} → ${g.to.toLocaleString('en-US')} (×10)`,
      value: `list ${x(g.listCold)} (bare fs ${x(g.listBare)}), warm ${x(g.listWarm)}, open ${x(g.open)}, save ${x(g.save)}, record ${x(g.recordTest)}, heap ${g.heapMeaningful ? x(g.heap) : 'n/a'}`,
      target: '≤ 10× (linear)',
      met: listOk && linear(g.listWarm) && linear(g.open) && linear(g.save) && linear(g.recordTest) && (!g.heapMeaningful || linear(g.heap)),
    });
  }

  const notes = [
    'Fixture: configurations and full histories written directly as files in the store\'s format (verified against its schemas and read back through the store), not through its API: 100 locked history rewrites per configuration would take far longer.',
    'Reference = bare fs doing the least the job needs (read + JSON.parse; plain non-atomic write): the ratio is the store\'s validation, locking and atomic-write cost.',
    `"Linear" allows ${Math.round((LINEAR_SLACK - 1) * 100)}% noise on top of ×10 per ×10 in size (listing also passes if it grew no faster than bare fs reading the same files); open, save and record should stay flat; a heap factor from a base under 256 KB is shown as n/a.`,
    'Memory: heap and rss retained by one full-scan listing from a new store (its summaries and summary cache), measured in a fresh child process after a forced GC (median of 3); peak rss = the child\'s high-water mark.',
  ];
  const r1000 = results.find((r) => r.size === 1000);
  if (r1000 && (r1000.listCold.store.median >= LIST_1000_TARGET_MS || (r1000.listAppStart && r1000.listAppStart.median >= LIST_1000_TARGET_MS))) {
    notes.push(
      `Listing 1,000: ${r1000.listAppStart ? `${ms(r1000.listAppStart.median)} at app start (with the index), ` : ''}${ms(r1000.listCold.store.median)} for a full scan (no index), ` +
        `${ms(r1000.listCold.bare.median)} for bare fs reading and parsing the same files — the target is < ${LIST_1000_TARGET_MS} ms; a warm listing took ${ms(r1000.listWarm.median)}.`,
    );
  }
  return {
    id: 'storeScale',
    title: 'Store scale (each configuration with 100 history records)',
    rows,
    data: { sizes: results, growth, fixture: 'files written directly in the store format' },
    notes,
  };
}
