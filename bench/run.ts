/**
 * npm run bench — the benchmark (not part of npm test).
 *
 * Runs in browser mode with Debian's Chromium (or CHROME_PATH) and a local
 * Okta-like IdP; every figure is a ratio against a reference measured in the
 * same run, interleaved, so it holds on a noisy machine. Prints a table and
 * writes bench/results.json.
 *
 *   npm run bench                          everything (builds first)
 *   npx tsx bench/run.ts --quick           fewer runs, store up to 1,000 (checks the harness)
 *   npx tsx bench/run.ts --only=store,keychain   some sections: startup, bundle, login (= formLogin + perceived), issuer, store, keychain
 *   npx tsx bench/run.ts --runs=9          timed runs per figure (default 7, at least 5)
 *
 * The keychain figures need a Secret Service: like scripts/test.sh, the run
 * re-executes itself inside scripts/with-keyring.sh (a private D-Bus session
 * with a throwaway, unlocked gnome-keyring) when dbus-run-session and
 * gnome-keyring-daemon are installed; your own keyring is never touched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable, chromiumFlags } from '../main/browser/chromium-path';
import type { BenchContext } from './context';
import { bundleSizeSection } from './bundle-size';
import { buildReferenceApp } from './reference-build';
import { formatTable, machineInfo, skippedSection, writeResults, type SectionResult } from './report';

const root = path.resolve(__dirname, '..');

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Re-runs this same command inside a private keyring session; returns its exit code, or null to go on here. */
function reexecInKeyring(): number | null {
  if (process.env.SSO_BENCH_IN_KEYRING || process.platform !== 'linux') return null;
  if (!hasCommand('dbus-run-session') || !hasCommand('gnome-keyring-daemon')) {
    console.log('bench: dbus-run-session or gnome-keyring-daemon missing — the keychain figures use the session keyring if there is one, else they are skipped.');
    return null;
  }
  const child = spawnSync(
    path.join(root, 'scripts/with-keyring.sh'),
    [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, SSO_BENCH_IN_KEYRING: '1' } },
  );
  return child.status ?? 1;
}

function parseArgs(argv: string[]) {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const quick = argv.includes('--quick');
  const runs = Math.max(quick ? 3 : 5, Number(get('runs') ?? (quick ? 3 : 7)));
  const only = get('only')?.split(',').map((s) => s.trim());
  return { quick, runs, warmup: quick ? 1 : 2, only };
}

