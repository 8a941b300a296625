/** Entra's claim quirks: no `email` while upn / preferred_username look like one; group overage; GUID groups. */
import type { Classification } from '../types';
import { GUID } from './words';

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function entraEmailMissing(claims: Record<string, unknown>): Classification | undefined {
  const upn = typeof claims.upn === 'string' ? claims.upn : undefined;
  const preferred = typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
  if (![upn, preferred].some((v) => v !== undefined && EMAIL_LIKE.test(v))) return undefined;
  return {
    code: 'ENTRA_EMAIL_CLAIM_MISSING',
    evidence: { preferred_username: preferred?.slice(0, 320), upn: upn?.slice(0, 320), claimsPresent: Object.keys(claims).sort().join(', ') },
  };
}

/** Above 200 groups Entra sends `_claim_names: { groups: "src1" }` (and `_claim_sources`) or `hasgroups: true` instead of the list. */
export function entraGroupsOverage(claims: Record<string, unknown>): Classification | undefined {
  const names = claims._claim_names;
  const viaNames = !!names && typeof names === 'object' && 'groups' in names;
  const hasGroups = claims.hasgroups === true || claims.hasgroups === 'true';
  if (!viaNames && !hasGroups) return undefined;
  return { code: 'ENTRA_GROUPS_OVERAGE', evidence: { indicator: viaNames ? '_claim_names.groups' : 'hasgroups' } };
}

export const ENTRA_GUID_GROUPS_FACT =
  'Entra sends group object IDs: map by ID (the group’s Object ID), or configure group names (sAMAccountName) in Token configuration → the groups claim → Edit.';

export function entraClaimFacts(claims: Record<string, unknown>): string[] {
  const groups = claims.groups;
  const list = typeof groups === 'string' ? [groups] : Array.isArray(groups) ? groups : [];
  const facts: string[] = [];
  if (list.length > 0 && list.every((g) => typeof g === 'string' && GUID.test(g))) facts.push(ENTRA_GUID_GROUPS_FACT);
  if (entraGroupsOverage(claims)) facts.push('This user is in more than 200 groups: Entra sent an overage indicator instead of the groups (ENTRA_GROUPS_OVERAGE).');
  return facts;
}
