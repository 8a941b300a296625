/**
 * Test runs: the running (or last) test login of the open configuration,
 * fed by the main side's progress events, and the newest recorded one.
 * The main side owns the running test: after a reload this window re-attaches
 * to it (getRunningTest), follows its events and gets its result as
 * testFinished.
 */
import type { HistoryRecord } from '../../../common/contract';
import { on } from '../api';
import { credentialsUnsaved, STEP3_FIELDS } from './draft';
import { request } from './request';
import type { Slice } from './store';
import { applyProgress, attachedRun, failRun, finishRun, startRun, type TestRun } from './test-run';

export interface TestLoginSlice {
  testRun?: TestRun;
  /** The newest test-login record of the open config, for the result after a reload. */
  lastTestRecord?: HistoryRecord;
  testLogin(): Promise<void>;
  /** Step 3 is on screen and no test runs: the main side may set up the next login window ahead (no answer awaited). */
  prepareTestLogin(): void;
  cancelTest(): Promise<void>;
  loadLastTest(): Promise<void>;
  /** Applies the main side's progress events to the running test; returns the function that stops. */
  followTestProgress(): () => void;
  /** Finds the test the main side is running (after a reload, or from another window) and follows it. */
  attachRunningTest(): Promise<void>;
}

export const testLoginSlice: Slice<TestLoginSlice> = (set, get) => ({
  async testLogin() {
    const config = get().config;
    if (!config || get().testRun?.running) return;
    // With nothing to save, the call goes out before the screen re-renders for the started test: that render sat
    // between the click and the call (issue 15's bench). With edits, they are saved (and the secret) first.
    const early = credentialsUnsaved(get()) ? undefined : request('testLogin', { configId: config.id });
    set({ testRun: startRun(config.id, Date.now()) });
    // Test what is on screen: save pending edits (and the secret) first (with none, this only tidies the draft).
    const saved = await get().saveDraft(STEP3_FIELDS);
    if (!saved) {
      const run = get().testRun;
      const error = get().saveError;
      if (run && error) set({ testRun: failRun(run, error, Date.now()) });
      return;
    }
    const tested = await (early ?? request('testLogin', { configId: config.id }));
    const run = get().testRun;
    // testFinished may have settled it already (same result).
    if (run?.running) set({ testRun: tested.ok ? finishRun(run, tested.value, Date.now()) : failRun(run, tested.error, Date.now()) });
    await Promise.all([get().reloadConfig(), get().loadLastTest()]);
  },

  prepareTestLogin() {
    // Only speed is at stake: a shell that cannot prepare, or a failure, leaves the window to be made at the click.
    void request('prepareTestLogin', {});
  },

  async cancelTest() {
    const cancelled = await request('cancelTestLogin', {});
    if (!cancelled.ok) get().notify(`Could not cancel: ${cancelled.error.title}`, 'error');
  },

  async loadLastTest() {
    const config = get().config;
    if (!config) return;
    const records = await request('getHistory', { id: config.id });
    // The history is a convenience here; the history screen reports errors.
    if (!records.ok) return;
    if (get().config?.id === config.id) get().restoreIssuerCheck(records.value);
    const last = records.value
      .filter((r) => r.kind === 'test-login')
      .sort((a, b) => b.at.localeCompare(a.at))[0];
    if (get().config?.id === config.id) set({ lastTestRecord: last });
  },

  followTestProgress() {
    const offProgress = on('testProgress', (event) => {
      const run = get().testRun;
      if (run) set({ testRun: applyProgress(run, event) });
      // A test this window did not start (another window, or before a reload): pick it up.
      else if (event.configId === get().config?.id && event.stage !== 'done' && event.stage !== 'failed' && event.stage !== 'cancelled') void get().attachRunningTest();
    });
    const offFinished = on('testFinished', (result) => {
      const run = get().testRun;
      if (!run || !run.running || run.configId !== result.configId || (run.testId && run.testId !== result.testId)) return;
      // This window's own testLogin() call settles the same way; whichever comes first wins.
      set({ testRun: finishRun(run, result, Date.now()) });
      void Promise.all([get().reloadConfig(), get().loadLastTest()]);
    });
    return () => {
      offProgress();
      offFinished();
    };
  },

  async attachRunningTest() {
    const found = await request('getRunningTest', {});
    if (!found.ok || !found.value.running) return;
    const r = found.value.running;
    const current = get().testRun;
    if (current?.running && current.testId === r.testId) return;
    if (get().config?.id !== r.configId) return;
    set({ testRun: attachedRun(r, Date.now()) });
  },
});
