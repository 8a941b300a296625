/**
 * A history record read back: its outcome in the words the history screen
 * uses ("Passed with warnings" is not a plain pass), and its diagnosis, even
 * for a record written before full diagnoses were kept.
 */
import type { Diagnosis, HistoryRecord } from '../contract';
import { catalogue } from '../diagnoses/catalogue';
import { diagnose, type DiagnosisCode } from '../diagnosis';
import type { StatusTone } from './status-text';

export type RecordOutcomeLabel = 'Passed' | 'Passed with warnings' | 'Failed' | 'Cancelled';

type OutcomeInput = Pick<HistoryRecord, 'outcome' | 'warnings' | 'issuerCheck'>;

/** Whether a passing record came with warnings: a test's warnings, or an issuer check's "warn" checks. */
export function recordHasWarnings(r: OutcomeInput): boolean {
  return (r.warnings?.length ?? 0) > 0 || (r.issuerCheck?.checks.some((c) => c.status === 'warn') ?? false);
}

export function recordOutcome(r: OutcomeInput): { label: RecordOutcomeLabel; tone: Exclude<StatusTone, 'running'> } {
  switch (r.outcome) {
    case 'success':
      return recordHasWarnings(r) ? { label: 'Passed with warnings', tone: 'warn' } : { label: 'Passed', tone: 'ok' };
    case 'failure':
      return { label: 'Failed', tone: 'fail' };
    case 'cancelled':
      return { label: 'Cancelled', tone: 'neutral' };
  }
}

/**
 * The diagnosis a record keeps. A record from before diagnoses were kept in
 * full has only its code and title: the catalogue's explanation for that code
 * stands in (`rebuilt`, without the evidence of the time).
 */
export function recordDiagnosis(r: Pick<HistoryRecord, 'diagnosis' | 'code' | 'title'>): { diagnosis: Diagnosis; rebuilt: boolean } | undefined {
  if (r.diagnosis) return { diagnosis: r.diagnosis, rebuilt: false };
  if (!r.code || !Object.hasOwn(catalogue, r.code)) return undefined;
  const rebuilt = diagnose(r.code as DiagnosisCode);
  return { diagnosis: r.title ? { ...rebuilt, title: r.title } : rebuilt, rebuilt: true };
}
