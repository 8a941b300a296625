/**
 * The calls behind "Check issuer" and "Test login": load the configuration and
 * its secret, run the check or the login (one test login at a time), record a
 * history entry, and tick step 3 after a successful login of unchanged values.
 * Discovery and JWKS are cached per issuer for the life of these handlers.
 */
import { randomUUID } from 'node:crypto';
import type { Configuration, Diagnosis, HistoryRecord, IssuerCheckResult, TestLoginResult } from '../../../common/contract';
import { diagnose, DiagnosisError } from '../../../common/diagnosis';
import { withTimeout } from '../../../common/with-timeout';
import { NetworkFailure } from '../oidc/http';
import { createIssuerCache } from '../oidc/issuer-cache';
import { DEFAULT_NETWORK_TIMEOUT_MS, runIssuerCheck } from '../oidc/issuer-check';
import { runTestLogin } from '../oidc/test-login';
import { loadSecret } from '../secrets/load-secret';
import type { ConfigStore } from '../store/config-store';
import { APP_VERSION } from './app-info';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';

type TestCalls = 'checkIssuer' | 'testLogin' | 'cancelTestLogin';

/** How long `close()` waits for a cancelled test to wind down. */
const CLOSE_WAIT_MS = 5_000;

export function createTestHandlers(deps: AppDeps & { store: ConfigStore }): { handlers: Pick<Handlers, TestCalls>; close(): Promise<void> } {
  const cache = createIssuerCache();
  const networkMs = deps.networkTimeoutMs ?? DEFAULT_NETWORK_TIMEOUT_MS;
  /** Aborted on close(): stops issuer checks as well as the running test. */
  const lifetime = new AbortController();
  let running: { controller: AbortController; done: Promise<unknown> } | undefined;

  const isoNow = () => new Date(deps.clock.now()).toISOString();

  /** History is a record of what happened; failing to write it must not hide the result. */
  async function record(entry: Omit<HistoryRecord, 'id' | 'at' | 'appVersion'>): Promise<Diagnosis | undefined> {
    try {
      await deps.store.appendHistory({ id: randomUUID(), at: isoNow(), appVersion: APP_VERSION, ...entry });
      return undefined;
    } catch (err) {
      return err instanceof DiagnosisError ? err.diagnosis : diagnose('STORE_WRITE_FAILED', { what: 'test history' });
    }
  }

  const checkIssuer: Handlers['checkIssuer'] = async ({ issuerUrl, clientId, configId }) => {
    let result: IssuerCheckResult;
    // An Okta org server may need the app's Client ID to answer discovery: use the configuration's when not given.
    const appClientId = clientId || (configId ? (await deps.store.get(configId)).clientId || undefined : undefined);
    try {
      ({ result } = await runIssuerCheck(issuerUrl, { clientId: appClientId, timeoutMs: networkMs, signal: lifetime.signal, cache, clock: deps.clock }));
    } catch (err) {
      if (err instanceof NetworkFailure && err.kind === 'cancelled') throw DiagnosisError.of('LOGIN_CANCELLED', {}, { title: 'Check cancelled', cause: 'The app is closing.' });
      throw err;
    }
    if (configId) {
      const failed = result.checks.find((c) => c.status === 'fail')?.diagnosis;
      await record({
        configId,
        kind: 'issuer-check',
        outcome: result.ok ? 'success' : 'failure',
        ...(failed ? { code: failed.code, title: failed.title } : {}),
        stages: [
          { stage: 'discovery', ms: result.durationMs },
          { stage: result.ok ? 'done' : 'failed', ms: result.durationMs },
        ],
      });
    }
    return result;
  };

  const testLogin: Handlers['testLogin'] = async ({ configId }) => {
    if (running) throw DiagnosisError.of('TEST_ALREADY_RUNNING');
    const controller = new AbortController();
    const work = runOne(configId, controller.signal);
    // Claimed synchronously, before any await: a second call sees it at once.
    running = { controller, done: work.catch(() => undefined) };
    try {
      return await work;
    } finally {
      running = undefined;
    }
  };

  async function runOne(configId: string, signal: AbortSignal): Promise<TestLoginResult> {
    const config: Configuration = await deps.store.get(configId);
    const missing = [!config.orgId && 'organization', !config.clientId && 'Client ID', !config.issuerUrl && 'Issuer URL'].filter(Boolean);
    if (missing.length) throw DiagnosisError.of('CONFIG_INCOMPLETE', { missing: missing.join(', ') });
    const secret = await loadSecret(deps.vault, config);
    const result = await runTestLogin({
      config,
      secret,
      authWindow: deps.authWindow,
      emit: (event) => deps.emit('testProgress', event),
      timeouts: { networkMs, ...(deps.loginTimeoutMs ? { loginMs: deps.loginTimeoutMs } : {}) },
      signal: AbortSignal.any([signal, lifetime.signal]),
      clock: deps.clock,
      cache,
    });
    const historyProblem = await record({
      configId,
      kind: 'test-login',
      outcome: result.outcome,
      ...(result.diagnosis ? { code: result.diagnosis.code, title: result.diagnosis.title } : {}),
      ...(result.claims ? { claims: result.claims } : {}),
      stages: result.stages,
    });
    if (result.outcome === 'success') {
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

  return {
    handlers: { checkIssuer, testLogin, cancelTestLogin },
    close: async () => {
      lifetime.abort();
      const current = running;
      if (!current) return;
      current.controller.abort();
      await withTimeout(current.done, CLOSE_WAIT_MS);
    },
  };
}
