/**
 * The Hub's organization roles, most privileged first (hub-docs
 * `docs/hub/security-sso-user-management.md`: read < contributor < write < admin).
 */
export const HUB_ROLES = ['admin', 'write', 'contributor', 'read'] as const;
export type HubRoleName = (typeof HUB_ROLES)[number];

/** 0 for the most privileged role (admin), growing as privilege falls. */
export function roleRank(role: HubRoleName): number {
  return HUB_ROLES.indexOf(role);
}
