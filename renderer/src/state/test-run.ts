/**
 * The live state of one test login, built from `testProgress` events and the
 * final result. Pure functions so the UI logic can be unit-tested.
 */
import type { Diagnosis, EventPayload, RunningTest, TestLoginResult, TestStage } from '../../../common/contract';
import { VISIBLE_STAGES } from '../../../common/rules/stage-labels';

export type StageState = 'pending' | 'active' | 'done' | 'failed';

export interface TestRun {
  configId: string;
  running: boolean;
  testId?: string;
  /** Elapsed ms reported when each stage was reached. */
  reached: Partial<Record<TestStage, { elapsedMs: number; detail?: string }>>;
  lastStage?: TestStage;
  result?: TestLoginResult;
  /** The call itself failed (e.g. CONFIG_INCOMPLETE, TEST_ALREADY_RUNNING). */
  error?: Diagnosis;
  startedAt: number;
  finishedAt?: number;
  /** Found running on the main side (this window did not start it, e.g. before a reload). */
  attached?: boolean;
}

export function startRun(configId: string, now: number): TestRun {
  return { configId, running: true, reached: {}, startedAt: now };
}

/** Applies one progress event; events for another config or another test are ignored. */
export function applyProgress(run: TestRun, event: EventPayload<'testProgress'>): TestRun {
  if (event.configId !== run.configId) return run;
  if (run.testId && event.testId !== run.testId) return run;
  if (!run.running) return run;
  return {
    ...run,
    testId: event.testId,
    lastStage: event.stage,
    reached: { ...run.reached, [event.stage]: { elapsedMs: event.elapsedMs, detail: event.detail } },
  };
}

/** A test the main side was already running when this window found it (after a reload). */
export function attachedRun(running: RunningTest, now: number): TestRun {
  return {
    configId: running.configId,
    running: true,
    testId: running.testId,
    attached: true,
    reached: { [running.stage]: { elapsedMs: running.elapsedMs } },
    lastStage: running.stage,
    startedAt: now - running.elapsedMs,
  };
}

export function finishRun(run: TestRun, result: TestLoginResult, now: number): TestRun {
  const reached = { ...run.reached };
  // The result's stage timings are authoritative (events may have been missed).
  let elapsed = 0;
  for (const timing of result.stages) {
    elapsed += timing.ms;
    if (!reached[timing.stage]) reached[timing.stage] = { elapsedMs: elapsed };
  }
  return { ...run, running: false, testId: result.testId, result, reached, finishedAt: now };
}

export function failRun(run: TestRun, error: Diagnosis, now: number): TestRun {
  return { ...run, running: false, error, finishedAt: now };
}

/** The display state of each visible stage (`stages`: the protocol's list, visibleStages). */
export function stageStates(run: TestRun, stages: readonly { stage: TestStage }[] = VISIBLE_STAGES): Record<TestStage, StageState> {
  const states = {} as Record<TestStage, StageState>;
  const failed = run.error !== undefined || (run.result !== undefined && run.result.outcome !== 'success');
  const order = stages.map((s) => s.stage);
  let lastReachedIndex = -1;
  order.forEach((stage, i) => {
    if (run.reached[stage]) lastReachedIndex = i;
  });
  order.forEach((stage, i) => {
    if (i < lastReachedIndex) states[stage] = 'done';
    else if (i === lastReachedIndex) {
      if (run.running) states[stage] = 'active';
      else states[stage] = failed ? 'failed' : 'done';
    } else if (i === 0 && lastReachedIndex === -1 && run.running) states[stage] = 'active';
    else if (i === 0 && lastReachedIndex === -1 && failed) states[stage] = 'failed';
    else states[stage] = 'pending';
  });
  return states;
}

export function outcomeText(run: TestRun): string | undefined {
  if (run.running) return undefined;
  if (run.result?.outcome === 'success') return 'Test succeeded';
  if (run.result?.outcome === 'cancelled') return 'Test failed: cancelled';
  return 'Test failed';
}

/**
 * How long a stage took (ms): the result's own timing when there is one,
 * otherwise the gap to the next reached stage, or, for the current stage,
 * the time since it began (`nowElapsed` = ms since the test started).
 */
export function stageDuration(run: TestRun, stage: TestStage, nowElapsed: number): number | undefined {
  const timed = run.result?.stages.find((s) => s.stage === stage);
  if (timed) return timed.ms;
  const start = run.reached[stage]?.elapsedMs;
  if (start === undefined) return undefined;
  const later = (Object.values(run.reached) as { elapsedMs: number }[])
    .map((r) => r.elapsedMs)
    .filter((ms) => ms > start)
    .sort((a, b) => a - b)[0];
  if (later !== undefined) return later - start;
  return Math.max(0, nowElapsed - start);
}
