import { describe, expect, it } from 'vitest';
import type { TestLoginResult } from '../../common/contract';
import { applyProgress, failRun, finishRun, outcomeText, stageDuration, stageStates, startRun } from '../../renderer/src/state/test-run';

const configId = '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f';
const testId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const otherTest = '11111111-2222-4333-8444-555555555555';

function progress(stage: Parameters<typeof applyProgress>[1]['stage'], elapsedMs: number, id = testId, cfg = configId) {
  return { testId: id, configId: cfg, stage, elapsedMs };
}

describe('live test-login state from progress events', () => {
  it('follows the stages in order, the current one active', () => {
    let run = startRun(configId, 0);
    expect(stageStates(run).discovery).toBe('active');
    run = applyProgress(run, progress('discovery', 5));
    run = applyProgress(run, progress('window-opened', 40));
    const states = stageStates(run);
    expect(states.discovery).toBe('done');
    expect(states['window-opened']).toBe('active');
    expect(states['redirect-caught']).toBe('pending');
    expect(run.reached['window-opened']?.elapsedMs).toBe(40);
    expect(outcomeText(run)).toBeUndefined();
  });

  it('ignores events of another configuration or another test', () => {
    let run = startRun(configId, 0);
    run = applyProgress(run, progress('discovery', 5));
    const before = run;
    run = applyProgress(run, progress('window-opened', 9, otherTest));
    run = applyProgress(run, progress('window-opened', 9, testId, otherTest));
    expect(run).toBe(before);
  });

  it('a success marks every reached stage done; a failure stops at its stage', () => {
    let run = startRun(configId, 0);
    run = applyProgress(run, progress('discovery', 5));
    const success: TestLoginResult = {
      testId,
      configId,
      outcome: 'success',
      warnings: [],
      stages: [
        { stage: 'discovery', ms: 5 },
        { stage: 'window-opened', ms: 100 },
        { stage: 'redirect-caught', ms: 10 },
        { stage: 'exchanging-code', ms: 20 },
        { stage: 'validating-token', ms: 3 },
      ],
    };
    const done = finishRun(run, success, 200);
    expect(Object.values(stageStates(done)).every((s) => s === 'done')).toBe(true);
    expect(done.reached['exchanging-code']?.elapsedMs).toBe(135);
    expect(outcomeText(done)).toBe('Test succeeded');

    let failing = applyProgress(startRun(configId, 0), progress('discovery', 5));
    failing = applyProgress(failing, progress('window-opened', 50));
    const failed = finishRun(
      failing,
      {
        testId,
        configId,
        outcome: 'failure',
        warnings: [],
        stages: [],
        diagnosis: { code: 'REDIRECT_URI_NOT_REGISTERED', title: 't', cause: 'c', fix: [], evidence: {} },
      },
      60,
    );
    expect(stageStates(failed)['window-opened']).toBe('failed');
    expect(stageStates(failed)['redirect-caught']).toBe('pending');
    expect(outcomeText(failed)).toBe('Test failed');
  });

  it('a call that fails before any stage shows the first stage as failed', () => {
    const run = failRun(startRun(configId, 0), { code: 'CONFIG_INCOMPLETE', title: 't', cause: 'c', fix: [], evidence: {} }, 1);
    expect(stageStates(run).discovery).toBe('failed');
    expect(outcomeText(run)).toBe('Test failed');
    // Late events after the end change nothing.
    expect(applyProgress(run, progress('window-opened', 3))).toBe(run);
  });

  it('stage durations: gaps between events while running, the result\'s timings once done', () => {
    let run = startRun(configId, 0);
    run = applyProgress(run, progress('discovery', 0));
    run = applyProgress(run, progress('window-opened', 30));
    expect(stageDuration(run, 'discovery', 100)).toBe(30);
    expect(stageDuration(run, 'window-opened', 100)).toBe(70); // still open: time so far
    expect(stageDuration(run, 'exchanging-code', 100)).toBeUndefined();
    const done = finishRun(run, { testId, configId, outcome: 'success', warnings: [], stages: [{ stage: 'discovery', ms: 28 }, { stage: 'window-opened', ms: 2500 }] }, 3000);
    expect(stageDuration(done, 'window-opened', 0)).toBe(2500);
  });
});
