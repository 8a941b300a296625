/** The role-mapping preview: per user, and for every tested user. */
import { z } from 'zod';
import { HubRole } from './config-schemas';
import { IsoDateString as isoDate } from './primitives';

/** One mapping that matches a user's values, and the role it alone would give. */
export const RoleMatch = z.object({ rule: z.number().int(), idpValue: z.string(), role: HubRole });
export type RoleMatch = z.infer<typeof RoleMatch>;

/** What one user would get (common/rules/role-mapping.ts applies the Hub's rules). */
export const UserRolePreview = z.object({
  /** The Hub role, or null when no mapping matches (the invitation role, else the org's default role applies). */
  role: HubRole.nullable(),
  /** Index of the mapping that decided the role. */
  matchedRule: z.number().int().nullable(),
  /** Every matching mapping, in the order listed, with what each alone would give. */
  matches: z.array(RoleMatch),
  /** Why this role: every match named, and why the winner won. */
  explanation: z.string(),
  resourceGroups: z.array(z.object({ resourceGroup: z.string(), role: HubRole })),
  valuesAtPath: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type UserRolePreview = z.infer<typeof UserRolePreview>;

/** A tested user, as the preview table lists them (no token, only what identifies the row). */
export const TestedUserPreview = UserRolePreview.extend({
  sub: z.string(),
  email: z.string().optional(),
  testedAt: isoDate,
});
export type TestedUserPreview = z.infer<typeof TestedUserPreview>;

/** The preview for the latest tested user (top level) and for every user tested on this configuration. */
export const RolePreview = UserRolePreview.extend({
  basedOnTestAt: isoDate.optional(),
  /** Newest first, one row per user (their latest successful test). */
  users: z.array(TestedUserPreview),
});
export type RolePreview = z.infer<typeof RolePreview>;

