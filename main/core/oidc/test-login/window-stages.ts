/**
 * The login window and the redirect it caught: the window is waited for, but
 * never past its own timeout plus a grace period, and never after a cancel;
 * the caught redirect must carry our state and a code, at the exact consume URI.
 */
import type { AuthWindowOutcome } from '../../ports';
import { diagnose } from '../../../../common/diagnosis';
import { withTimeout } from '../../../../common/with-timeout';
import { authorizeErrorDiagnosis, windowOutcomeDiagnosis } from '../authorize-errors';
import type { IdpProfile } from '../../../../common/idp/types';
import { redactUrl } from '../redact';
import type { LoginRun } from './login-run';
import type { TestRecorder } from './recorder';
import type { AuthorizationRequest } from './request-stages';
import { CANCELLED, failed, next, type StageOutcome } from './stage-outcome';

/** Extra time the window adapter gets to report its own timeout before we stop waiting for it. */
const WINDOW_GRACE_MS = 5_000;

/** Opens the IdP's authorization URL; the value is the redirect URL the window caught. */
export async function openLoginWindow(run: LoginRun, request: AuthorizationRequest): Promise<StageOutcome<string>> {
  if (run.cancelled()) return CANCELLED;
  const outcome = await waitForWindow(run, request);
  if (run.cancelled() || outcome.kind === 'cancelled') return CANCELLED;
  if (outcome.kind !== 'redirect') return failed(windowOutcomeDiagnosis(outcome, request.redirectUri, run.loginMs, run.profile));
  return next(outcome.url);
}

/** What opening the login window needs of a run (an OIDC or a SAML test). */
export type WindowRun = Pick<LoginRun, 'authWindow' | 'loginMs' | 'signal' | 'profile'>;

/** Opens `target.url` and waits for the adapter's outcome: what it caught at `target.redirectUri`, or how it ended. */
export async function waitForWindow(run: WindowRun, request: Pick<AuthorizationRequest, 'url' | 'redirectUri'>): Promise<AuthWindowOutcome> {
  const opened = run.authWindow
    .open(request.url, { redirectUri: request.redirectUri, timeoutMs: run.loginMs, signal: run.signal, oktaSignInOrigin: oktaSignInOrigin(run.profile, request.url) })
    .catch((err: unknown): AuthWindowOutcome => ({ kind: 'crashed', reason: err instanceof Error ? err.name : 'error' }));
  // A stuck adapter must not hang the test. On a cancel the adapter got the same signal and closes its window; the test does not wait for that.
  const raced = await withTimeout(opened, run.loginMs + WINDOW_GRACE_MS, { signal: run.signal });
  switch (raced.kind) {
    case 'done':
      return raced.value;
    case 'timeout':
      return { kind: 'timeout' };
    case 'aborted':
      return { kind: 'cancelled' };
  }
}

/** An Okta configuration signs in where its authorization endpoint is: on a custom domain too, that origin is Okta's (FastPass). */
export function oktaSignInOrigin(profile: Pick<IdpProfile, 'id'>, authorizationUrl: string): string | undefined {
  if (profile.id !== 'okta') return undefined;
  const url = new URL(authorizationUrl);
  return url.protocol === 'https:' ? url.origin : undefined;
}

/** Reads the caught redirect; the value is the callback URL the code exchange takes. */
export function readCallback(redirect: string, request: AuthorizationRequest, recorder: Pick<TestRecorder, 'redact'>, profile?: IdpProfile): StageOutcome<URL> {
  let callbackUrl: URL;
  try {
    callbackUrl = new URL(redirect);
  } catch {
    return failed(diagnose('AUTHORIZE_ERROR', { detail: 'the caught redirect is not a URL' }));
  }
  const params = callbackUrl.searchParams;
  const code = params.get('code') ?? undefined;
  recorder.redact(code);
  const returnedState = params.get('state');
  if (returnedState !== null && returnedState !== request.state) {
    return failed(diagnose('STATE_MISMATCH', { state: 'different from the one sent', redirect: redactUrl(redirect) }));
  }
  if (params.get('error')) return failed(authorizeErrorDiagnosis(params, redirect, profile));
  if (returnedState === null) return failed(diagnose('STATE_MISMATCH', { state: 'missing from the response', redirect: redactUrl(redirect) }));
  if (!code) return failed(diagnose('AUTHORIZE_ERROR', { detail: 'the redirect carried neither a code nor an error', redirect: redactUrl(redirect) }));
  // Only the exact consume URI may carry the code to the exchange (the adapter matched it; say so if it did not).
  if (`${callbackUrl.origin}${callbackUrl.pathname}` !== request.redirectUri) {
    return failed(
      diagnose('AUTHORIZE_ERROR', { detail: 'the redirect went to another address than the Hub’s consume URI', redirect: redactUrl(redirect), redirectUri: request.redirectUri }),
    );
  }
  return next(callbackUrl);
}
