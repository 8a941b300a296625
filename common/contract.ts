/**
 * The one API between the UI and the main side.
 *
 * Every call and event is declared here once, with zod schemas for what goes in
 * and what comes out. The main side validates every input against these schemas
 * (see main/core/app/dispatch.ts); the renderer only sees the typed client
 * (`SsoAssistantApi`), never a raw transport. One error shape crosses the
 * bridge: a Diagnosis.
 *
 * This file must stay free of Node, DOM and Electron imports: it is bundled into
 * the Electron preload, the browser-mode preload and the main side.
 */
import { z } from 'zod';
import { API_GLOBAL, CALL_NAMES, EVENT_NAMES, ipcChannel } from './contract-names';
import { HUB_ROLES } from './rules/hub-roles';
import { ORG_ID_MAX_LENGTH, ORG_ID_PATTERN, orgIdMessages } from './rules/org-id';

export { API_GLOBAL, ipcChannel };

// ---------------------------------------------------------------------------
// Shared shapes

/** The one error shape. `code` is stable and shown to the user (people search for it). */
export const Diagnosis = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  title: z.string(),
  cause: z.string(),
  fix: z.array(z.string()),
  /** Redacted facts captured while failing (status, URL, IdP's own words). Never secrets or tokens. */
  evidence: z.record(z.string(), z.string()),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

const id = z.string().uuid();
const isoDate = z.string().datetime({ offset: true });
const shortText = (max: number) => z.string().max(max);

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

export const IdpKind = z.enum(['okta', 'generic']);
export type IdpKind = z.infer<typeof IdpKind>;

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
  roleMapping: RoleMapping.default({ attributePath: '', rules: [], resourceGroupRules: [] }),
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
  roleMapping: cf.roleMapping.unwrap().optional(),
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
  verdict: true,
});
export type ConfigSummary = z.infer<typeof ConfigSummary>;

export const CheckStatus = z.enum(['pass', 'warn', 'fail', 'skipped']);
export const IssuerCheckItem = z.object({
  id: z.string(),
  label: z.string(),
  status: CheckStatus,
  detail: z.string(),
  diagnosis: Diagnosis.optional(),
});
export type IssuerCheckItem = z.infer<typeof IssuerCheckItem>;

export const IssuerCheckResult = z.object({
  /** The issuer URL after normalising what was pasted. */
  normalizedIssuer: z.string(),
  ok: z.boolean(),
  checks: z.array(IssuerCheckItem),
  durationMs: z.number(),
});
export type IssuerCheckResult = z.infer<typeof IssuerCheckResult>;

export const TestStage = z.enum([
  'discovery',
  'window-opened',
  'redirect-caught',
  'exchanging-code',
  'validating-token',
  'done',
  'failed',
  'cancelled',
]);
export type TestStage = z.infer<typeof TestStage>;

