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
}): Promise<{ a: Summary; b: Summary }> {
  const r = await interleaveMany({ warmup: options.warmup, runs: options.runs, series: { a: options.a, b: options.b } });
  return { a: r.a!, b: r.b! };
}

/**
 * Like `interleave`, for any number of series: one run of each per round, the
 * order rotated every round (A B C, B C A, C A B, …). Warm-up runs get a negative index.
 */
export async function interleaveMany<K extends string>(options: {
  warmup: number;
  runs: number;
  series: Record<K, (i: number) => Promise<number>>;
}): Promise<Record<K, Summary>> {
  const names = Object.keys(options.series) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = -options.warmup; round < options.runs; round++) {
    const k = ((round % names.length) + names.length) % names.length;
    const order = [...names.slice(k), ...names.slice(0, k)];
    for (const name of order) {
      const t = await options.series[name](round);
      if (round >= 0) times[name].push(t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(times[n])])) as Record<K, Summary>;
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
