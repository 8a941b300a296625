/**
 * What an evidence report holds, gathered from the store: the values (never
 * the secret, not even a hash), the status, each test's timeline, discovery
 * summary, JWKS key ids, ID token header and claims, diagnosis and warnings,
 * and the role preview of every tested user. Pure once the inputs are read.
 */
import type { ClaimsSummary, Configuration, Diagnosis, HistoryRecord, TestedUserPreview, TestMark, Verdict } from '../../../common/contract';
import { configStatus, type ConfigStatus } from '../../../common/rules/config-status';
import { previewRoleMapping } from '../../../common/rules/role-mapping';
import { redactEmail, redactEmailsIn, redactId, redactUser } from '../../../common/rules/redact-person';
import { samlTestedValuesRecord, testedValuesRecord } from '../../../common/rules/test-fingerprint';
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
    protocol: 'oidc' | 'saml';
    /** A SAML configuration's values (the ACS built from the org), its certificate's expiry judged at the report's date. */
    saml?: { acsUrl: string; spEntityId: string; ssoUrl: string; idpEntityId: string; certificateSha256: string; certificateExpiry: SecretExpiry; metadataUrl: string };
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
      protocol: config.protocol,
      ...(config.protocol === 'saml'
        ? { saml: { ...samlTestedValuesRecord(config), metadataUrl: config.saml.metadataUrl, certificateExpiry: secretExpiry(config.saml.certificateExpiresOn, Date.parse(input.now)) } }
        : {}),
    },
    // The status names the tested user too: masked like every other mention when the report is redacted.
    status: configStatus(claims === 'redacted' ? { ...config, verdict: redactVerdict(config.verdict) } : config),
    tests,
    roles,
  };
}

// --- Redaction of the tested users' personal data (emails and ids: common/rules/redact-person.ts) ---

const PERSONAL_CLAIMS = new Set(['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'upn', 'unique_name', 'phone_number', 'address', 'birthdate', 'picture', 'locale', 'zoneinfo']);

/** SAML attribute Names that hold the person (Okta's and Google's custom names, the last part of Entra's claim URIs). */
const PERSONAL_SAML_ATTRIBUTES = new Set(['firstname', 'lastname', 'givenname', 'surname', 'displayname', 'name', 'emailaddress', 'email', 'mail', 'upn', 'objectidentifier', 'phone', 'mobile']);
const isPersonal = (name: string, saml: boolean) => (saml ? PERSONAL_SAML_ATTRIBUTES.has(name.split(/[/:#]/).pop()!.toLowerCase()) : PERSONAL_CLAIMS.has(name));

function redactClaims(c: ClaimsSummary): ClaimsSummary {
  const saml = c.source === 'saml-assertion';
  const other: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.other)) other[k] = isPersonal(k, saml) ? '[redacted]' : v;
  const out: ClaimsSummary = { sub: saml && c.sub.includes('@') ? redactEmail(c.sub) : redactId(c.sub), other, ...(c.source ? { source: c.source } : {}) };
  if (c.email !== undefined) out.email = redactEmail(c.email);
  if (c.email_verified !== undefined) out.email_verified = c.email_verified;
  if (c.name !== undefined) out.name = '[redacted]';
  if (c.preferred_username !== undefined) out.preferred_username = '[redacted]';
  // Groups stay: they are what the role mapping reads.
  if (c.groups !== undefined) out.groups = c.groups;
  return out;
}

function redactVerdict(v: Verdict): Verdict {
  const mark = (m: TestMark | undefined) => (m?.user ? { ...m, user: redactUser(m.user) } : m);
  return { ...(v.lastPass ? { lastPass: mark(v.lastPass) } : {}), ...(v.lastFailure ? { lastFailure: mark(v.lastFailure) } : {}), ...(v.latest ? { latest: mark(v.latest) } : {}) };
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