/** The claims the Hub will see, without protocol plumbing (nonce, at_hash, ...). */
export const ClaimsSummary = z.object({
  sub: z.string(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  groups: z.array(z.string()).optional(),
  /** Every other claim, for role-mapping paths such as `user.role`. */
  other: z.record(z.string(), z.unknown()),
});
export type ClaimsSummary = z.infer<typeof ClaimsSummary>;

export const StageTiming = z.object({ stage: TestStage, ms: z.number() });

/** The values a test ran with, as evidence (never the secret, not even a hash). */
export const TestedValuesRecord = z.object({
  issuer: z.string().max(2048),
  clientId: z.string().max(300),
  redirectUri: z.string().max(2048),
  scopes: z.string().max(500),
  /** Which secret was used: its revision number on this machine. */
  secretRevision: z.number().int().nonnegative(),
});
export type TestedValuesRecord = z.infer<typeof TestedValuesRecord>;

/** What the issuer's discovery document said, as far as a test depends on it. */
export const DiscoverySummary = z.object({
  issuer: z.string().max(2048),
  authorization_endpoint: z.string().max(2048).optional(),
  token_endpoint: z.string().max(2048).optional(),
  jwks_uri: z.string().max(2048).optional(),
  userinfo_endpoint: z.string().max(2048).optional(),
  token_endpoint_auth_methods_supported: z.array(z.string().max(100)).max(50).optional(),
  id_token_signing_alg_values_supported: z.array(z.string().max(100)).max(50).optional(),
  code_challenge_methods_supported: z.array(z.string().max(100)).max(50).optional(),
  scopes_supported: z.array(z.string().max(200)).max(200).optional(),
});
export type DiscoverySummary = z.infer<typeof DiscoverySummary>;

/** The ID token's header (never the token: no payload encoding, no signature). */
export const IdTokenHeader = z.object({ alg: z.string().max(50), kid: z.string().max(200).optional(), typ: z.string().max(50).optional() });
export type IdTokenHeader = z.infer<typeof IdTokenHeader>;

/** Facts a test saw on the way, kept as evidence (nothing secret: no token, code or key material beyond key ids). */
export const TestEvidence = z.object({
  discovery: DiscoverySummary.optional(),
  /** The key ids the issuer's JWKS published when tested. */
  jwksKeyIds: z.array(z.string().max(200)).max(50).optional(),
  idTokenHeader: IdTokenHeader.optional(),
  /** The values tested. */
  values: TestedValuesRecord.optional(),
});
export type TestEvidence = z.infer<typeof TestEvidence>;

export const TestLoginResult = z.object({
  testId: id,
  configId: id,
  outcome: TestOutcome,
  diagnosis: Diagnosis.optional(),
  /** Non-blocking findings (clock skew, email not verified, ...). */
  warnings: z.array(Diagnosis),
  claims: ClaimsSummary.optional(),
  stages: z.array(StageTiming),
  evidence: TestEvidence.optional(),
});
export type TestLoginResult = z.infer<typeof TestLoginResult>;

export const HistoryRecord = z.object({
  id,
  configId: id,
  at: isoDate,
  kind: z.enum(['test-login', 'issuer-check']),
  outcome: TestOutcome,
  code: z.string().optional(),
  title: z.string().optional(),
  claims: ClaimsSummary.optional(),
  stages: z.array(StageTiming),
  appVersion: z.string(),
  // Evidence (records written before they existed lack them):
  /** The tested values' fingerprint (common/rules/test-fingerprint.ts). */
  fingerprint: z.string().max(64).optional(),
  values: TestedValuesRecord.optional(),
  /** The full diagnosis of a failure, as shown when it happened (evidence already redacted). */
  diagnosis: Diagnosis.optional(),
  warnings: z.array(Diagnosis).optional(),
  /** An issuer check's result. */
  issuerCheck: IssuerCheckResult.optional(),
  discovery: DiscoverySummary.optional(),
  /** The key ids the issuer's JWKS published when tested. */
  jwksKeyIds: z.array(z.string().max(200)).max(50).optional(),
  idTokenHeader: IdTokenHeader.optional(),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;

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

/** A test login the main side is running (it owns it: a reload of the window does not stop it). */
export const RunningTest = z.object({
  testId: id,
  configId: id,
  stage: TestStage,
  startedAt: isoDate,
  elapsedMs: z.number(),
});
export type RunningTest = z.infer<typeof RunningTest>;

// ---------------------------------------------------------------------------
// Calls: name -> { input, output }. Inputs are strict: unknown keys are refused.

const ConfigId = z.object({ id }).strict();

export const calls = {
  getAppInfo: {
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      platform: z.string(),
      dataDir: z.string(),
    }),
  },
  listConfigs: { input: z.object({}).strict(), output: z.array(ConfigSummary) },
  getConfig: { input: ConfigId, output: Configuration },
  createConfig: { input: z.object({ fields: ConfigFields.partial() }).strict(), output: Configuration },
  updateConfig: {
    input: z
      .object({ id, fields: ConfigFieldsPatch, expectedRevision: z.number().int().nonnegative().optional() })
      .strict(),
    output: Configuration,
  },
  /** Steps 1, 2 and 4 are ticked by the admin; `credentials` is refused here (only a test sets it). */
  setStepDone: {
    input: z.object({ id, step: StepId, done: z.boolean() }).strict(),
    output: Configuration,
  },
  setCurrentStep: { input: z.object({ id, step: StepId }).strict(), output: Configuration },
  duplicateConfig: { input: ConfigId, output: Configuration },
  deleteConfig: { input: ConfigId, output: z.object({ deleted: z.literal(true) }) },
  /** The only way a secret crosses the bridge: once, towards the main side. It never comes back. */
  setSecret: {
    input: z.object({ id, secret: z.string().min(1, 'Enter the client secret').max(1024) }).strict(),
    output: z.object({ hasSecret: z.literal(true) }),
  },
  /** Copies the stored secret to the clipboard from the main side; cleared after `clearsAfterMs`. */
  copySecret: { input: ConfigId, output: z.object({ clearsAfterMs: z.number() }) },
  getHistory: { input: ConfigId, output: z.array(HistoryRecord) },
  checkIssuer: {
    input: z
      .object({ issuerUrl: z.string().min(1).max(2048), clientId: z.string().max(300).optional(), configId: id.optional() })
      .strict(),
    output: IssuerCheckResult,
  },
  /** Runs the whole test login; progress arrives as `testProgress` events. */
  testLogin: { input: z.object({ configId: id }).strict(), output: TestLoginResult },
  cancelTestLogin: { input: z.object({}).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** The test the main side is running, if any: a reloaded or second window re-attaches to it. */
  getRunningTest: { input: z.object({}).strict(), output: z.object({ running: RunningTest.nullable() }) },
  previewRoles: {
    input: z.object({ configId: id, roleMapping: RoleMapping.optional() }).strict(),
    output: RolePreview,
  },
  /** Writes configurations (never secrets) to a JSON file the admin picks (browser mode: data folder/exports). */
  exportConfigs: {
    input: z.object({ ids: z.array(id).max(10_000).optional() }).strict(),
    output: z.object({ path: z.string().nullable(), count: z.number() }),
  },
  importConfigs: {
    input: z
      .object({
        json: z.string().max(5_000_000),
        /** What to do with a configuration whose id exists: report it (default), keep both, or replace. */
        onConflict: z.enum(['report', 'keep-both', 'replace']).default('report'),
      })
      .strict(),
    output: z.object({
      imported: z.array(z.object({ id, name: z.string() })),
      conflicts: z.array(z.object({ id, name: z.string() })),
    }),
  },
  /**
   * Writes an evidence report (one test, or the configuration's whole history) as a real PDF or a
   * self-contained HTML file, where the admin chooses. Never contains the secret, a code or a token.
   */
  exportReport: {
    input: z
      .object({
        configId: id,
        /** One test; omitted: the whole history. */
        testId: id.optional(),
        format: z.enum(['pdf', 'html']),
        /** The tested users' personal data: shown in full, or redacted (emails, subs, names). */
        claims: z.enum(['all', 'redacted']).default('redacted'),
      })
      .strict(),
    output: z.object({ path: z.string().nullable(), bytes: z.number() }),
  },
  /** Opens an allow-listed https URL (the Hub's SSO settings, Okta's admin console, docs) in the default browser. */
  openExternal: { input: z.object({ url: z.string().url().max(2048) }).strict(), output: z.object({ opened: z.boolean() }) },
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.infer<Calls[K]['output']>;
export const callNames: readonly CallName[] = CALL_NAMES;
/** Compile-time proof that contract-names.ts lists exactly these calls. */
const callNamesMatch: SameKeys<CallName, (typeof CALL_NAMES)[number]> = true;

// ---------------------------------------------------------------------------
// Events: main side -> UI.

export const events = {
  testProgress: z.object({
    testId: id,
    configId: id,
    stage: TestStage,
    elapsedMs: z.number(),
    detail: z.string().optional(),
  }),
  /** A test login ended (whoever started it: a window that reloaded meanwhile still gets the result). */
  testFinished: TestLoginResult,
  /** A saved file could not be read and was moved aside (STORE_CORRUPT), or another store problem the user should see. */
  storeProblem: Diagnosis,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.infer<Events[K]>;
export const eventNames: readonly EventName[] = EVENT_NAMES;
/** Compile-time proof that contract-names.ts lists exactly these events. */
const eventNamesMatch: SameKeys<EventName, (typeof EVENT_NAMES)[number]> = true;
void callNamesMatch;
void eventNamesMatch;
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// ---------------------------------------------------------------------------
// What crosses the transport, and the typed client the renderer gets.

/** Every answer is a result; errors are always a Diagnosis, never an exception object. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: Diagnosis };

export interface SsoAssistantApi {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<CallOutput<K>>>;
  /** Subscribes to an event; returns the unsubscribe function. Listeners receive the payload only. */
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
}
