/**
 * "These exact values": what a test login depends on, so that a result can
 * be told apart from a result for other values. Issuer, Client ID, secret
 * revision (a counter, never the secret), redirect URI, scopes and the group
 * option. Not a security hash: it only has to change when a value changes.
 */
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

/** The canonical form, in a fixed order. */
export function testedValuesText(v: TestedValues): string {
  return JSON.stringify([
    v.issuerUrl.trim().replace(/\/+$/, ''),
    v.clientId.trim(),
    v.secretRevision,
    hubConsumeUri(v.orgId),
    testScopes(v.requestGroups).join(' '),
    v.requestGroups,
  ]);
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
