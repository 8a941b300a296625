/**
 * Facts about a test login's claims that come from the IdP's habits, for the
 * role preview and the report to show beside the claims (e.g. "Entra sends
 * group object IDs"). Derived from the claims, so old history records get
 * them too.
 */
import type { ClaimsSummary } from '../contract';
import { idpProfile } from './profiles';

export function idpClaimFacts(claims: ClaimsSummary, idpKind: string | undefined): string[] {
  const all: Record<string, unknown> = { ...claims.other, sub: claims.sub };
  if (claims.groups) all.groups = claims.groups;
  if (claims.email !== undefined) all.email = claims.email;
  return [...(idpProfile(idpKind).roleMapping.facts?.(all) ?? [])];
}
