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

export { API_GLOBAL, ipcChannel };

// The shapes, one file per area; re-exported so everything imports the contract.
export * from './schemas/diagnosis-schema';
export * from './schemas/config-schemas';
export * from './schemas/test-schemas';
export * from './schemas/role-schemas';
export * from './schemas/login-prompt-schemas';
export * from './schemas/saml-schemas';
import { Diagnosis } from './schemas/diagnosis-schema';
import { ConfigFields, ConfigFieldsPatch, ConfigSummary, Configuration, IdpKind, RoleMapping, StepId } from './schemas/config-schemas';
import { HistoryRecord, IssuerCheckResult, RunningTest, TestLoginResult, TestStage } from './schemas/test-schemas';
import { SamlCertificateInfo, SamlMetadataRead } from './schemas/saml-schemas';
import { RolePreview } from './schemas/role-schemas';
import { LoginPrompt, LoginPromptAnswer, LoginPromptClosed } from './schemas/login-prompt-schemas';
import { UuidString as id } from './schemas/primitives';

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
  /**
   * Moves the configuration (and its history) to the trash; its keychain entry stays until the trash is
   * emptied: `undoForMs` after this call, at the next delete, or when the app starts.
   */
  deleteConfig: { input: ConfigId, output: z.object({ deleted: z.literal(true), undoForMs: z.number().int().nonnegative() }) },
  /** Undoes a delete: the configuration comes back with its history and secret. UNDO_EXPIRED once the trash was emptied. */
  restoreConfig: { input: ConfigId, output: Configuration },
  /** Removes what the trash holds for good, keychain entries included. */
  emptyTrash: { input: z.object({}).strict(), output: z.object({ emptied: z.number().int().nonnegative() }) },
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
      // idpKind: the IdP profile whose issuer rules apply (else the configuration's, else Okta).
      .object({ issuerUrl: z.string().min(1).max(2048), clientId: z.string().max(300).optional(), configId: id.optional(), idpKind: IdpKind.optional() })
      .strict(),
    output: IssuerCheckResult,
  },
  /**
   * Reads the IdP's SAML metadata (fetched from an https URL through the app's network settings, or a file's
   * text): what the Hub's SSO settings ask for. Saves nothing: the UI puts the values in the configuration.
   */
  readSamlMetadata: {
    input: z.union([z.object({ url: z.string().min(1).max(2048) }).strict(), z.object({ xml: z.string().min(1).max(4_000_000) }).strict()]),
    output: SamlMetadataRead,
  },
  /** Reads a pasted IdP certificate (PEM): who it names, its fingerprints and dates; a wrong paste is a Diagnosis. Never echoes the text. */
  readSamlCertificate: { input: z.object({ pem: z.string().max(20_000) }).strict(), output: SamlCertificateInfo },
  /**
   * Step 3 is on screen: the main side may set up the next login window ahead (fresh, empty, invisible), so the
   * click pays only for the IdP's pages. `prepared`: false where the shell does not (the window is made at the click).
   */
  prepareTestLogin: { input: z.object({}).strict(), output: z.object({ prepared: z.boolean() }) },
  /** Runs the whole test login (OIDC or SAML, as the configuration says); progress arrives as `testProgress` events. */
  testLogin: { input: z.object({ configId: id }).strict(), output: TestLoginResult },
  cancelTestLogin: { input: z.object({}).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** The test the main side is running, if any: a reloaded or second window re-attaches to it. */
  getRunningTest: { input: z.object({}).strict(), output: z.object({ running: RunningTest.nullable() }) },
  /**
   * Answers a `loginPrompt` (credentials or a client certificate for the login window), once. The answer is
   * handed to the login window and dropped: never stored, logged or sent back (the output says only that it arrived).
   */
  answerLoginPrompt: { input: z.object({ id, answer: LoginPromptAnswer }).strict(), output: z.object({ accepted: z.literal(true) }) },
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
      /** `orgId` names an unnamed one the way every screen does (common/rules/display-name.ts). */
      conflicts: z.array(z.object({ id, name: z.string(), orgId: z.string().optional() })),
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
  /** The login window asks the admin something (HTTP/proxy credentials, a client certificate): answer with answerLoginPrompt. */
  loginPrompt: LoginPrompt,
  /** A question is no longer open: close its dialog. */
  loginPromptClosed: LoginPromptClosed,
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
