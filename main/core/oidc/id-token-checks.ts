/**
 * The ID token checks openid-client leaves to us: the signature against the
 * issuer's JWKS (it skips it in the code flow), `alg` none or not advertised,
 * `iat` in the future (it accepts that), and the claims the Hub needs.
 */
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, errors as joseErrors } from 'jose';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { diagnoseClassified, diagnoseFor } from '../../../common/idp/diagnose';
import { idpProfile } from '../../../common/idp/profiles';
import type { IdpProfile } from '../../../common/idp/types';
import { emailVerified } from './claims';
import type { JWKS } from './discovery';

/** Small clock differences are normal; beyond this we warn. */
export const IAT_TOLERANCE_SECONDS = 5;
/** Beyond this the token is refused: a clock is badly wrong. */
export const IAT_MAX_FUTURE_SECONDS = 300;

export type SignatureVerdict = { ok: true; alg: string } | { ok: false; noMatchingKey: boolean; diagnosis: Diagnosis };

export async function verifyIdTokenSignature(idToken: string, jwks: JWKS, advertisedAlgs: string[] | undefined): Promise<SignatureVerdict> {
  let alg: string;
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(idToken);
    alg = String(header.alg ?? '');
    kid = typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return { ok: false, noMatchingKey: false, diagnosis: diagnose('ID_TOKEN_INVALID', { detail: 'the ID token header cannot be read' }) };
  }
  if (alg === 'none' || !alg) return { ok: false, noMatchingKey: false, diagnosis: diagnose('ID_TOKEN_UNSIGNED', { alg: alg || '(missing)' }) };
  const allowed = advertisedAlgs?.length ? advertisedAlgs : ['RS256'];
  if (!allowed.includes(alg)) {
    return { ok: false, noMatchingKey: false, diagnosis: diagnose('ID_TOKEN_ALG_NOT_ADVERTISED', { alg, advertised: allowed.join(', ') }) };
  }
  try {
    await compactVerify(idToken, createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]), { algorithms: [alg] });
    return { ok: true, alg };
  } catch (err) {
    const noKey = err instanceof joseErrors.JWKSNoMatchingKey || err instanceof joseErrors.JWKSMultipleMatchingKeys;
    return {
      ok: false,
      noMatchingKey: noKey,
      diagnosis: diagnose('ID_TOKEN_BAD_SIGNATURE', {
        alg,
        kid,
        detail: noKey ? 'no key in the issuer’s JWKS matches the token’s kid' : err instanceof joseErrors.JWSSignatureVerificationFailed ? 'signature does not verify' : errorName(err),
      }),
    };
  }
}

/** openid-client accepts an `iat` in the future; a clock that is off bites later, so say it now. */
export function checkIssuedAt(claims: Record<string, unknown>, nowMs: number): { failure?: Diagnosis; warning?: Diagnosis } {
  const iat = claims.iat;
  if (typeof iat !== 'number') return {};
  const aheadSeconds = iat - nowMs / 1000;
  if (aheadSeconds <= IAT_TOLERANCE_SECONDS) return {};
  const evidence = { iat: new Date(iat * 1000).toISOString(), now: new Date(nowMs).toISOString(), aheadSeconds: Math.round(aheadSeconds) };
  if (aheadSeconds > IAT_MAX_FUTURE_SECONDS) return { failure: diagnose('ID_TOKEN_NOT_YET_VALID', evidence) };
  return { warning: diagnose('CLOCK_SKEW', evidence) };
}

/** The Hub identifies SSO users by email; the profile may know why its IdP sent none (Entra: the optional claim). */
export function checkEmailClaims(claims: Record<string, unknown>, profile: IdpProfile = idpProfile(undefined)): { failure?: Diagnosis; warning?: Diagnosis } {
  const email = claims.email;
  if (typeof email !== 'string' || !email.trim()) {
    const own = profile.claims?.emailMissing?.(claims);
    if (own) return { failure: diagnoseClassified(profile, own) };
    return { failure: diagnoseFor(profile, 'EMAIL_CLAIM_MISSING', { claimsPresent: Object.keys(claims).sort().join(', ') }) };
  }
  if (emailVerified(claims.email_verified) === false) return { warning: diagnose('EMAIL_NOT_VERIFIED', { email }) };
  return {};
}

/**
 * A groups claim only this IdP gets wrong (Entra's overage above 200 groups):
 * a warning, since the login itself works; role mapping by groups will not.
 */
export function checkGroupsClaim(claims: Record<string, unknown>, profile: IdpProfile = idpProfile(undefined)): Diagnosis | undefined {
  const own = profile.claims?.groupsProblem?.(claims);
  return own ? diagnoseClassified(profile, own) : undefined;
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}
