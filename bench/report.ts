/**
 * What every measurement hands back, the table printed at the end, and
 * bench/results.json (machine, date, every figure and every run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/** One line of the printed table. */
export interface Row {
  figure: string;
  /** The app's figure, e.g. "412 ms (398–450)". */
  value: string;
  /** The reference's figure, when there is one. */
  reference?: string;
  /** e.g. "1.08×", "+31 ms". */
  ratio?: string;
  target?: string;
  /** null: a figure without a target (context). */
  met?: boolean | null;
}

export interface SectionResult {
  id: string;
  title: string;
  rows: Row[];
  /** Machine-readable figures and every run, for results.json. */
  data: Record<string, unknown>;
  /** Why a target was missed, how the figure was taken, caveats. */
  notes: string[];
  /** Set when the section could not run (what was missing). */
  skipped?: string;
  /** The machine's load average (1, 5, 15 min) just before and just after the section ran (set by run.ts). */
  load?: { before: number[]; after: number[] };
}

export function skippedSection(id: string, title: string, reason: string): SectionResult {
  return { id, title, rows: [], data: {}, notes: [], skipped: reason };
}

function chromiumVersion(executable: string | null): string | null {
  if (!executable) return null;
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(chromium: string | null): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    platform: `${process.platform} ${os.release()}`,
    arch: process.arch,
    cpu: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    memoryMB: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    chromium: chromiumVersion(chromium),
    commit: gitCommit(),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function formatTable(sections: SectionResult[]): string {
  const header: Row = { figure: 'Figure', value: 'App (median, min–max)', reference: 'Reference', ratio: 'Ratio / added', target: 'Target' };
  const lines: string[] = [];
  const all = sections.flatMap((s) => s.rows);
  const w = {
    figure: Math.max(header.figure.length, ...all.map((r) => r.figure.length)),
    value: Math.max(header.value.length, ...all.map((r) => r.value.length)),
    reference: Math.max(header.reference!.length, ...all.map((r) => (r.reference ?? '').length)),
    ratio: Math.max(header.ratio!.length, ...all.map((r) => (r.ratio ?? '').length)),
    target: Math.max(header.target!.length, ...all.map((r) => (r.target ?? '').length)),
  };
  const line = (r: Row, mark: string) =>
    [pad(r.figure, w.figure), pad(r.value, w.value), pad(r.reference ?? '', w.reference), pad(r.ratio ?? '', w.ratio), pad(r.target ?? '', w.target), mark]
      .join(' | ')
      .trimEnd();
  const rule = '-'.repeat(line(header, 'Met').length);
  for (const s of sections) {
    lines.push('', `## ${s.title}`);
    if (s.load) lines.push(`  load average (1, 5, 15 min): ${s.load.before.join(' ')} before, ${s.load.after.join(' ')} after`);
    if (s.skipped) {
      lines.push(`  skipped: ${s.skipped}`);
      continue;
    }
    lines.push(line(header, 'Met'), rule);
    for (const r of s.rows) lines.push(line(r, r.met === true ? 'yes' : r.met === false ? 'NO' : ''));
    for (const n of s.notes) lines.push(`  * ${n}`);
  }
  return lines.join('\n');
}

export function writeResults(file: string, input: { startedAt: Date; finishedAt: Date; settings: Record<string, unknown>; machine: Record<string, unknown>; sections: SectionResult[] }): void {
  const body = {
    date: input.startedAt.toISOString(),
    durationSeconds: Math.round((input.finishedAt.getTime() - input.startedAt.getTime()) / 1000),
    machine: input.machine,
    settings: input.settings,
    sections: Object.fromEntries(input.sections.map((s) => [s.id, s])),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
}
