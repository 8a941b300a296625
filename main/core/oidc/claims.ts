/**
 * The claims the Hub will see, without protocol plumbing: what the result and
 * the history keep of an ID token (never the token itself).
 */
import type { ClaimsSummary } from '../../../common/contract';

/** Claims that describe the token, not the user. */
const PLUMBING = new Set(['iss', 'aud', 'exp', 'iat', 'nbf', 'nonce', 'at_hash', 'c_hash', 's_hash', 'auth_time', 'amr', 'idp', 'jti', 'ver', 'azp', 'sid']);
const SUMMARISED = new Set(['sub', 'email', 'email_verified', 'name', 'preferred_username', 'groups']);

export function summarizeClaims(claims: Record<string, unknown>): ClaimsSummary {
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(claims)) {
    if (!PLUMBING.has(key) && !SUMMARISED.has(key)) other[key] = value;
  }
  const summary: ClaimsSummary = { sub: String(claims.sub ?? ''), other };
  if (typeof claims.email === 'string') summary.email = claims.email;
  const verified = emailVerified(claims.email_verified);
  if (verified !== undefined) summary.email_verified = verified;
  if (typeof claims.name === 'string') summary.name = claims.name;
  if (typeof claims.preferred_username === 'string') summary.preferred_username = claims.preferred_username;
  const groups = groupList(claims.groups);
  if (groups) summary.groups = groups;
  else if (claims.groups !== undefined) other.groups = claims.groups;
  return summary;
}

/** Some IdPs send "true"/"false" strings. */
export function emailVerified(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A groups claim is a list of names; a single string is a list of one. */
function groupList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}
