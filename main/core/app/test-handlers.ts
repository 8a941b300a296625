/**
 * The calls behind "Check issuer" and "Test login": load the configuration and
 * its secret, run the check or the login (one test login at a time), record a
 * history entry that can serve as evidence, and tick step 3 after a successful
 * login of unchanged values. Discovery and JWKS are cached per issuer for the
 * life of these handlers.
 *
 * The main side owns the running test: a window that reloads (or a second
 * window) asks getRunningTest, follows its progress events and gets its result
 * as a testFinished event.
 */
import { randomUUID } from 'node:crypto';
import type { Configuration, Diagnosis, HistoryRecord, IssuerCheckResult, RunningTest, TestLoginResult } from '../../../common/contract';
import { testFingerprint } from '../../../common/rules/test-fingerprint';
import { diagnose, diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import { withTimeout } from '../../../common/with-timeout';
import { NetworkFailure } from '../oidc/http';
import { createIssuerCache } from '../oidc/issuer-cache';
import { DEFAULT_NETWORK_TIMEOUT_MS, runIssuerCheck } from '../oidc/issuer-check';
import { runTestLogin, type TestProgressEvent } from '../oidc/test-login';
import { runSamlTestLogin } from '../saml/test-login';
import { loadSecret } from '../secrets/load-secret';
import type { ConfigStore } from '../store/config-store';
import { APP_VERSION } from './app-info';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { LoginPromptService } from './login-prompts';

type TestCalls = 'checkIssuer' | 'prepareTestLogin' | 'testLogin' | 'cancelTestLogin' | 'getRunningTest';

/** How long `close()` waits for a cancelled test to wind down. */
const CLOSE_WAIT_MS = 5_000;

export function createTestHandlers(deps: AppDeps & { store: ConfigStore; loginPrompts: LoginPromptService }): { handlers: Pick<Handlers, TestCalls>; close(): Promise<void> } {
  const cache = createIssuerCache();
  const networkMs = deps.networkTimeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS;
  /** Aborted on close(): stops issuer checks as well as the running test. */
  const lifetime = new AbortController();
  let running: { controller: AbortController; done: Promise<unknown>; info: RunningTest; startedMs: number } | undefined;

  const isoNow = () => new Date(deps.clock.now()).toISOString();

  /** History is a record of what happened; failing to write it must not hide the result. */
  async function record(entry: Omit<HistoryRecord, 'id' | 'at' | 'appVersion'>, options?: { tickStep3At?: number }): Promise<Diagnosis | undefined> {
    try {
      await deps.store.appendHistory({ id: randomUUID(), at: isoNow(), appVersion: APP_VERSION, ...entry }, options);
      return undefined;
    } catch (err) {
      return err instanceof DiagnosisError ? err.diagnosis : diagnose('STORE_WRITE_FAILED', { what: 'test history' });
    }
  }

  const checkIssuer: Handlers['checkIssuer'] = async ({ issuerUrl, clientId, configId, idpKind }) => {
    let result: IssuerCheckResult;
    // An Okta org server may need the app's Client ID to answer discovery: use the configuration's when not given (and its IdP profile).
    const config =
      configId && (!clientId || !idpKind)
        ? await deps.store.get(configId).catch((err: unknown) => {
            if (!clientId) throw err; // as before: without a Client ID the configuration must be there
            return undefined;
          })
        : undefined;
    const appClientId = clientId || config?.clientId || undefined;
    const profileKind = idpKind ?? config?.idpKind;
    try {
      ({ result } = await runIssuerCheck(issuerUrl, { clientId: appClientId, idpKind: profileKind, timeoutMs: networkMs, signal: lifetime.signal, fetch: deps.fetch, cache, clock: deps.clock }));
    } catch (err) {
      if (err instanceof NetworkFailure && err.kind === 'cancelled') throw diagnosisError('LOGIN_CANCELLED', {}, { title: 'Check cancelled', cause: 'The app is closing.' });
      throw err;
    }
    if (configId) {
      const failed = result.checks.find((c) => c.status === 'fail')?.diagnosis;
      await record({
        configId,
        kind: 'issuer-check',
        outcome: result.ok ? 'success' : 'failure',
        ...(failed ? { code: failed.code, title: failed.title, diagnosis: failed } : {}),
        issuerCheck: result,
        stages: [
          { stage: 'discovery', ms: result.durationMs },
          { stage: result.ok ? 'done' : 'failed', ms: result.durationMs },
        ],
      });
    }
    return result;
  };

  const snapshot = (): RunningTest | null =>
    running ? { ...running.info, elapsedMs: Math.max(0, deps.clock.now() - running.startedMs) } : null;

  // Never during a test: its window is the one in use, and the next is made when the UI sees the result.
  const prepareTestLogin: Handlers['prepareTestLogin'] = async () => {
    if (!deps.authWindow.prepare || running) return { prepared: false };
    await deps.authWindow.prepare();
    return { prepared: true };
  };

  const testLogin: Handlers['testLogin'] = async ({ configId }) => {
    if (running) {
      // Names the running test, so the window can show it (and offer Cancel) instead of a dead end.
      const r = snapshot()!;
      throw diagnosisError('TEST_ALREADY_RUNNING', { runningTestId: r.testId, runningConfigId: r.configId, stage: r.stage });
    }
    const controller = new AbortController();
    const testId = randomUUID();
    const startedMs = deps.clock.now();
    const info: RunningTest = { testId, configId, stage: 'discovery', startedAt: new Date(startedMs).toISOString(), elapsedMs: 0 };
    const work = runOne(configId, testId, controller.signal, (stage) => {
      if (running?.info.testId === testId) running.info = { ...running.info, stage };
    });
    // Claimed synchronously, before any await: a second call sees it at once.
    running = { controller, done: work.catch(() => undefined), info, startedMs };
    try {
      const result = await work;
      deps.emit('testFinished', result);
      return result;
    } finally {
      running = undefined;
      deps.loginPrompts.finishTest(); // a test that threw: its open questions close too
    }
  };

  async function runOne(configId: string, testId: string, signal: AbortSignal, onStage: (stage: RunningTest['stage']) => void): Promise<TestLoginResult> {
    const config: Configuration = await deps.store.get(configId);
    const emit = (event: TestProgressEvent) => {
      onStage(event.stage);
      deps.emit('testProgress', event);
    };
    const loginMs = deps.loginTimeoutMs ? { loginMs: deps.loginTimeoutMs } : {};
    const runSignal = AbortSignal.any([signal, lifetime.signal]);
    let result: TestLoginResult;
    if (config.protocol === 'saml') {
      // No secret in SAML: the IdP signs, and the pasted certificate checks it.
      result = await runSamlTestLogin({ config, authWindow: deps.authWindow, testId, emit, timeouts: loginMs, signal: runSignal, clock: deps.clock });
    } else {
      const missing = [!config.orgId && 'organization', !config.clientId && 'Client ID', !config.issuerUrl && 'Issuer URL'].filter(Boolean);
      if (missing.length) throw diagnosisError('CONFIG_INCOMPLETE', { missing: missing.join(', ') });
      const secret = await loadSecret(deps.vault, config);
      result = await runTestLogin({
        config,
        secret,
        authWindow: deps.authWindow,
        fetch: deps.fetch,
        testId,
        emit,
        timeouts: { networkMs, ...loginMs },
        signal: runSignal,
        clock: deps.clock,
        cache,
      });
    }
    // What the login window asked and the admin did not send (a certificate, credentials): part of the result and its record.
    result.warnings.push(...deps.loginPrompts.finishTest());
    const passed = result.outcome === 'success';
    const historyProblem = await record({
      configId,
      kind: 'test-login',
      outcome: result.outcome,
      ...(result.diagnosis ? { code: result.diagnosis.code, title: result.diagnosis.title, diagnosis: result.diagnosis } : {}),
      ...(result.claims ? { claims: result.claims } : {}),
      stages: result.stages,
      fingerprint: testFingerprint(config),
      // The test's evidence has the record's field names: values, discovery, key ids, token header (SAML: its values and what it saw).
      ...result.evidence,
      ...(result.warnings.length ? { warnings: result.warnings } : {}),
    }, passed ? { tickStep3At: config.revision } : undefined);
    // One locked write records the test and ticks step 3; only when the record could not be written is the tick its own write.
    if (passed && historyProblem) {
      try {
        await deps.store.markCredentialsTested(configId, config.revision);
      } catch (err) {
        if (!(err instanceof DiagnosisError)) throw err;
        result.warnings.push(err.diagnosis);
      }
    }
    if (historyProblem) result.warnings.push(historyProblem);
    return result;
  }

  const cancelTestLogin: Handlers['cancelTestLogin'] = async () => {
    if (!running) return { cancelled: false };
    running.controller.abort();
    return { cancelled: true };
  };

  const getRunningTest: Handlers['getRunningTest'] = async () => ({ running: snapshot() });

  return {
    handlers: { checkIssuer, prepareTestLogin, testLogin, cancelTestLogin, getRunningTest },
    close: async () => {
      lifetime.abort();
      const current = running;
      if (!current) return;
      current.controller.abort();
      await withTimeout(current.done, CLOSE_WAIT_MS);
    },
  };
}
