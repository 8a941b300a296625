/**
 * What a test login records as it runs: each stage's time (the result's
 * `stages`) and a `testProgress` event as each stage starts, the warnings,
 * and every sensitive value as it comes to exist (secret, code_verifier,
 * state, nonce, code, ID token). It turns the run's end into the result,
 * scrubbed of those values.
 */
import type { Diagnosis, TestEvidence, TestLoginResult, TestStage } from '../../../../common/contract';
import { diagnose } from '../../../../common/diagnosis';
import type { Clock } from '../../ports';
import { scrubDiagnosis } from '../redact';
import type { TestProgressEvent } from './login-run';
import type { LoginEnd } from './stage-outcome';

export interface TestRecorder {
  /** The stage running now; undefined before the first one and after the end. */
  readonly stage: TestStage | undefined;
  /** Ends the current stage and starts `stage`, telling the listener. */
  enter(stage: TestStage, detail?: string): void;
  /** Values that must never appear in the result or an event. */
  redact(...values: (string | undefined)[]): void;
  warn(warning: Diagnosis | undefined): void;
  /** Facts seen on the way (discovery summary, key ids, token header, values), for the history. */
  note(evidence: TestEvidence): void;
  finish(end: LoginEnd): TestLoginResult;
}

export interface RecorderOptions {
  testId: string;
  configId: string;
  clock: Clock;
  emit?: (event: TestProgressEvent) => void;
}

const FINAL_STAGE = { success: 'done', failed: 'failed', cancelled: 'cancelled' } as const satisfies Record<LoginEnd['kind'], TestStage>;
const OUTCOME = { success: 'success', failed: 'failure', cancelled: 'cancelled' } as const satisfies Record<LoginEnd['kind'], TestLoginResult['outcome']>;

export function createTestRecorder({ testId, configId, clock, emit }: RecorderOptions): TestRecorder {
  const started = clock.now();
  const stages: TestLoginResult['stages'] = [];
  const warnings: Diagnosis[] = [];
  const sensitive: string[] = [];
  let evidence: TestEvidence = {};
  let current: { stage: TestStage; at: number } | undefined;

  const tell = (stage: TestStage, detail?: string) => {
    try {
      emit?.({ testId, configId, stage, elapsedMs: clock.now() - started, ...(detail ? { detail } : {}) });
    } catch {
      // A failing listener must not break the test.
    }
  };
  const endCurrent = (now: number) => {
    if (current) stages.push({ stage: current.stage, ms: now - current.at });
    current = undefined;
  };
  const scrub = (diagnosis: Diagnosis) => scrubDiagnosis(diagnosis, sensitive);

  return {
    get stage() {
      return current?.stage;
    },
    enter(stage, detail) {
      const now = clock.now();
      endCurrent(now);
      current = { stage, at: now };
      tell(stage, detail);
    },
    redact(...values) {
      for (const value of values) if (value) sensitive.push(value);
    },
    warn(warning) {
      if (warning) warnings.push(warning);
    },
    note(more) {
      evidence = { ...evidence, ...more };
    },
    finish(end) {
      const now = clock.now();
      endCurrent(now);
      const finalStage = FINAL_STAGE[end.kind];
      stages.push({ stage: finalStage, ms: now - started });
      const diagnosis = end.kind === 'cancelled' ? diagnose('LOGIN_CANCELLED') : end.kind === 'failed' ? end.diagnosis : undefined;
      const safe = diagnosis ? scrub(diagnosis) : undefined;
      tell(finalStage, safe?.code);
      const claims = end.kind === 'cancelled' ? undefined : end.claims;
      return {
        testId,
        configId,
        outcome: OUTCOME[end.kind],
        ...(safe ? { diagnosis: safe } : {}),
        warnings: warnings.map(scrub),
        ...(claims ? { claims } : {}),
        stages,
        evidence,
      };
    },
  };
}
