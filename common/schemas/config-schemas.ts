/** A configuration as stored and shown: the fields an admin edits, progress, verdict. */
import { z } from 'zod';
import { IDP_PROFILE_IDS, type IdpProfileId } from '../idp/profiles';
import { HUB_ROLES } from '../rules/hub-roles';
import { ORG_ID_MAX_LENGTH, ORG_ID_PATTERN, orgIdMessages } from '../rules/org-id';
import { UuidString as id, IsoDateString as isoDate, boundedText as shortText } from './primitives';

/** The Hub organization identifier (rule: common/rules/org-id.ts). */
export const OrgId = z
  .string()
  .trim()
  .min(1, orgIdMessages.empty)
  .max(ORG_ID_MAX_LENGTH, orgIdMessages.tooLong)
  .regex(ORG_ID_PATTERN, orgIdMessages.pattern);

export const HubRole = z.enum(HUB_ROLES);
export type HubRole = z.infer<typeof HubRole>;

export const RoleMapping = z.object({
  /** Dot-notation path into the claims, e.g. `groups` or `user.role`. Empty: no mapping. */
  attributePath: shortText(200).default(''),
  rules: z.array(z.object({ idpValue: shortText(500), role: HubRole })).max(200).default([]),
  resourceGroupRules: z
    .array(z.object({ idpValue: shortText(500), resourceGroup: shortText(200), role: HubRole }))
    .max(200)
    .default([]),
});
export type RoleMapping = z.infer<typeof RoleMapping>;

/**
 * The configuration's IdP profile (common/idp/profiles.ts). "generic" was
 * written before profiles existed: still read, and treated as Okta.
 */
export const IdpKind = z.enum([...IDP_PROFILE_IDS, 'generic'] as [IdpProfileId | 'generic', ...(IdpProfileId | 'generic')[]]);
export type IdpKind = z.infer<typeof IdpKind>;

/** A calendar day, YYYY-MM-DD (what Entra shows as a secret's "Expires"); '' when not recorded. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Not a real date');

/** How the Hub signs users in through the IdP. Files written before SAML existed are OIDC. */
export const Protocol = z.enum(['oidc', 'saml']);
export type Protocol = z.infer<typeof Protocol>;

/**
 * What a SAML configuration holds: what the Hub's SSO settings ask for (SP Entity ID, Sign-on URL, public
 * certificate, the optional Issuer) and where the IdP's metadata came from. Nothing here is secret.
 */
export const SamlSettings = z.object({
  /** The Hub's SP Entity ID, pasted from its SSO settings (the app does not guess it). */
  spEntityId: shortText(2048).default(''),
  /** The IdP's SSO URL (the Hub's "Sign-on URL"). */
  ssoUrl: shortText(2048).default(''),
  /** The IdP's entity ID (the Hub's optional "Issuer"). */
  idpEntityId: shortText(2048).default(''),
  /** The IdP signing certificate, PEM with its BEGIN/END lines (public). */
  certificate: shortText(20_000).default(''),
  /** Where the metadata was read from, to read it again ('' : pasted by hand or from a file). */
  metadataUrl: shortText(2048).default(''),
  /** Set by the main side from `certificate` on every save, never by a patch: its SHA-256 (AA:BB:…) and last valid day. */
  certificateSha256: shortText(200).optional(),
  certificateExpiresOn: IsoDay.optional(),
});
export type SamlSettings = z.infer<typeof SamlSettings>;
export const EMPTY_SAML_SETTINGS: SamlSettings = { spEntityId: '', ssoUrl: '', idpEntityId: '', certificate: '', metadataUrl: '' };

/** The SAML values an admin edits: only the keys sent (the derived certificate facts are dropped). */
const ss = SamlSettings.shape;
export const SamlSettingsPatch = z.object({
  spEntityId: ss.spEntityId.unwrap().optional(),
  ssoUrl: ss.ssoUrl.unwrap().optional(),
  idpEntityId: ss.idpEntityId.unwrap().optional(),
  certificate: ss.certificate.unwrap().optional(),
  metadataUrl: ss.metadataUrl.unwrap().optional(),
});
export type SamlSettingsPatch = z.infer<typeof SamlSettingsPatch>;

/** What the home list needs of the SAML values: enough for the status, not the certificate itself. */
export const SamlSummary = SamlSettings.pick({ spEntityId: true, ssoUrl: true, idpEntityId: true, certificateSha256: true, certificateExpiresOn: true });
export type SamlSummary = z.infer<typeof SamlSummary>;

export const StepId = z.enum(['createApp', 'configureApp', 'credentials', 'enableSso']);
export type StepId = z.infer<typeof StepId>;

