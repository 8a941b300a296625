import type { Diagnosis } from '../contract';
import type { CatalogueEntry } from './catalogue-entry';

export type Evidence = Record<string, string | number | boolean | undefined>;
export type DiagnosisOverrides = Partial<Pick<Diagnosis, 'title' | 'cause' | 'fix'>>;

/** A Diagnosis from one catalogue entry; evidence values become strings, undefined ones are left out. */
export function buildDiagnosis(code: string, entry: CatalogueEntry, evidence: Evidence = {}, overrides: DiagnosisOverrides = {}): Diagnosis {
  const ev: Record<string, string> = {};
  for (const [k, v] of Object.entries(evidence)) if (v !== undefined) ev[k] = String(v);
  return { code, title: entry.title, cause: entry.cause, fix: [...entry.fix], evidence: ev, ...overrides };
}
