/**
 * What a test saw on the way, for the history and the evidence report:
 * the discovery document's summary, the JWKS key ids, the ID token's header
 * (never the token itself), the values tested. Nothing here is secret.
 */
import { decodeProtectedHeader } from 'jose';
import type { DiscoverySummary, IdTokenHeader, TestedValuesRecord } from '../../../../common/contract';
import { testedValuesRecord, type TestedValues } from '../../../../common/rules/test-fingerprint';
import type { IssuerCacheEntry as IssuerEntry } from '../issuer-cache';

const str = (v: unknown, max = 2048) => (typeof v === 'string' ? v.slice(0, max) : undefined);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 50).map((x) => x.slice(0, 100)) : undefined);

export function discoverySummary(metadata: IssuerEntry['metadata']): DiscoverySummary {
  const m = metadata as unknown as Record<string, unknown>;
  const out: DiscoverySummary = { issuer: String(m.issuer).slice(0, 2048) };
  for (const k of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint'] as const) {
    const v = str(m[k]);
    if (v) out[k] = v;
  }
  for (const k of ['token_endpoint_auth_methods_supported', 'id_token_signing_alg_values_supported', 'code_challenge_methods_supported'] as const) {
    const v = strs(m[k]);
    if (v) out[k] = v;
  }
  const scopes = strs(m.scopes_supported);
  if (scopes) out.scopes_supported = scopes.slice(0, 200);
  return out;
}

export function jwksKeyIds(jwks: IssuerEntry['jwks']): string[] {
  return jwks.keys.map((k) => str((k as { kid?: unknown }).kid, 200)).filter((k): k is string => !!k).slice(0, 50);
}

/** The protected header only: decoding it reveals nothing the token does not publish, and the token is not kept. */
export function idTokenHeader(idToken: string): IdTokenHeader | undefined {
  try {
    const h = decodeProtectedHeader(idToken);
    return { alg: String(h.alg ?? 'none').slice(0, 50), ...(h.kid ? { kid: String(h.kid).slice(0, 200) } : {}), ...(h.typ ? { typ: String(h.typ).slice(0, 50) } : {}) };
  } catch {
    return undefined;
  }
}

export function testedValues(config: Omit<TestedValues, 'secretRevision'> & { secretRevision?: number }): TestedValuesRecord {
  return testedValuesRecord({ ...config, secretRevision: config.secretRevision ?? 0 });
}