/** Fields an admin edits. Never the secret: that goes through `setSecret` only. */
export const ConfigFields = z.object({
  name: shortText(200).default(''),
  orgId: z.union([OrgId, z.literal('')]).default(''),
  clientId: shortText(300).default(''),
  issuerUrl: shortText(2048).default(''),
  idpKind: IdpKind.default('okta'),
  /** Ask for the `groups` scope (needed by an Okta custom authorization server to emit groups). */
  requestGroups: z.boolean().default(false),
  /** When the client secret expires, as the IdP shows it (Entra: Certificates & secrets → Expires); '' or absent: not recorded. */
  secretExpiresOn: z.union([IsoDay, z.literal('')]).optional(),
  roleMapping: RoleMapping.default({ attributePath: '', rules: [], resourceGroupRules: [] }),
  protocol: Protocol.default('oidc'),
  /** Used when `protocol` is saml (kept when the admin switches back and forth). */
  saml: SamlSettings.default(EMPTY_SAML_SETTINGS),
});
export type ConfigFields = z.infer<typeof ConfigFields>;

/**
 * A partial edit of ConfigFields: only the keys sent. (zod 4's `.partial()`
 * would still fill every missing key with its default, so an edit of one field
 * would reset all the others.)
 */
const cf = ConfigFields.shape;
export const ConfigFieldsPatch = z.object({
  name: cf.name.unwrap().optional(),
  orgId: cf.orgId.unwrap().optional(),
  clientId: cf.clientId.unwrap().optional(),
  issuerUrl: cf.issuerUrl.unwrap().optional(),
  idpKind: cf.idpKind.unwrap().optional(),
  requestGroups: cf.requestGroups.unwrap().optional(),
  secretExpiresOn: cf.secretExpiresOn,
  roleMapping: cf.roleMapping.unwrap().optional(),
  protocol: cf.protocol.unwrap().optional(),
  saml: SamlSettingsPatch.optional(),
});
export type ConfigFieldsPatch = z.infer<typeof ConfigFieldsPatch>;

export const TestOutcome = z.enum(['success', 'failure', 'cancelled']);
export type TestOutcome = z.infer<typeof TestOutcome>;

export const LastTest = z.object({
  at: isoDate,
  kind: z.enum(['test-login', 'issuer-check']),
  outcome: TestOutcome,
  code: z.string().optional(),
});
export type LastTest = z.infer<typeof LastTest>;

export const Progress = z.object({
  /** Steps 1, 2 and 4 are ticked by the admin; `credentials` only by a successful test of the current values. */
  done: z.record(StepId, z.boolean()),
  currentStep: StepId,
});
export type Progress = z.infer<typeof Progress>;

/** One test's verdict, kept on the configuration so every screen can derive its status (common/rules/config-status.ts). */
export const TestMark = z.object({
  at: isoDate,
  /** Of the values tested (common/rules/test-fingerprint.ts). */
  fingerprint: z.string().max(64),
  outcome: TestOutcome,
  code: z.string().optional(),
  /** The tested user's email (or sub when there is none). */
  user: z.string().max(320).optional(),
  /** Codes of the warnings a passing test had (e.g. EMAIL_NOT_VERIFIED). */
  warnings: z.array(z.string()).default([]),
  /**
   * The titles `code` and `warnings` were shown with, by code: every screen names them the same way without loading
   * the catalogue (the home screen does not). Marks written before it existed lack it; they show the code alone.
   */
  titles: z.record(z.string().max(80), z.string().max(300)).optional(),
});
export type TestMark = z.infer<typeof TestMark>;

export const Verdict = z.object({
  lastPass: TestMark.optional(),
  lastFailure: TestMark.optional(),
  /** The newest test login, whatever its outcome (cancelled included). */
  latest: TestMark.optional(),
});
export type Verdict = z.infer<typeof Verdict>;

export const Configuration = ConfigFields.extend({
  id,
  /** Increments on every save; lets the store refuse a stale overwrite. */
  revision: z.number().int().nonnegative(),
  hasSecret: z.boolean(),
  /** Increments every time a secret is saved: part of the tested values' fingerprint (never the secret itself). */
  secretRevision: z.number().int().nonnegative().default(0),
  progress: Progress,
  createdAt: isoDate,
  updatedAt: isoDate,
  lastTest: LastTest.optional(),
  verdict: Verdict.default({}),
});
export type Configuration = z.infer<typeof Configuration>;

export const ConfigSummary = Configuration.pick({
  id: true,
  name: true,
  orgId: true,
  idpKind: true,
  issuerUrl: true,
  updatedAt: true,
  lastTest: true,
  progress: true,
  clientId: true,
  requestGroups: true,
  secretRevision: true,
  secretExpiresOn: true,
  verdict: true,
  protocol: true,
}).extend({
  /** Of a SAML configuration only. */
  saml: SamlSummary.optional(),
  /** 0 until the admin first changes it (a new, duplicated or imported configuration is untouched). Optional: older listing caches lack it. */
  revision: z.number().int().nonnegative().optional(),
});
export type ConfigSummary = z.infer<typeof ConfigSummary>;

