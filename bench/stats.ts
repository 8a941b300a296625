/**
 * Small statistics for the benchmark: median, quartiles and min–max of a set
 * of runs, and the ratio of two interleaved series (app vs reference).
 */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartile (linear interpolation). */
  q1: number;
  q3: number;
  /** Every run, in the order measured (kept in results.json). */
  runs: number[];
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(runs: readonly number[]): Summary {
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    n: runs.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    runs: [...runs],
  };
}

export interface RatioSummary {
  /** median(app) / median(reference). */
  ratio: number;
  /** Median of the per-pair ratios, and their quartiles: how much the ratio moves between pairs. */
  pairedMedian: number;
  pairedQ1: number;
  pairedQ3: number;
  /** median(app) − median(reference), in the series' unit. */
  added: number;
}

export function compare(app: Summary, reference: Summary): RatioSummary {
  const pairs = app.runs.map((a, i) => a / reference.runs[i]!).filter(Number.isFinite);
  const paired = summarize(pairs);
  return {
    ratio: app.median / reference.median,
    pairedMedian: paired.median,
    pairedQ1: paired.q1,
    pairedQ3: paired.q3,
    added: app.median - reference.median,
  };
}

/**
 * Runs A and B interleaved: `warmup` untimed pairs, then `runs` timed pairs.
 * The order flips every pair (A B, B A, A B, …) so drift and "second one
 * benefits from a warm cache" hit both sides alike. Each function returns the
 * milliseconds it measured itself (its setup stays outside the timing).
 */
export async function interleave(options: {
  warmup: number;
  runs: number;
  a: (i: number) => Promise<number>;
  b: (i: number) => Promise<number>;
  onRun?: (i: number, a: number, b: number) => void;
}): Promise<{ a: Summary; b: Summary }> {
  for (let i = 0; i < options.warmup; i++) {
    await options.a(-1 - i);
    await options.b(-1 - i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = await options.a(i);
      tb = await options.b(i);
    } else {
      tb = await options.b(i);
      ta = await options.a(i);
    }
    a.push(ta);
    b.push(tb);
    options.onRun?.(i, ta, tb);
  }
  return { a: summarize(a), b: summarize(b) };
}

/** Repeats one measurement: `warmup` untimed runs, then `runs` timed ones. */
export async function repeat(options: { warmup: number; runs: number; run: (i: number) => Promise<number> }): Promise<Summary> {
  for (let i = 0; i < options.warmup; i++) await options.run(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < options.runs; i++) out.push(await options.run(i));
  return summarize(out);
}

export const ms = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1)) + ' ms' : '—');
export const x = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) + '×' : '—');
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1) + ' KB';
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1) + ' MB';

/** "median (min–max)" for a series of milliseconds. */
export function msSpread(s: Summary): string {
  return `${ms(s.median)} (${ms(s.min).replace(' ms', '')}–${ms(s.max)})`;
}
