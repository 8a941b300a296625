/**
 * Discovery documents and JWKS, cached per issuer for the app session: the
 * test login reuses what the issuer check fetched. Entries are replaced by
 * every fresh issuer check, and dropped explicitly with `invalidate` (e.g. when
 * a token is signed by a key the cached JWKS does not hold).
 */
import type { JWKS } from './discovery';

export interface IssuerMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  [key: string]: unknown;
}

export interface IssuerCacheEntry {
  metadata: IssuerMetadata;
  jwks: JWKS;
  /** The discovery URL that answered (it may carry `?client_id=` for an Okta org server). */
  discoveryUrl: string;
  fetchedAt: number;
}

export interface IssuerCache {
  get(issuer: string): IssuerCacheEntry | undefined;
  set(issuer: string, entry: IssuerCacheEntry): void;
  /** Drops one issuer, or everything when called without an argument. */
  invalidate(issuer?: string): void;
}

export function createIssuerCache(): IssuerCache {
  const entries = new Map<string, IssuerCacheEntry>();
  return {
    get: (issuer) => entries.get(issuer),
    set: (issuer, entry) => void entries.set(issuer, entry),
    invalidate: (issuer) => (issuer === undefined ? entries.clear() : void entries.delete(issuer)),
  };
}
