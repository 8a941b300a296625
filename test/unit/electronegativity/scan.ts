/**
 * Runs Electronegativity over the Electron app as written and as built, and
 * says for each finding whether it is justified inline (see justification.ts).
 *
 * What is scanned (copied into a temp folder, because the scanner reads one
 * folder and only knows .js/.ts/.html/.json names):
 * - sources: main/ (electron, core, browser), preload/, renderer/index.html, renderer/src/, package.json;
 * - bundles: main/electron/main.ts and preload/electron.ts bundled in memory
 *   with the options of scripts/build.mjs, saved as .js. A finding in a bundle
 *   is traced back through its source map to the file and line it came from,
 *   and must be justified there (a finding in a dependency cannot be).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { justificationFor } from './justification';

export const ROOT = path.resolve(__dirname, '../../..');
const RUNNER = path.join(__dirname, 'run-offline.cjs');

/**
 * Left out: the check that downloads Electron's release list from GitHub to
 * look for newer security releases (it needs the network; tests run offline),
 * and its feeder, which only reports package.json's Electron version for that
 * check to compare (an informational finding on a file that cannot hold comments).
 * "Current Electron" is covered by SECURITY.md and the installed version instead.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

export interface RawFinding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  description: string;
  sample: string;
}

export interface RunOutput {
  checks: { global: number; atomic: number };
  errors: { file: string; message: string; tolerable: boolean }[];
  findings: RawFinding[];
  refusedFetches: number;
}

export interface Finding extends RawFinding {
  /** Where to justify it: repo-relative file and 1-based line (for bundles: the original source). */
  source: { file: string; line: number } | null;
  justified: boolean;
  /** The reason given, or why the finding is not justified. */
  note: string;
}

export function installedElectronVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
}

/** Runs the scanner (offline, in a child process) over one folder. */
export async function runElectronegativity(input: string): Promise<RunOutput> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [RUNNER, JSON.stringify({ input, exclude: EXCLUDED_CHECKS, electronVersion: installedElectronVersion() })],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  return JSON.parse(stdout) as RunOutput;
}

interface Bundle {
  stagedName: string;
  map: SourceMap;
  /** Folder the map's `sources` are relative to. */
  mapDir: string;
}

const BUNDLES = [
  { entry: 'main/electron/main.ts', outfile: 'dist/electron/main.cjs', external: ['electron', 'keytar', 'playwright-core'], stagedName: 'bundles/electron-main.js' },
  { entry: 'preload/electron.ts', outfile: 'dist/electron/preload.cjs', external: ['electron'], stagedName: 'bundles/electron-preload.js' },
];

async function bundleInto(stage: string): Promise<Bundle[]> {
  const bundles: Bundle[] = [];
  for (const b of BUNDLES) {
    const result = await build({
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'external',
      logLevel: 'silent',
      absWorkingDir: ROOT,
      entryPoints: [b.entry],
      outfile: b.outfile,
      external: b.external,
      write: false,
    });
    const code = result.outputFiles.find((f) => f.path.endsWith('.cjs'))!;
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!;
    mkdirSync(path.dirname(path.join(stage, b.stagedName)), { recursive: true });
    writeFileSync(path.join(stage, b.stagedName), code.text);
    bundles.push({ stagedName: b.stagedName, map: new SourceMap(JSON.parse(map.text)), mapDir: path.join(ROOT, path.dirname(b.outfile)) });
  }
  return bundles;
}

/** Copies the app's sources into `stage` and writes the bundles next to them. */
export async function stageApp(stage: string): Promise<Bundle[]> {
  for (const rel of ['main', 'preload', 'renderer/src', 'renderer/index.html', 'package.json']) {
    const from = path.join(ROOT, rel);
    if (existsSync(from)) cpSync(from, path.join(stage, rel), { recursive: true });
  }
  return bundleInto(stage);
}

function sourceOf(finding: RawFinding, bundles: Bundle[]): { file: string; line: number } | null {
  if (finding.file === 'N/A' || finding.line < 1) return null;
  const bundle = bundles.find((b) => b.stagedName === finding.file);
  if (!bundle) return { file: finding.file, line: finding.line };
  const entry = bundle.map.findEntry(finding.line - 1, finding.column) as { originalSource?: string; originalLine?: number };
  if (!entry.originalSource || entry.originalLine === undefined) return null;
  const original = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : path.resolve(bundle.mapDir, entry.originalSource);
  return { file: path.relative(ROOT, original), line: entry.originalLine + 1 };
}

/** Decides, for each finding, whether the file it points to justifies it. `readSource` reads a repo-relative file. */
export function judge(findings: RawFinding[], bundles: Bundle[], readSource: (file: string) => string | null): Finding[] {
  return findings.map((f) => {
    const source = sourceOf(f, bundles);
    if (!source) return { ...f, source, justified: false, note: 'no source location: cannot be justified inline' };
    if (source.file.split(path.sep).includes('node_modules')) {
      return { ...f, source, justified: false, note: 'in a dependency: cannot be justified inline' };
    }
    const text = readSource(source.file);
    if (text === null) return { ...f, source, justified: false, note: `cannot read ${source.file}` };
    const verdict = justificationFor(text, f.id, source.line);
    return { ...f, source, justified: verdict.ok, note: verdict.ok ? verdict.reason : verdict.why };
  });
}

/** Stage, scan, judge; the temp folder is removed afterwards. */
export async function scanApp(): Promise<{ run: RunOutput; findings: Finding[]; stagedFiles: string[] }> {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'sso-electronegativity-'));
  try {
    const bundles = await stageApp(stage);
    const run = await runElectronegativity(stage);
    const findings = judge(run.findings, bundles, (file) => {
      const p = path.join(ROOT, file);
      return existsSync(p) ? readFileSync(p, 'utf8') : null;
    });
    return { run, findings, stagedFiles: listFiles(stage) };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Scans a folder of hand-written files (the test's proof that the scan can fail); justifications are read from the same folder. */
export async function scanFolder(dir: string): Promise<{ run: RunOutput; findings: Finding[] }> {
  const run = await runElectronegativity(dir);
  const findings = judge(run.findings, [], (file) => {
    const p = path.join(dir, file);
    return existsSync(p) ? readFileSync(p, 'utf8') : null;
  });
  return { run, findings };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
  });
}

/** A printable table of findings. */
export function findingsTable(findings: Finding[]): string {
  const rows = findings.map((f) => [
    f.justified ? 'justified' : 'OPEN',
    f.id,
    `${f.severity}/${f.confidence}`,
    `${f.file}:${f.line}:${f.column}`,
    f.source && f.source.file !== f.file ? `${f.source.file}:${f.source.line}` : '',
    f.note.length > 90 ? `${f.note.slice(0, 87)}...` : f.note,
  ]);
  const head = ['verdict', 'check', 'sev/conf', 'where', 'source (bundles)', 'reason / why not'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
