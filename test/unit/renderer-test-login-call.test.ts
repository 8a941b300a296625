/**
 * Step 3's Test login from the store (issue 15): with nothing to save the testLogin call goes out before the screen
 * is told a test started (that render sat between the click and the call); with an unsaved edit the edit is saved
 * first, then the call. And the check mark's selector is a boolean that a running test's stages do not change, so
 * step 3 does not re-render at each progress event. The bridge here is a small recorder standing in for the preload's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Configuration, TestLoginResult } from '../../common/contract';
import { API_GLOBAL } from '../../common/contract-names';
import { testFingerprint } from '../../common/rules/test-fingerprint';
import { passingIn } from '../../renderer/src/state/config-status';
import { useApp } from '../../renderer/src/state/store';
import { applyProgress, startRun } from '../../renderer/src/state/test-run';

const config: Configuration = {
  id: '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f',
  name: 'Acme',
  orgId: 'acme',
  clientId: '0oa123',
  issuerUrl: 'https://acme.okta.com',
  idpKind: 'okta',
  protocol: 'oidc',
  requestGroups: false,
  roleMapping: { attributePath: '', rules: [], resourceGroupRules: [] },
  revision: 3,
  hasSecret: true,
  secretRevision: 1,
  verdict: {},
  progress: { done: { createApp: true, configureApp: true, credentials: false, enableSso: false }, currentStep: 'credentials' },
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: '2026-11-29T10:00:00.000Z',
} as Configuration;

const result = { testId: 't1', configId: config.id, outcome: 'success', stages: [], warnings: [] } as unknown as TestLoginResult;

/** Records each call and whether the screen already knew a test had started when it was made. */
function installBridge() {
  const calls: { name: string; testShown: boolean }[] = [];
  (globalThis as Record<string, unknown>)[API_GLOBAL] = {
    call: async (name: string) => {
      calls.push({ name, testShown: useApp.getState().testRun?.running === true });
      if (name === 'testLogin') return { ok: true, value: result };
      if (name === 'updateConfig' || name === 'getConfig') return { ok: true, value: { ...config, clientId: '0oa456', revision: 4 } };
      if (name === 'getHistory') return { ok: true, value: [] };
      return { ok: true, value: {} };
    },
    on: () => () => {},
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[API_GLOBAL];
  useApp.setState({ config: undefined, draft: {}, testRun: undefined });
});

describe('Test login from step 3', () => {
  it('with nothing to save, the call goes out before the started test is shown', async () => {
    const calls = installBridge();
    useApp.setState({ config, draft: {}, testRun: undefined });
    await useApp.getState().testLogin();
    expect(calls[0]).toEqual({ name: 'testLogin', testShown: false });
    expect(calls.filter((c) => c.name === 'updateConfig')).toEqual([]);
    expect(useApp.getState().testRun).toMatchObject({ running: false, result: { outcome: 'success' } });
  });

  it('with an unsaved edit, the edit is saved first, then the call', async () => {
    const calls = installBridge();
    useApp.setState({ config, draft: { clientId: '0oa456' }, testRun: undefined });
    await useApp.getState().testLogin();
    const names = calls.map((c) => c.name);
    expect(names.indexOf('updateConfig')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('updateConfig')).toBeLessThan(names.indexOf('testLogin'));
    expect(calls.find((c) => c.name === 'testLogin')).toEqual({ name: 'testLogin', testShown: true });
  });
});

describe("step 3's check mark selector", () => {
  it('is the same boolean through a running test’s stages, and follows the verdict', () => {
    const state = useApp.getState();
    let run = startRun(config.id, Date.now());
    const seen = new Set<unknown>();
    for (const stage of ['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token'] as const) {
      run = applyProgress(run, { testId: 't1', configId: config.id, stage, elapsedMs: 10 });
      seen.add(passingIn({ ...state, config, draft: {}, testRun: run }, config, true));
    }
    expect([...seen]).toEqual([false]);
    const pass = { at: '2026-11-29T10:05:00.000Z', fingerprint: testFingerprint(config), outcome: 'success' as const, warnings: [] };
    const passed = { ...config, verdict: { lastPass: pass, latest: pass } };
    expect(passingIn({ ...state, config: passed, draft: {}, testRun: undefined }, passed, true)).toBe(true);
  });
});
