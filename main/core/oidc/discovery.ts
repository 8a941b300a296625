/**
 * Fetches and parses an issuer's discovery document and JWKS. Says what
 * happened (network failure, HTTP status, invalid document, usable keys);
 * judging it is issuer-check.ts's job.
 */
import { importJWK, type JWK } from 'jose';
import { boundedFetch, NetworkFailure, type FetchLike } from './http';
import type { IssuerMetadata } from './issuer-cache';

export interface JWKS {
  keys: JWK[];
}

export interface NetOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** The shell's fetch port. */
  fetch: FetchLike;
}

export type DiscoveryOutcome =
  | { kind: 'ok'; url: string; metadata: IssuerMetadata; retriedWithClientId: boolean }
  | { kind: 'network'; url: string; failure: NetworkFailure }
  | { kind: 'http'; url: string; status: number; retriedWithClientId: boolean }
  | { kind: 'invalid'; url: string; status: number; reason: string };

const REQUIRED_URL_FIELDS = ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;

/**
 * GET `<issuer>/.well-known/openid-configuration`. An Okta org authorization
 * server may answer 404 unless asked for a given app: then retry once with
 * `?client_id=`.
 */
export async function fetchDiscovery(
  discoveryUrl: string,
  opts: NetOptions & { clientId?: string; allowHttp: boolean },
): Promise<DiscoveryOutcome> {
  const first = await fetchDiscoveryOnce(discoveryUrl, opts, false);
  const isOrgServer = !new URL(discoveryUrl).pathname.includes('/oauth2/');
  if (first.kind === 'http' && first.status === 404 && opts.clientId && isOrgServer) {
    const url = `${discoveryUrl}?client_id=${encodeURIComponent(opts.clientId)}`;
    const second = await fetchDiscoveryOnce(url, opts, true);
    // Report the first 404 if the retry did not help, so the evidence shows the plain URL too.
    return second.kind === 'http' && second.status === 404 ? { ...first, retriedWithClientId: true } : second;
  }
  return first;
}

async function fetchDiscoveryOnce(url: string, opts: NetOptions & { allowHttp: boolean }, retried: boolean): Promise<DiscoveryOutcome> {
  let res;
  try {
    res = await boundedFetch(url, { timeoutMs: opts.timeoutMs, signal: opts.signal, fetch: opts.fetch, headers: { accept: 'application/json' } });
  } catch (err) {
    if (err instanceof NetworkFailure) {
      if (err.kind === 'too-large') return { kind: 'invalid', url, status: 200, reason: err.detail };
      return { kind: 'network', url, failure: err };
    }
    throw err;
  }
  if (res.status !== 200) return { kind: 'http', url, status: res.status, retriedWithClientId: retried };
  let doc: unknown;
  try {
    doc = JSON.parse(res.text);
  } catch {
    return { kind: 'invalid', url, status: res.status, reason: `not JSON (content-type: ${res.contentType || 'none'})` };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return { kind: 'invalid', url, status: res.status, reason: 'not a JSON object' };
  }
  const metadata = doc as Record<string, unknown>;
  if (typeof metadata.issuer !== 'string' || !metadata.issuer) {
    return { kind: 'invalid', url, status: res.status, reason: 'no "issuer"' };
  }
  for (const field of REQUIRED_URL_FIELDS) {
    const value = metadata[field];
    if (typeof value !== 'string') return { kind: 'invalid', url, status: res.status, reason: `no "${field}"` };
    const problem = endpointProblem(value, opts.allowHttp);
    if (problem) return { kind: 'invalid', url, status: res.status, reason: `"${field}" ${problem}` };
  }
  return { kind: 'ok', url, metadata: metadata as IssuerMetadata, retriedWithClientId: retried };
}

function endpointProblem(value: string, allowHttp: boolean): string | undefined {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && allowHttp) return undefined;
  return `must use https (is ${u.protocol}//${u.host})`;
}

/** The issuer's `id_token_signing_alg_values_supported`, its strings only; undefined when it advertises none. */
export function advertisedSigningAlgs(metadata: IssuerMetadata): string[] | undefined {
  const value = metadata.id_token_signing_alg_values_supported;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

export type JwksOutcome =
  | { kind: 'ok'; jwks: JWKS; usable: number; total: number }
  | { kind: 'network'; failure: NetworkFailure }
  | { kind: 'http'; status: number }
  | { kind: 'invalid'; reason: string };

export async function fetchJwks(jwksUri: string, advertisedAlgs: string[] | undefined, opts: NetOptions): Promise<JwksOutcome> {
  let res;
  try {
    res = await boundedFetch(jwksUri, { timeoutMs: opts.timeoutMs, signal: opts.signal, fetch: opts.fetch, headers: { accept: 'application/json, application/jwk-set+json' } });
  } catch (err) {
    if (err instanceof NetworkFailure) {
      if (err.kind === 'too-large') return { kind: 'invalid', reason: err.detail };
      return { kind: 'network', failure: err };
    }
    throw err;
  }
  if (res.status !== 200) return { kind: 'http', status: res.status };
  let doc: unknown;
  try {
    doc = JSON.parse(res.text);
  } catch {
    return { kind: 'invalid', reason: 'not JSON' };
  }
  const keys = (doc as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return { kind: 'invalid', reason: 'no "keys" array' };
  const jwks: JWKS = { keys: keys.filter((k): k is JWK => !!k && typeof k === 'object') };
  const usable = await countUsableSigningKeys(jwks, advertisedAlgs);
  return { kind: 'ok', jwks, usable, total: keys.length };
}

/** Keys that can verify an ID token signed with one of the advertised algorithms (RS256 when none is advertised). */
export async function countUsableSigningKeys(jwks: JWKS, advertisedAlgs: string[] | undefined): Promise<number> {
  const algs = advertisedAlgs && advertisedAlgs.length ? advertisedAlgs.filter((a) => a !== 'none') : ['RS256'];
  let usable = 0;
  for (const key of jwks.keys) {
    if (key.use === 'enc' || key.kty === 'oct') continue;
    if (Array.isArray(key.key_ops) && !key.key_ops.includes('verify')) continue;
    if (key.kty === 'RSA' && (typeof key.n !== 'string' || Buffer.from(key.n, 'base64url').length * 8 < 2048)) continue;
    const candidates = key.alg ? [key.alg] : algsForKey(key);
    const alg = candidates.find((a) => algs.includes(a));
    if (!alg) continue;
    try {
      await importJWK(key, alg);
      usable++;
    } catch {
      // Not importable: malformed or an algorithm this key cannot do.
    }
  }
  return usable;
}

function algsForKey(key: JWK): string[] {
  switch (key.kty) {
    case 'RSA':
      return ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    case 'EC':
      return key.crv === 'P-256' ? ['ES256'] : key.crv === 'P-384' ? ['ES384'] : key.crv === 'P-521' ? ['ES512'] : [];
    case 'OKP':
      return key.crv === 'Ed25519' ? ['EdDSA', 'Ed25519'] : [];
    default:
      return [];
  }
}
