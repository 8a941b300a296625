/**
 * The test login: the same OIDC login the Hub will run, end to end, with a
 * diagnosis for every way it can fail. It runs as a pipeline of stages
 * (test-login/*): each hands its value on, or ends the run.
 *
 *   complete config + secret → discovery (cached per issuer) → authorization
 *   URL (PKCE S256, state, nonce) → login window → the caught redirect → code
 *   exchange with client_secret_post (Basic probe on invalid_client) → ID
 *   token checks (openid-client's, then signature, alg, iat) → the claims the
 *   Hub needs, summarised → the result, recorded.
 *
 * Tokens, the code, the code_verifier and the secret live in stage values
 * only; they never reach the result, a progress event or a log, and every
 * diagnosis is scrubbed of them before it leaves (test-login/recorder.ts).
 */
import type { TestLoginResult, TestStage } from '../../../common/contract';
import { diagnose, DiagnosisError } from '../../../common/diagnosis';
import { NetworkFailure } from './http';
import { discoverySummary, idTokenHeader, jwksKeyIds, testedValues } from './test-login/evidence';
import { clip, redactUrl } from './redact';
import { startLoginRun, type LoginRun, type RunTestLoginInput } from './test-login/login-run';
import { createTestRecorder, type TestRecorder } from './test-login/recorder';
import { buildAuthorizationRequest, discoverIssuer, requireCompleteConfig } from './test-login/request-stages';
import { CANCELLED, failed, type LoginEnd } from './test-login/stage-outcome';
import { checkHubClaims, checkIdToken, exchangeAuthorizationCode } from './test-login/token-stages';
import { openLoginWindow, readCallback } from './test-login/window-stages';

export { DEFAULT_LOGIN_TIMEOUT_MS, type RunTestLoginInput, type TestLoginConfig, type TestProgressEvent } from './test-login/login-run';

export async function runTestLogin(input: RunTestLoginInput): Promise<TestLoginResult> {
  const run = startLoginRun(input);
  const recorder = createTestRecorder({ testId: run.testId, configId: input.config.id, clock: run.clock, emit: input.emit });
  recorder.redact(input.secret);
  let end: LoginEnd;
  try {
    end = await loginStages(run, recorder);
  } catch (err) {
    end = unexpectedEnd(err, run, recorder.stage);
  }
  // The admin is about to change something (in Okta or here): the next test discovers afresh.
  if (end.kind === 'failed' && run.issuer) run.cache.invalidate(run.issuer);
  const result = recorder.finish(end);
  run.dispose();
  return result;
}

async function loginStages(run: LoginRun, recorder: TestRecorder): Promise<LoginEnd> {
  const config = requireCompleteConfig(run);
  if (config.kind !== 'next') return config;

  recorder.note({ values: testedValues(run.config) });
  recorder.enter('discovery');
  const issuer = await discoverIssuer(run);
  if (issuer.kind !== 'next') return issuer;
  run.issuer = issuer.value.entry.metadata.issuer;
  recorder.note({ discovery: discoverySummary(issuer.value.entry.metadata), jwksKeyIds: jwksKeyIds(issuer.value.entry.jwks) });
  const request = await buildAuthorizationRequest(run, issuer.value);
  recorder.redact(request.codeVerifier, request.state, request.nonce);

  recorder.enter('window-opened', redactUrl(request.url));
  const redirect = await openLoginWindow(run, request);
  if (redirect.kind !== 'next') return redirect;

  recorder.enter('redirect-caught');
  const callback = readCallback(redirect.value, request, recorder, run.profile);
  if (callback.kind !== 'next') return callback;

  recorder.enter('exchanging-code');
  const token = await exchangeAuthorizationCode(run, issuer.value, request, callback.value);
  if (token.kind !== 'next') return token;
  recorder.redact(token.value.idToken);
  const header = idTokenHeader(token.value.idToken);
  if (header) recorder.note({ idTokenHeader: header });

  recorder.enter('validating-token');
  const claims = await checkIdToken(run, issuer.value, token.value, recorder);
  if (claims.kind !== 'next') return claims;
  return checkHubClaims(claims.value, recorder, run.profile);
}

/** A stage threw: a cancel that surfaced as an error, a diagnosis, or a bug (named by its class only). */
function unexpectedEnd(err: unknown, run: LoginRun, stage: TestStage | undefined): LoginEnd {
  if (run.cancelled() || (err instanceof NetworkFailure && err.kind === 'cancelled')) return CANCELLED;
  if (err instanceof DiagnosisError) return failed(err.diagnosis);
  return failed(diagnose('INTERNAL_ERROR', { stage, reason: err instanceof Error ? clip(err.name, 80) : typeof err }));
}
