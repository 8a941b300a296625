/**
 * Reads what openid-client / oauth4webapi threw during the code exchange and
 * names it with a catalogue code: by the error's class and `code` first, then
 * by the fields of its `cause` (the claim that failed, the JWT header, the
 * authorization response parameters, the token response body). Two sentences
 * are read as a last resort, each where no code or field tells the case apart.
 *
 * Their errors carry the token response and the ID token's claims in `cause`:
 * only chosen, non-sensitive fields are ever copied into evidence.
 */
import { ClientError, ResponseBodyError, WWWAuthenticateChallengeError } from 'openid-client';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { clip } from './redact';

/** An OAuth error answered by the token endpoint (`invalid_client`, `invalid_grant`, ...). */
export interface TokenEndpointError {
  status: number;
  error: string;
  description: string;
}

/** The token endpoint's OAuth error, from a JSON body or (for 401s) the WWW-Authenticate challenge. */
export async function tokenEndpointError(err: unknown): Promise<TokenEndpointError | undefined> {
  if (err instanceof ResponseBodyError) {
    return { status: err.status, error: String(err.error ?? ''), description: String(err.error_description ?? '') };
  }
  if (err instanceof WWWAuthenticateChallengeError) {
    const params = err.cause?.[0]?.parameters ?? {};
    let error = typeof params.error === 'string' ? params.error : '';
    let description = typeof params.error_description === 'string' ? params.error_description : '';
    if (!error) {
      // Some servers put only `realm` in the challenge and the error in the JSON body.
      const body = (await err.response.clone().json().catch(() => undefined)) as { error?: unknown; error_description?: unknown } | undefined;
      if (typeof body?.error === 'string') error = body.error;
      if (!description && typeof body?.error_description === 'string') description = body.error_description;
    }
    return { status: err.status, error: error || 'invalid_client', description };
  }
  return undefined;
}

/** oauth4webapi's error codes, as openid-client passes them on (it does not re-export the constants). */
const OAUTH = {
  INVALID_RESPONSE: 'OAUTH_INVALID_RESPONSE',
  PARSE_ERROR: 'OAUTH_PARSE_ERROR',
  RESPONSE_IS_NOT_JSON: 'OAUTH_RESPONSE_IS_NOT_JSON',
  RESPONSE_IS_NOT_CONFORM: 'OAUTH_RESPONSE_IS_NOT_CONFORM',
  JWT_CLAIM_COMPARISON: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  JWT_TIMESTAMP_CHECK: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  UNSUPPORTED_OPERATION: 'OAUTH_UNSUPPORTED_OPERATION',
} as const;

/** A ClientError taken apart. */
interface OAuthFailure {
  code: string;
  /** oauth4webapi's facts: the inner error's `cause` (claims, header, parameters, body, the JWS) or, unwrapped, the ClientError's own. */
  details: Record<string, unknown> | string | undefined;
  /** oauth4webapi's own sentence (the inner error's message). */
  message: string;
  /** Every message down the cause chain, for evidence. */
  text: string;
}

type Context = { issuer: string; clientId: string; advertisedAlgs?: string[] };

/**
 * A diagnosis for an error raised while validating the authorization response,
 * the token response or the ID token; undefined when it is none of those.
 */
export function validationErrorDiagnosis(err: unknown, ctx: Context): Diagnosis | undefined {
  const failure = oauthFailure(err);
  switch (failure?.code) {
    case OAUTH.JWT_CLAIM_COMPARISON:
      return claimMismatch(failure, ctx);
    case OAUTH.JWT_TIMESTAMP_CHECK:
      return timestampFailure(failure);
    case OAUTH.INVALID_RESPONSE:
      return invalidResponse(failure, ctx);
    case OAUTH.PARSE_ERROR:
      // Last resort: PARSE_ERROR is raised both for a token response body that is not JSON and for an ID token
      // whose header or payload is not base64url JSON, with the same kind of cause (JSON.parse's SyntaxError, or
      // a base64url TypeError); only oauth4webapi's sentence ("failed to parse JWT Header/Payload body ...") tells
      // the ID token apart.
      return /\bJWT\b/.test(failure.message) ? idTokenInvalid(failure) : notATokenResponse(failure);
    case OAUTH.UNSUPPORTED_OPERATION:
      // A `crit` JWT header parameter; other unsupported operations (token_type, JWE) are none of ours to name.
      return isRecord(failure.details) && isRecord(failure.details.header) ? idTokenInvalid(failure) : undefined;
    case OAUTH.RESPONSE_IS_NOT_JSON:
    case OAUTH.RESPONSE_IS_NOT_CONFORM:
      return notATokenResponse(failure);
    default:
      return undefined;
  }
}

/**
 * openid-client wraps oauth4webapi's OperationProcessingError (or
 * UnsupportedOperationError) in a ClientError with the same `code`, and the
 * inner error's `cause` holds the facts; for RESPONSE_IS_NOT_* the
 * ClientError's cause is the Response itself.
 */
function oauthFailure(err: unknown): OAuthFailure | undefined {
  if (!(err instanceof ClientError) || !err.code) return undefined;
  const inner = err.cause instanceof Error && (err.cause as { code?: unknown }).code === err.code ? err.cause : undefined;
  const details = inner ? inner.cause : err.cause;
  return {
    code: err.code,
    details: isRecord(details) || typeof details === 'string' ? details : undefined,
    message: inner?.message ?? err.message,
    text: chainMessages(err).join(' | '),
  };
}

function chainMessages(err: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = err;
  for (let depth = 0; isRecord(current) && depth < 4; depth++) {
    if (typeof current.message === 'string') messages.push(current.message);
    current = current.cause;
  }
  return messages;
}

