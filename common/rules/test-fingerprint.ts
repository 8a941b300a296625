/**
 * "These exact values": what a test login depends on, so that a result can
 * be told apart from a result for other values. Issuer, Client ID, secret
 * revision (a counter, never the secret), redirect URI, scopes and the group
 * option. Not a security hash: it only has to change when a value changes.
 */
import type { TestedValuesRecord } from '../contract';
import { hubConsumeUri } from './hub-urls';
import { testScopes } from './test-scopes';

export interface TestedValues {
  orgId: string;
  clientId: string;
  issuerUrl: string;
  requestGroups: boolean;
  /** Increments every time a secret is saved. */
  secretRevision: number;
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
