/** Issuer checks, test logins and their history records. */
import { z } from 'zod';
import { Diagnosis } from './diagnosis-schema';
import { TestOutcome } from './config-schemas';
import { UuidString as id, IsoDateString as isoDate } from './primitives';

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
  /** SAML: the caught SAMLResponse checked as the Hub's ACS would. */
  'validating-response',
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
  /** Every other claim, for role-mapping paths such as `user.role`; a SAML assertion's attributes by Name (a name or URI), each a list of values. */
  other: z.record(z.string(), z.unknown()),
  /** Where these came from: a SAML assertion (sub is then the NameID), else an ID token. */
  source: z.enum(['id-token', 'saml-assertion']).optional(),
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

/** The values a SAML test ran with. */
export const SamlTestedValuesRecord = z.object({
  acsUrl: z.string().max(2048),
  spEntityId: z.string().max(2048),
  ssoUrl: z.string().max(2048),
  idpEntityId: z.string().max(2048),
  certificateSha256: z.string().max(200),
});
export type SamlTestedValuesRecord = z.infer<typeof SamlTestedValuesRecord>;

/** What a SAML test saw: the request, the certificate, the response's outline (redacted: no signature, no person). */
export const SamlEvidence = z.object({
  requestId: z.string().max(200),
  /** The IdP's entity ID as the signed assertion gave it. */
  issuer: z.string().max(2048).optional(),
  nameIdFormat: z.string().max(300).optional(),
  certificate: z
    .object({ subject: z.string().max(1000), fingerprintSha256: z.string().max(200), notAfter: z.string().max(40) })
    .optional(),
  /**
   * The response as received, redacted: signature and digest values removed (it can no longer be replayed or
   * verified), the NameID and every attribute value masked. Shows its structure, which parts were signed, the
   * conditions. Never the raw response.
   */
  redactedResponse: z.string().max(200_000).optional(),
});
export type SamlEvidence = z.infer<typeof SamlEvidence>;

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
  /** A SAML test's values, and what it saw. */
  samlValues: SamlTestedValuesRecord.optional(),
  saml: SamlEvidence.optional(),
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
  // Evidence (records written before they existed lack them): the test's own (values, discovery, key ids, token header), and:
  ...TestEvidence.shape,
  /** The tested values' fingerprint (common/rules/test-fingerprint.ts). */
  fingerprint: z.string().max(64).optional(),
  /** The full diagnosis of a failure, as shown when it happened (evidence already redacted). */
  diagnosis: Diagnosis.optional(),
  warnings: z.array(Diagnosis).optional(),
  /** An issuer check's result. */
  issuerCheck: IssuerCheckResult.optional(),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;

/** A test login the main side is running (it owns it: a reload of the window does not stop it). */
export const RunningTest = TestLoginResult.pick({ testId: true, configId: true }).extend({
  stage: TestStage,
  startedAt: isoDate,
  elapsedMs: z.number(),
});
export type RunningTest = z.infer<typeof RunningTest>;

