/**
 * The stages after the redirect: the code exchange the Hub's way, the ID
 * token checks openid-client leaves to us (signature against the JWKS, once
 * refetched when keys rotated; iat in the future), and the claims the Hub
 * needs, summarised.
 */
import { systemClock } from '../../ports';
import { summarizeClaims } from '../claims';
import { fetchJwks } from '../discovery';
import type { IdpProfile } from '../../../../common/idp/types';
import { checkEmailClaims, checkGroupsClaim, checkIssuedAt, verifyIdTokenSignature } from '../id-token-checks';
import { exchangeCode } from '../token-exchange';
import type { LoginRun } from './login-run';
import type { TestRecorder } from './recorder';
import type { AuthorizationRequest, DiscoveredIssuer } from './request-stages';
import { CANCELLED, failed, next, type LoginEnd, type StageOutcome } from './stage-outcome';

export interface IdToken {
  idToken: string;
  claims: Record<string, unknown>;
}

/** Exchanges the code with client_secret_post (Basic probe on invalid_client) and openid-client's checks. */
export async function exchangeAuthorizationCode(
  run: LoginRun,
  issuer: DiscoveredIssuer,
  request: AuthorizationRequest,
  callbackUrl: URL,
): Promise<StageOutcome<IdToken>> {
  const exchanged = await exchangeCode({
    metadata: issuer.entry.metadata,
    clientId: run.config.clientId,
    secret: run.secret,
    callbackUrl,
    expectedState: request.state,
    expectedNonce: request.nonce,
    codeVerifier: request.codeVerifier,
    timeoutMs: run.networkMs,
    signal: run.signal,
    allowHttp: issuer.insecureLoopback,
    // openid-client judges exp and nbf by the system clock: shift it to the injected one.
    clockSkewSeconds: Math.round((run.clock.now() - systemClock.now()) / 1000),
    fetch: run.fetch,
    profile: run.profile,
  });
  if (run.cancelled() || exchanged.kind === 'cancelled') return CANCELLED;
  if (exchanged.kind === 'failed') return failed(exchanged.diagnosis);
  return next({ idToken: exchanged.idToken, claims: exchanged.claims });
}

/** The signature and `iat`; the value is the token's claims. */
export async function checkIdToken(
  run: LoginRun,
  issuer: DiscoveredIssuer,
  token: IdToken,
  recorder: Pick<TestRecorder, 'warn'>,
): Promise<StageOutcome<Record<string, unknown>>> {
  const signature = await verifySignature(run, issuer, token.idToken);
  if (signature.kind !== 'next') return signature;
  const issuedAt = checkIssuedAt(token.claims, run.clock.now());
  if (issuedAt.failure) return failed(issuedAt.failure);
  recorder.warn(issuedAt.warning);
  return next(token.claims);
}

/** Keys rotate: on a kid the cached JWKS does not hold, fetch it once more before calling the signature bad. */
async function verifySignature(run: LoginRun, issuer: DiscoveredIssuer, idToken: string): Promise<StageOutcome<void>> {
  const { entry, advertisedAlgs } = issuer;
  let verdict = await verifyIdTokenSignature(idToken, entry.jwks, advertisedAlgs);
  if (!verdict.ok && verdict.noMatchingKey) {
    const fresh = await fetchJwks(entry.metadata.jwks_uri, advertisedAlgs, { timeoutMs: run.networkMs, signal: run.signal, fetch: run.fetch });
    if (run.cancelled()) return CANCELLED;
    if (fresh.kind === 'ok') {
      run.cache.set(entry.metadata.issuer, { ...entry, jwks: fresh.jwks, fetchedAt: run.clock.now() });
      verdict = await verifyIdTokenSignature(idToken, fresh.jwks, advertisedAlgs);
    }
  }
  return verdict.ok ? next(undefined) : failed(verdict.diagnosis);
}

/**
 * The claims the Hub needs, summarised: it identifies users by email, so without one the test fails (the summary is
 * shown all the same). A groups claim the IdP could not fill (Entra's overage) is a warning: the login works.
 */
export function checkHubClaims(claims: Record<string, unknown>, recorder: Pick<TestRecorder, 'warn'>, profile?: IdpProfile): LoginEnd {
  const email = checkEmailClaims(claims, profile);
  const summary = summarizeClaims(claims);
  if (email.failure) return failed(email.failure, summary);
  recorder.warn(email.warning);
  recorder.warn(checkGroupsClaim(claims, profile));
  return { kind: 'success', claims: summary };
}
