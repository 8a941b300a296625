/**
 * Reads what openid-client / oauth4webapi threw during the code exchange and
 * names it with a catalogue code. Their errors carry the token response and
 * the ID token's claims in `cause`: only chosen, non-sensitive fields are ever
 * copied into evidence.
 */
import { ResponseBodyError, WWWAuthenticateChallengeError } from 'openid-client';
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

interface ValidationFacts {
  code: string;
  messages: string[];
  claim?: string;
  reason?: string;
  alg?: string;
  claims?: Record<string, unknown>;
  expected?: unknown;
  now?: number;
}

/** Flattens openid-client's ClientError → oauth4webapi OperationProcessingError → details chain. */
function facts(err: unknown): ValidationFacts {
  const out: ValidationFacts = { code: '', messages: [] };
  let current: unknown = err;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const e = current as Record<string, unknown>;
    if (typeof e.code === 'string' && !out.code) out.code = e.code;
    if (typeof e.message === 'string') out.messages.push(e.message);
    if (typeof e.claim === 'string') out.claim = e.claim;
    if (typeof e.reason === 'string') out.reason = e.reason;
    if (typeof e.now === 'number') out.now = e.now;
    if ('expected' in e) out.expected = e.expected;
    if (e.claims && typeof e.claims === 'object') out.claims = e.claims as Record<string, unknown>;
    const header = e.header as { alg?: unknown } | undefined;
    if (header && typeof header.alg === 'string') out.alg = header.alg;
    current = e.cause;
  }
  return out;
}

const asText = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === undefined ? undefined : String(v));

/**
 * A diagnosis for an error raised while validating the authorization response,
 * the token response or the ID token; undefined when it is none of those.
 */
export function validationErrorDiagnosis(err: unknown, ctx: { issuer: string; clientId: string; advertisedAlgs?: string[] }): Diagnosis | undefined {
  const f = facts(err);
  const text = f.messages.join(' | ');
  const claims = f.claims ?? {};
  if (/JWT "?alg"? header parameter|unsupported JWS "alg"/i.test(text) || (f.alg && /alg/i.test(text))) {
    const alg = f.alg ?? '';
    const advertised = asText(f.expected) ?? asText(ctx.advertisedAlgs) ?? 'RS256';
    return alg === 'none'
      ? diagnose('ID_TOKEN_UNSIGNED', { alg })
      : diagnose('ID_TOKEN_ALG_NOT_ADVERTISED', { alg, advertised });
  }
  if (f.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' || /claim value/.test(text)) {
    switch (f.claim) {
      case 'iss':
        return diagnose('ID_TOKEN_WRONG_ISSUER', { iss: asText(claims.iss), expected: ctx.issuer });
      case 'aud':
      case 'azp':
        return diagnose('ID_TOKEN_WRONG_AUDIENCE', { aud: asText(claims.aud), azp: asText(claims.azp), expected: ctx.clientId });
      case 'nonce':
        return diagnose('NONCE_MISMATCH', { nonce: claims.nonce === undefined ? 'missing' : 'different' });
    }
  }
  if (f.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') {
    const now = f.now;
    if (f.claim === 'exp') return diagnose('ID_TOKEN_EXPIRED', { exp: isoSeconds(claims.exp), now: isoSeconds(now) });
    if (f.claim === 'nbf') return diagnose('ID_TOKEN_NOT_YET_VALID', { nbf: isoSeconds(claims.nbf), now: isoSeconds(now) });
    return diagnose('ID_TOKEN_INVALID', { check: f.claim ?? 'timestamp', detail: clip(text, 300) });
  }
  if (/"id_token" property/.test(text)) return diagnose('ID_TOKEN_MISSING');
  if (/"state"/.test(text)) return diagnose('STATE_MISMATCH', { detail: clip(text, 300) });
  if (/"iss" \(issuer\) response parameter/.test(text)) {
    return diagnose('ID_TOKEN_WRONG_ISSUER', { detail: 'the authorization response carried another issuer (iss parameter)', expected: ctx.issuer });
  }
  if (/signature verification failed/i.test(text)) return diagnose('ID_TOKEN_BAD_SIGNATURE', { detail: 'signature does not verify' });
  if (/JWT|ID Token|claim/i.test(text)) return diagnose('ID_TOKEN_INVALID', { detail: clip(text, 300) });
  if (f.code === 'OAUTH_RESPONSE_IS_NOT_JSON' || f.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || f.code === 'OAUTH_INVALID_RESPONSE' || f.code === 'OAUTH_PARSE_ERROR') {
    return diagnose('TOKEN_ENDPOINT_ERROR', { detail: clip(text, 300) }, { cause: 'The token endpoint answered something that is not a valid token response.' });
  }
  return undefined;
}

function isoSeconds(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : undefined;
}