async function main(): Promise<number> {
  const reexec = reexecInKeyring();
  if (reexec !== null) return reexec;

  const args = parseArgs(process.argv.slice(2));
  const want = (name: string) => !args.only || args.only.includes(name);
  const distDir = path.join(root, 'dist');
  if (!fs.existsSync(path.join(distDir, 'renderer', 'index.html')) || !fs.existsSync(path.join(distDir, 'browser', 'preload.js'))) {
    console.error('bench: dist/ is missing — run `npm run bench` (it builds first) or `npm run build`.');
    return 1;
  }
  const executablePath = chromiumExecutable();
  if (!executablePath) {
    console.error('bench: no Chromium or Chrome found (install chromium, or set CHROME_PATH).');
    return 1;
  }

  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((v) => Number(v.toFixed(2))); // 1, 5 and 15 minutes
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-bench-'));
  const browser = await chromium.launch({ executablePath, args: chromiumFlags(), headless: true });
  const t0 = performance.now();
  const ctx: BenchContext = {
    browser,
    distDir,
    tmpDir,
    runs: args.runs,
    warmup: args.warmup,
    quick: args.quick,
    log: (m) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`),
  };
  ctx.log(`${args.runs} timed runs per figure after ${args.warmup} warm-up${args.quick ? ' (quick)' : ''}; load average ${loadAtStart.join(' ')} on ${os.cpus().length} CPUs`);

  const sections: SectionResult[] = [];
  const loadNow = () => os.loadavg().map((v) => Number(v.toFixed(2)));
  /** One section failing (a missing piece, a bug) must not lose the others. The machine's load is kept before and after each. */
  const section = async (name: string, id: string, title: string, run: () => Promise<SectionResult>) => {
    // 'login' runs both login sections; 'formLogin' / 'perceived' one of them.
    if (!want(name) && !(name === 'formLogin' || name === 'perceived' ? want('login') : false)) return;
    const before = loadNow();
    let result: SectionResult;
    try {
      result = await run();
    } catch (err) {
      const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      ctx.log(`${title}: FAILED — ${reason}`);
      result = skippedSection(id, title, `failed — ${reason.slice(0, 500)}`);
    }
    result.load = { before, after: loadNow() };
    ctx.log(`${title}: load average ${before.join(' ')} before, ${result.load.after.join(' ')} after`);
    sections.push(result);
  };

  try {
    let referenceDir: string | null = null;
    if (want('startup') || want('bundle')) {
      ctx.log('building the reference page (bench/reference-app) with Vite + plugin-react');
      referenceDir = await buildReferenceApp(path.join(tmpDir, 'reference-app'));
    }
    await section('startup', 'startup', 'Start-up (launch → home screen interactive, 1 and 100 configurations stored)', async () => {
      const { measureStartup } = await import('./startup');
      return measureStartup(ctx, referenceDir!);
    });
    await section('bundle', 'bundleSize', 'Renderer bundle size (dist/renderer/assets)', async () =>
      bundleSizeSection(
        path.join(distDir, 'renderer', 'assets'),
        referenceDir && path.join(referenceDir, 'assets'),
        path.join(distDir, 'browser', 'preload.js'),
      ),
    );
    await section('formLogin', 'testLogin', 'Test login (app vs bare openid-client + playwright-core)', async () => {
      const { measureTestLogin } = await import('./test-login');
      return measureTestLogin(ctx);
    });
    await section('perceived', 'perceivedLogin', 'Test login as perceived (click → result visible, IdP approves at once)', async () => {
      const { measurePerceivedLogin } = await import('./perceived-login');
      return measurePerceivedLogin(ctx);
    });
    await section('issuer', 'issuerCheck', 'Issuer check', async () => {
      const { measureIssuerCheck } = await import('./issuer-check');
      return measureIssuerCheck(ctx);
    });
    await section('store', 'storeScale', 'Store scale', async () => {
      const { measureStoreScale } = await import('./store-scale');
      return measureStoreScale(ctx);
    });
    await section('keychain', 'keychain', 'Keychain (set / get / delete)', async () => {
      const { measureKeychain } = await import('./keychain');
      return measureKeychain(ctx);
    });
  } finally {
    await browser.close().catch(() => undefined);
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }

  const finishedAt = new Date();
  console.log(formatTable(sections));
  const out = path.join(root, 'bench', 'results.json');
  writeResults(out, {
    startedAt,
    finishedAt,
    machine: { ...machineInfo(executablePath), loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg().map((v) => Number(v.toFixed(2))) },
    settings: { runs: args.runs, warmup: args.warmup, quick: args.quick, only: args.only ?? null, keyring: process.env.SSO_BENCH_IN_KEYRING ? 'private gnome-keyring (scripts/with-keyring.sh)' : 'session' },
    sections,
  });
  const missed = sections.flatMap((s) => s.rows.filter((r) => r.met === false).map((r) => `${s.title}: ${r.figure}`));
  console.log(`\nWrote ${path.relative(process.cwd(), out)} in ${Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000)} s.`);
  if (missed.length) console.log(`Targets missed (see the notes above):\n  - ${missed.join('\n  - ')}`);
  const failed = sections.filter((s) => s.skipped);
  if (failed.length) console.log(`Sections not measured: ${failed.map((s) => s.id).join(', ')}`);
  // Missed targets are findings, not failures; a section that could not run is.
  return failed.some((s) => s.skipped?.startsWith('failed')) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
