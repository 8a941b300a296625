/**
 * One status per configuration, derived here and nowhere else: the home card,
 * the step list, the step 3 heading, the paste panel and step 4 all show it.
 *
 * A result vouches only for the exact values it tested (test-fingerprint.ts).
 * A failure caused by the person signing in, not by the configuration (not
 * assigned to the app, closed the window, gave up), does not undo a pass: it
 * is shown beside it, as what it is.
 */
import type { TestMark, Verdict } from '../contract';
import { testFingerprint, type TestedValues } from './test-fingerprint';

/** Codes that say something about the person who signed in (or the session), not about the configuration. */
export const USER_CAUSED_CODES: ReadonlySet<string> = new Set([
  'USER_NOT_ASSIGNED',
  'LOGIN_WINDOW_CLOSED',
  'LOGIN_CANCELLED',
  'LOGIN_TIMED_OUT',
  'LOGIN_STALLED',
  'LOGIN_STALLED_DEVICE_BOUND',
]);

export interface RunningTestInfo {
  testId: string;
  stage: string;
  startedAt: string;
}

export type ConfigStatus =
  | { kind: 'never-tested' }
  | { kind: 'running'; running: RunningTestInfo; before: SettledStatus }
  | SettledStatus;

export type SettledStatus =
  | { kind: 'never-tested' }
  /** Passed with these exact values; `userIssue` is a newer failure caused by the person signing in. */
  | { kind: 'passed'; pass: TestMark; userIssue?: TestMark }
  | { kind: 'passed-with-warnings'; pass: TestMark; userIssue?: TestMark }
  /** The newest result for these values is a failure. `userCaused`: the configuration may be fine. */
  | { kind: 'failed'; failure: TestMark; userCaused: boolean; earlierPass?: TestMark }
  /** Results exist, but for other values: test again. */
  | { kind: 'changed'; lastTest: TestMark };

export interface StatusInput extends TestedValues {
  verdict?: Verdict;
}

export function isUserCaused(mark: Pick<TestMark, 'outcome' | 'code'>): boolean {
  return mark.outcome === 'cancelled' || (mark.code !== undefined && USER_CAUSED_CODES.has(mark.code));
}

export function configStatus(config: StatusInput, running?: RunningTestInfo): ConfigStatus {
  const settled = settledStatus(config);
  return running ? { kind: 'running', running, before: settled } : settled;
}

function settledStatus(config: StatusInput): SettledStatus {
  const fp = testFingerprint(config);
  const verdict = config.verdict ?? {};
  const pass = verdict.lastPass?.fingerprint === fp ? verdict.lastPass : undefined;
  const failure = verdict.lastFailure?.fingerprint === fp ? verdict.lastFailure : undefined;
  // The newest test of these values that was not a pass (a cancel counts as a user issue).
  const latest = verdict.latest?.fingerprint === fp ? verdict.latest : undefined;
  const newestIssue = [failure, latest?.outcome !== 'success' ? latest : undefined]
    .filter((m): m is TestMark => m !== undefined)
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];

  if (pass) {
    const after = newestIssue && newestIssue.at > pass.at ? newestIssue : undefined;
    if (after && !isUserCaused(after)) return { kind: 'failed', failure: after, userCaused: false, earlierPass: pass };
    const kind = pass.warnings.length > 0 ? 'passed-with-warnings' : 'passed';
    return after ? { kind, pass, userIssue: after } : { kind, pass };
  }
  if (failure) return { kind: 'failed', failure, userCaused: isUserCaused(failure) };
  if (newestIssue) return { kind: 'failed', failure: newestIssue, userCaused: true };
  const anyTest = verdict.latest ?? verdict.lastPass ?? verdict.lastFailure;
  return anyTest ? { kind: 'changed', lastTest: anyTest } : { kind: 'never-tested' };
}

/** Whether the current values have a passing test: what step 4 and the paste panel wait for. */
export function isPassing(status: ConfigStatus): boolean {
  const s = status.kind === 'running' ? status.before : status;
  return s.kind === 'passed' || s.kind === 'passed-with-warnings';
}
