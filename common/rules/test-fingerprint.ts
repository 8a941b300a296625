/**
 * "These exact values": what a test login depends on, so that a result can
 * be told apart from a result for other values. Issuer, Client ID, secret
 * revision (a counter, never the secret), redirect URI, scopes and the group
 * option; for SAML, the ACS, SP Entity ID, SSO URL, Issuer and certificate. Not a security hash: it only has to change when a value changes.
 */
import type { Protocol, SamlSummary, SamlTestedValuesRecord, TestedValuesRecord } from '../contract';
import { hubConsumeUri, hubSamlAcsUrl } from './hub-urls';
import { testScopes } from './test-scopes';

export interface TestedValues {
  orgId: string;
  clientId: string;
  issuerUrl: string;
  requestGroups: boolean;
  /** Increments every time a secret is saved. */
  secretRevision: number;
  /** Absent: OIDC (configurations written before SAML). */
  protocol?: Protocol;
  /** What a SAML test depends on (the certificate by its SHA-256, set on every save). */
  saml?: SamlSummary;
}

/** A SAML test's values as evidence: the Hub's ACS and SP Entity ID, the IdP's SSO URL, Issuer and certificate. */
export function samlTestedValuesRecord(v: Pick<TestedValues, 'orgId' | 'saml'>): SamlTestedValuesRecord {
  const s = v.saml;
  return {
    acsUrl: hubSamlAcsUrl(v.orgId),
    spEntityId: s?.spEntityId.trim() ?? '',
    ssoUrl: s?.ssoUrl.trim() ?? '',
    idpEntityId: s?.idpEntityId.trim() ?? '',
    certificateSha256: s?.certificateSha256 ?? '',
  };
}

/** The values as a test runs with them: the evidence a history record keeps (no secret, its revision only). */
export function testedValuesRecord(v: TestedValues): TestedValuesRecord {
  return {
    issuer: v.issuerUrl.trim(),
    clientId: v.clientId.trim(),
    redirectUri: hubConsumeUri(v.orgId),
    scopes: testScopes(v.requestGroups).join(' '),
    secretRevision: v.secretRevision,
  };
}

/** The canonical form, in a fixed order (a trailing slash on the issuer is not a change). */
export function testedValuesText(v: TestedValues): string {
  if (v.protocol === 'saml') {
    const r = samlTestedValuesRecord(v);
    return JSON.stringify(['saml', r.acsUrl, r.spEntityId, r.ssoUrl, r.idpEntityId, r.certificateSha256]);
  }
  const r = testedValuesRecord(v);
  return JSON.stringify([r.issuer.replace(/\/+$/, ''), r.clientId, r.secretRevision, r.redirectUri, r.scopes, v.requestGroups]);
}

/** A short fingerprint (FNV-1a, 2×32 bits, hex) of the canonical form. */
export function testFingerprint(v: TestedValues): string {
  const text = testedValuesText(v);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
