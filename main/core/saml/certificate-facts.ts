/**
 * The facts a SAML configuration keeps about its pasted certificate, derived on every save so the home list
 * can judge the status and the expiry without the certificate itself: its SHA-256 (part of the tested values'
 * fingerprint) and the day it stops being valid (warned ahead, like an Entra secret).
 */
import { createHash } from 'node:crypto';
import type { SamlSettings } from '../../../common/contract';
import { readIdpCertificate } from './idp-certificate';

export function withCertificateFacts(saml: SamlSettings): SamlSettings {
  const { certificateSha256: _sha, certificateExpiresOn: _day, ...edited } = saml;
  const pasted = edited.certificate.trim();
  if (!pasted) return edited;
  const read = readIdpCertificate(pasted);
  if (read.ok) return { ...edited, certificateSha256: read.certificate.fingerprintSha256, certificateExpiresOn: read.certificate.notAfter.slice(0, 10) };
  // Not a certificate (yet): its text still tells one paste from another, so a result never outlives a change.
  return { ...edited, certificateSha256: `text:${createHash('sha256').update(pasted).digest('hex').slice(0, 32)}` };
}

/** The same, on a whole configuration's fields (a new or imported one: whatever facts it came with are recomputed). */
export function withSamlFacts<T extends { saml: SamlSettings }>(fields: T): T {
  return { ...fields, saml: withCertificateFacts(fields.saml) };
}
