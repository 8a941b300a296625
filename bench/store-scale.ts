/**
 * Store scale: list, open and save with 10, 100, 1,000 and 10,000
 * configurations, each with a full history (100 records), through the real
 * store (main/core/store/config-store.ts) on real files. Each operation is
 * interleaved with a bare-fs reference doing the least the same job needs
 * (read + JSON.parse, or a plain write), so the ratio is the store's own cost
 * (validation, locking, atomic writes). Memory: heapUsed and rss retained by a
 * cold listing (after a forced GC), per size.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createConfigStore, type ConfigStore } from '../main/core/store/config-store';
import { systemClock } from '../main/core/ports';
import type { BenchContext } from './context';
import { fixtureRecord, growFixture, verifyFixtureFormat } from './store-fixtures';
import { compare, interleave, kb, ms, msSpread, repeat, summarize, x, type Summary } from './stats';
import type { Row, SectionResult } from './report';

const LIST_1000_TARGET_MS = 50;
/** "No worse than linear": a ×10 in size may cost at most ×10 in time, plus this much noise. */
const LINEAR_SLACK = 1.25;

function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

const newStore = (dataDir: string): ConfigStore => createConfigStore(dataDir, { clock: systemClock, appVersion: '0.1.0' });

async function listWithFreshStore(dataDir: string): Promise<{ store: ConfigStore; list: unknown[] }> {
  const store = newStore(dataDir);
  return { store, list: await store.list() };
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
  listWarm: Summary;
  open: { store: Summary; bare: Summary; ratio: number };
  save: { store: Summary; bare: Summary; ratio: number };
  recordTest: { store: Summary; bare: Summary; ratio: number };
  memory: { heapUsedDelta: number; rssDelta: number };
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
  const gc = exposeGc();
  const ids: string[] = [];
  const results: SizeResult[] = [];
  const pick = (i: number) => ids[Math.abs((i + 11) * 7919) % ids.length]!;

  for (const size of sizes) {
    const g0 = performance.now();
    growFixture(dataDir, ids, size);
    const generateMs = performance.now() - g0;
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

    const listCold = await interleave({
      warmup: ctx.warmup,
      runs: ctx.runs,
      a: async () => {
        const store = newStore(dataDir);
        const t0 = performance.now();
        const list = await store.list();
        const t = performance.now() - t0;
        if (list.length !== size) throw new Error(`listed ${list.length}, expected ${size}`);
        return t;
      },
      b: async () => bareList(dataDir),
    });

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

    // Memory retained by a cold listing (the summaries and the store's summary cache).
    // What is measured is held in `held`, emptied before each baseline: a local of
    // this async function would stay alive in its frame and skew the next baseline.
    const heap: number[] = [];
    const rss: number[] = [];
    let held: { store: ConfigStore; list: unknown[] } | null = null;
    for (let r = 0; r < 3; r++) {
      held = null;
      gc();
      const before = process.memoryUsage();
      held = await listWithFreshStore(dataDir);
      gc();
      const after = process.memoryUsage();
      heap.push(after.heapUsed - before.heapUsed);
      rss.push(after.rss - before.rss);
      if (held.list.length !== size) throw new Error('listing changed size');
    }
    held = null;

    results.push({
      size,
      generateMs,
      listCold: { store: listCold.a, bare: listCold.b, ratio: compare(listCold.a, listCold.b).ratio },
      listWarm,
      open: { store: open.a, bare: open.b, ratio: compare(open.a, open.b).ratio },
      save: { store: save.a, bare: save.b, ratio: compare(save.a, save.b).ratio },
      recordTest: { store: recordTest.a, bare: recordTest.b, ratio: compare(recordTest.a, recordTest.b).ratio },
      memory: { heapUsedDelta: summarize(heap).median, rssDelta: summarize(rss).median },
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
      listWarm: r.listWarm.median / prev.listWarm.median,
      open: r.open.store.median / prev.open.store.median,
      save: r.save.store.median / prev.save.store.median,
      recordTest: r.recordTest.store.median / prev.recordTest.store.median,
      heap: r.memory.heapUsedDelta / Math.max(1, prev.memory.heapUsedDelta),
    };
  });

  const rows: Row[] = [];
  for (const r of results) {
    const n = r.size.toLocaleString('en-US');
    rows.push(
      {
        figure: `${n}: list (new store, no cache)`,
        value: msSpread(r.listCold.store),
        reference: msSpread(r.listCold.bare),
        ratio: x(r.listCold.ratio),
        target: r.size === 1000 ? `< ${LIST_1000_TARGET_MS} ms` : undefined,
        met: r.size === 1000 ? r.listCold.store.median < LIST_1000_TARGET_MS : null,
      },
      { figure: `${n}: list (warm, cached)`, value: msSpread(r.listWarm), met: null },
      { figure: `${n}: open (config + history)`, value: msSpread(r.open.store), reference: msSpread(r.open.bare), ratio: x(r.open.ratio), met: null },
      { figure: `${n}: save (edit)`, value: msSpread(r.save.store), reference: msSpread(r.save.bare), ratio: x(r.save.ratio), met: null },
      { figure: `${n}: record a test (full history)`, value: msSpread(r.recordTest.store), reference: msSpread(r.recordTest.bare), ratio: x(r.recordTest.ratio), met: null },
      { figure: `${n}: memory retained by a listing`, value: `heap ${kb(r.memory.heapUsedDelta)}, rss ${kb(r.memory.rssDelta)}`, met: null },
    );
  }
  const linear = (f: number) => f <= 10 * LINEAR_SLACK;
  for (const g of growth) {
    rows.push({
      figure: `growth ${g.from.toLocaleString('en-US')} → ${g.to.toLocaleString('en-US')} (×10)`,
      value: `list ${x(g.listCold)}, warm ${x(g.listWarm)}, open ${x(g.open)}, save ${x(g.save)}, record ${x(g.recordTest)}, heap ${x(g.heap)}`,
      target: '≤ 10× (linear)',
      met: linear(g.listCold) && linear(g.listWarm) && linear(g.open) && linear(g.save) && linear(g.recordTest) && linear(g.heap),
    });
  }

  const notes = [
    'Fixture: configurations and full histories written directly as files in the store\'s format (verified against its schemas and read back through the store), not through its API: 100 locked history rewrites per configuration would take far longer.',
    'Reference = bare fs doing the least the job needs (read + JSON.parse; plain non-atomic write): the ratio is the store\'s validation, locking and atomic-write cost.',
    `"Linear" allows ${Math.round((LINEAR_SLACK - 1) * 100)}% noise on top of ×10 per ×10 in size; open, save and record should stay flat.`,
  ];
  const r1000 = results.find((r) => r.size === 1000);
  if (r1000 && r1000.listCold.store.median >= LIST_1000_TARGET_MS) {
    notes.push(`Listing 1,000 from a cold store took ${ms(r1000.listCold.store.median)} (target < ${LIST_1000_TARGET_MS} ms); a warm (cached) listing took ${ms(r1000.listWarm.median)}.`);
  }
  return {
    id: 'storeScale',
    title: 'Store scale (each configuration with 100 history records)',
    rows,
    data: { sizes: results, growth, fixture: 'files written directly in the store format' },
    notes,
  };
}