/** JWT_CLAIM_COMPARISON: `cause.claim` names the claim, `cause.claims` holds them all. */
function claimMismatch(failure: OAuthFailure, ctx: Context): Diagnosis {
  const details = record(failure.details);
  const claims = record(details.claims);
  switch (details.claim) {
    case 'iss':
      return diagnose('ID_TOKEN_WRONG_ISSUER', { iss: asText(claims.iss), expected: ctx.issuer });
    case 'aud':
    case 'azp':
      return diagnose('ID_TOKEN_WRONG_AUDIENCE', { aud: asText(claims.aud), azp: asText(claims.azp), expected: ctx.clientId });
    case 'nonce':
      return diagnose('NONCE_MISMATCH', { nonce: claims.nonce === undefined ? 'missing' : 'different' });
    default:
      return idTokenInvalid(failure);
  }
}

/** JWT_TIMESTAMP_CHECK: `cause.claim` is exp, nbf, iat or auth_time; `cause.now` is openid-client's clock. */
function timestampFailure(failure: OAuthFailure): Diagnosis {
  const details = record(failure.details);
  const claims = record(details.claims);
  if (details.claim === 'exp') return diagnose('ID_TOKEN_EXPIRED', { exp: isoSeconds(claims.exp), now: isoSeconds(details.now) });
  if (details.claim === 'nbf') return diagnose('ID_TOKEN_NOT_YET_VALID', { nbf: isoSeconds(claims.nbf), now: isoSeconds(details.now) });
  return diagnose('ID_TOKEN_INVALID', { check: typeof details.claim === 'string' ? details.claim : 'timestamp', detail: clip(failure.text, 300) });
}

/** INVALID_RESPONSE covers every part of the exchange; which part shows in the shape of `cause`. */
function invalidResponse(failure: OAuthFailure, ctx: Context): Diagnosis {
  const details = failure.details;
  // The JWS itself: not three parts, or a header or payload that is not an object.
  if (typeof details === 'string') return idTokenInvalid(failure);
  if (!details) {
    // Last resort: a repeated parameter in the redirect ("\"state\" parameter must be provided only once") is raised
    // with neither a cause nor a code of its own (INVALID_RESPONSE, like a missing or repeated code); only the
    // sentence names the parameter.
    if (/^"state" parameter must be provided only once$/.test(failure.message)) return diagnose('STATE_MISMATCH', { detail: clip(failure.text, 300) });
    return notATokenResponse(failure);
  }
  // The `alg` check names what was expected and why (client configuration, server metadata or the RS256 default).
  if (isRecord(details.header) && 'reason' in details) return algRefused(details.header.alg, details.expected, ctx);
  // A `typ` header, a claim missing or of the wrong type (`sub`, `exp`, `auth_time`, ...).
  if (isRecord(details.header) || isRecord(details.claims)) return idTokenInvalid(failure);
  if ('signature' in details && 'key' in details) return diagnose('ID_TOKEN_BAD_SIGNATURE', { detail: 'signature does not verify' });
  if (details.parameters instanceof URLSearchParams) return authorizationResponseMismatch(failure, details, details.parameters, ctx);
  if (isRecord(details.body) && lacksIdToken(details.body)) return diagnose('ID_TOKEN_MISSING');
  return notATokenResponse(failure);
}

function algRefused(headerAlg: unknown, expected: unknown, ctx: Context): Diagnosis {
  const alg = typeof headerAlg === 'string' ? headerAlg : '';
  if (alg === 'none') return diagnose('ID_TOKEN_UNSIGNED', { alg });
  return diagnose('ID_TOKEN_ALG_NOT_ADVERTISED', { alg, advertised: asText(expected) ?? asText(ctx.advertisedAlgs) ?? 'RS256' });
}

/**
 * The authorization response failed validateAuthResponse, which checks in
 * this order: a JARM `response` parameter (a JWT-secured response the Hub
 * does not read), a required `iss` that is missing, `iss` against the issuer,
 * then `state` (the only ones with `cause.expected`).
 */
function authorizationResponseMismatch(failure: OAuthFailure, details: Record<string, unknown>, parameters: URLSearchParams, ctx: Context): Diagnosis {
  if (parameters.get('response')) return idTokenInvalid(failure);
  const iss = parameters.get('iss');
  if (iss && iss !== ctx.issuer) {
    return diagnose('ID_TOKEN_WRONG_ISSUER', { detail: 'the authorization response carried another issuer (iss parameter)', expected: ctx.issuer });
  }
  if ('expected' in details) return diagnose('STATE_MISMATCH', { detail: clip(failure.text, 300) });
  return notATokenResponse(failure);
}

/**
 * The token response passed the checks oauth4webapi makes before `id_token`
 * (`access_token`, `token_type`) but carries no usable `id_token`.
 */
function lacksIdToken(body: Record<string, unknown>): boolean {
  const filled = (v: unknown) => typeof v === 'string' && v !== '';
  return filled(body.access_token) && filled(body.token_type) && !filled(body.id_token);
}

function idTokenInvalid(failure: OAuthFailure): Diagnosis {
  return diagnose('ID_TOKEN_INVALID', { detail: clip(failure.text, 300) });
}

function notATokenResponse(failure: OAuthFailure): Diagnosis {
  return diagnose('TOKEN_ENDPOINT_ERROR', { detail: clip(failure.text, 300) }, { cause: 'The token endpoint answered something that is not a valid token response.' });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

const asText = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === undefined ? undefined : String(v));

function isoSeconds(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : undefined;
}
