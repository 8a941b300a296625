/**
 * What a stage of the test login hands on: its value for the next stage, or
 * the end of the run (a failure with its diagnosis, or a cancel).
 */
import type { ClaimsSummary, Diagnosis } from '../../../../common/contract';

/** How a test login ended. */
export type LoginEnd =
  | { kind: 'success'; claims: ClaimsSummary }
  | { kind: 'failed'; diagnosis: Diagnosis; claims?: ClaimsSummary }
  | { kind: 'cancelled' };

export type StageOutcome<T> = { kind: 'next'; value: T } | Exclude<LoginEnd, { kind: 'success' }>;

export function next<T>(value: T): StageOutcome<T> {
  return { kind: 'next', value };
}

export function failed(diagnosis: Diagnosis, claims?: ClaimsSummary): Extract<LoginEnd, { kind: 'failed' }> {
  return { kind: 'failed', diagnosis, ...(claims ? { claims } : {}) };
}

export const CANCELLED: Extract<LoginEnd, { kind: 'cancelled' }> = { kind: 'cancelled' };
