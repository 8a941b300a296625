/** The Hub's organization roles, most privileged first (the rule: hubFacts.roleOrder). */
import { hubFacts } from './hub-facts';

export const HUB_ROLES = hubFacts.roleOrder.value;
export type HubRoleName = (typeof HUB_ROLES)[number];

/** 0 for the most privileged role (admin), growing as privilege falls. */
export function roleRank(role: HubRoleName): number {
  return HUB_ROLES.indexOf(role);
}

/** The roles from least to most privileged, as the Hub writes the hierarchy: "read < contributor < write < admin". */
export function roleHierarchyText(): string {
  return [...HUB_ROLES].reverse().join(' < ');
}
