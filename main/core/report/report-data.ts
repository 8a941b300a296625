/**
 * What an evidence report holds, gathered from the store: the values (never
 * the secret, not even a hash), the status, each test's timeline, discovery
 * summary, JWKS key ids, ID token header and claims, diagnosis and warnings,
 * and the role preview of every tested user. Pure once the inputs are read.
 */
import type { ClaimsSummary, Configuration, Diagnosis, HistoryRecord, TestedUserPreview } from '../../../common/contract';
import { configStatus, type ConfigStatus } from '../../../common/rules/config-status';
import { previewRoleMapping } from '../../../common/rules/role-mapping';
import { redactEmail, redactEmailsIn, redactId } from '../../../common/rules/redact-person';
import { testedValuesRecord } from '../../../common/rules/test-fingerprint';
import { displayName } from '../../../common/rules/display-name';
import { latestTestPerUser } from '../../../common/rules/tested-users';
import { secretExpiry, type SecretExpiry } from '../../../common/rules/secret-expiry';
import { idpClaimFacts } from '../../../common/idp/claim-facts';
import { idpProfile } from '../../../common/idp/profiles';

export type ClaimsChoice = 'all' | 'redacted';

export interface ReportData {
  title: string;
  generatedAt: string;
  appVersion: string;
  claimsChoice: ClaimsChoice;
  config: {
    name: string;
    orgId: string;
    issuerUrl: string;
    clientId: string;
    redirectUri: string;
    scopes: string;
    hasSecret: boolean;
    secretRevision: number;
    /** The IdP profile's name ("Microsoft Entra ID"). */
    idp: string;
    /** The secret's recorded expiry, judged at the report's date. */
    secretExpiry: SecretExpiry;
  };
  status: ConfigStatus;
  tests: HistoryRecord[];
  /** Each tested user's preview, with what the IdP's habits say about their claims (e.g. GUID groups). */
  roles: (TestedUserPreview & { facts: string[] })[];
}

export function buildReportData(input: {
  config: Configuration;
  history: HistoryRecord[];
  testId?: string;
  claims: ClaimsChoice;
  now: string;
  appVersion: string;
}): ReportData {
  const { config, claims } = input;
  const tests = (input.testId ? input.history.filter((r) => r.id === input.testId) : input.history).map((r) => (claims === 'redacted' ? redactRecord(r) : r));
  const roles = latestTestPerUser(input.history).map((record) => {
    const row: TestedUserPreview & { facts: string[] } = {
      sub: record.claims.sub,
      ...(record.claims.email !== undefined ? { email: record.claims.email } : {}),
      testedAt: record.at,
      ...previewRoleMapping(record.claims, config.roleMapping, { issuer: config.issuerUrl, idpKind: config.idpKind }),
      facts: idpClaimFacts(record.claims, config.idpKind),
    };
    return claims === 'redacted' ? { ...row, sub: redactId(row.sub), ...(row.email ? { email: redactEmail(row.email) } : {}) } : row;
  });
  const label = displayName(config);
  const tested = testedValuesRecord(config);
  return {
    title: input.testId ? `Test login evidence: ${label}` : `SSO configuration evidence: ${label}`,
    generatedAt: input.now,
    appVersion: input.appVersion,
    claimsChoice: claims,
    config: {
      name: label,
      orgId: config.orgId,
      issuerUrl: config.issuerUrl,
      clientId: config.clientId,
      // The values a test of this configuration runs with now.
      redirectUri: tested.redirectUri,
      scopes: tested.scopes,
      hasSecret: config.hasSecret,
      secretRevision: config.secretRevision,
      idp: idpProfile(config.idpKind).displayName,
      secretExpiry: secretExpiry(config.secretExpiresOn, Date.parse(input.now)),
    },
    status: configStatus(config),
    tests,
    roles,
  };
}

// --- Redaction of the tested users' personal data (emails and ids: common/rules/redact-person.ts) ---

const PERSONAL_CLAIMS = new Set(['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'upn', 'unique_name', 'phone_number', 'address', 'birthdate', 'picture', 'locale', 'zoneinfo']);

function redactClaims(c: ClaimsSummary): ClaimsSummary {
  const other: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.other)) other[k] = PERSONAL_CLAIMS.has(k) ? '[redacted]' : v;
  const out: ClaimsSummary = { sub: redactId(c.sub), other };
  if (c.email !== undefined) out.email = redactEmail(c.email);
  if (c.email_verified !== undefined) out.email_verified = c.email_verified;
  if (c.name !== undefined) out.name = '[redacted]';
  if (c.preferred_username !== undefined) out.preferred_username = '[redacted]';
  // Groups stay: they are what the role mapping reads.
  if (c.groups !== undefined) out.groups = c.groups;
  return out;
}

function redactRecord(r: HistoryRecord): HistoryRecord {
  // Entra's look-alikes of an email (upn, preferred_username) are the user's address too, in claims and in evidence.
  const lookAlikes = [r.claims?.email, r.claims?.preferred_username, r.claims?.other.upn, r.diagnosis?.evidence.upn, r.diagnosis?.evidence.preferred_username];
  const emails = lookAlikes.filter((v): v is string => typeof v === 'string' && v.includes('@'));
  return {
    ...r,
    ...(r.claims ? { claims: redactClaims(r.claims) } : {}),
    ...(r.diagnosis ? { diagnosis: redactEmailsIn(r.diagnosis, emails) } : {}),
    ...(r.warnings ? { warnings: r.warnings.map((w) => redactEmailsIn(w, emails)) } : {}),
  };
}
