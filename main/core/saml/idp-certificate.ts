/**
 * The IdP signing certificate as the admin pastes it in the Hub's SSO settings: PEM, BEGIN/END lines
 * included (the Hub's SAML guides). Read with node:crypto's X509Certificate; each way of pasting it wrong
 * gets its own code. Its expiry is judged with the same thresholds as an Entra client secret's.
 */
import { X509Certificate } from 'node:crypto';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { secretExpiry, type SecretExpiry } from '../../../common/rules/secret-expiry';

export interface IdpCertificate {
  /** Normalised PEM (one certificate), what the signature checks are pinned to. */
  pem: string;
  subject: string;
  issuer: string;
  /** SHA-256 fingerprint as AA:BB:…, what IdP consoles show as the thumbprint's stronger cousin. */
  fingerprintSha256: string;
  /** SHA-1 thumbprint (Entra's "Thumbprint"), AA:BB:… */
  fingerprintSha1: string;
  notBefore: string;
  notAfter: string;
}

export type IdpCertificateRead = { ok: true; certificate: IdpCertificate } | { ok: false; diagnosis: Diagnosis };

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

/** Parses the pasted text; never quotes it back (it may be a private key). */
export function readIdpCertificate(pasted: string): IdpCertificateRead {
  const value = pasted.replace(/\r\n?/g, '\n').trim();
  if (!value) return { ok: false, diagnosis: diagnose('SAML_CERT_NOT_PEM', { detail: 'nothing was pasted' }) };
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(value);
  if (!begin) {
    const bare = fromDer(value.replace(/\s+/g, ''));
    return {
      ok: false,
      diagnosis: diagnose('SAML_CERT_NOT_PEM', {
        detail: bare ? 'the base64 text of a certificate without the BEGIN CERTIFICATE / END CERTIFICATE lines' : 'no -----BEGIN CERTIFICATE----- line',
      }),
    };
  }
  const label = begin[1]!;
  if (/PRIVATE KEY/.test(label)) return { ok: false, diagnosis: diagnose('SAML_CERT_IS_PRIVATE_KEY', { found: `-----BEGIN ${label}-----` }) };
  if (label !== 'CERTIFICATE' && label !== 'X509 CERTIFICATE' && label !== 'TRUSTED CERTIFICATE') {
    return { ok: false, diagnosis: diagnose('SAML_CERT_NOT_A_CERTIFICATE', { found: `-----BEGIN ${label}-----`, expected: '-----BEGIN CERTIFICATE-----' }) };
  }
  const block = PEM_BLOCK.exec(value);
  if (!block) return { ok: false, diagnosis: diagnose('SAML_CERT_NOT_PEM', { detail: `no matching -----END ${label}----- line` }) };
  const x509 = fromDer(block[2]!.replace(/\s+/g, ''));
  if (!x509) return { ok: false, diagnosis: diagnose('SAML_CERT_NOT_A_CERTIFICATE', { detail: 'the text between the BEGIN and END lines does not decode to an X.509 certificate' }) };
  return { ok: true, certificate: describe(x509) };
}

/** A certificate from base64 DER (metadata's X509Certificate, a signature's KeyInfo), or undefined. */
export function certificateFromBase64(base64: string): IdpCertificate | undefined {
  const x509 = fromDer(base64.replace(/\s+/g, ''));
  return x509 ? describe(x509) : undefined;
}

function fromDer(base64: string): X509Certificate | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  try {
    return new X509Certificate(Buffer.from(base64, 'base64'));
  } catch {
    return undefined;
  }
}

function describe(x509: X509Certificate): IdpCertificate {
  const body = x509.raw.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return {
    pem: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`,
    subject: x509.subject.replace(/\n/g, ', '),
    issuer: x509.issuer.replace(/\n/g, ', '),
    fingerprintSha256: x509.fingerprint256,
    fingerprintSha1: x509.fingerprint,
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
  };
}

export type CertificateExpiry = SecretExpiry;

/**
 * How close the certificate is to its "not after" day: the Entra secret's rule (secret-expiry.ts, warning
 * from 30 days ahead) on the certificate's UTC day, so the home card and report can show both alike.
 */
export function certificateExpiry(cert: Pick<IdpCertificate, 'notAfter'>, nowMs: number): CertificateExpiry {
  const notAfterMs = Date.parse(cert.notAfter);
  const day = cert.notAfter.slice(0, 10);
  // A certificate stops at its exact instant, not at the end of its day: from that instant on it is expired.
  if (nowMs >= notAfterMs) {
    const ago = Math.floor(nowMs / DAY_MS) - Math.floor(notAfterMs / DAY_MS);
    return { state: 'expired', expiresOn: day, daysLeft: -ago, text: ago === 0 ? `expired today (${day})` : `expired ${ago} day${ago === 1 ? '' : 's'} ago (${day})` };
  }
  return secretExpiry(day, nowMs);
}

const DAY_MS = 86_400_000;

/** The certificate's dates as diagnoses: a failure once expired or not yet valid, a warning ahead of expiry. */
export function certificateDateChecks(cert: IdpCertificate, nowMs: number): { failure?: Diagnosis; warning?: Diagnosis } {
  const evidence = { subject: cert.subject, notBefore: cert.notBefore, notAfter: cert.notAfter, fingerprintSha256: cert.fingerprintSha256 };
  if (nowMs < Date.parse(cert.notBefore)) return { failure: diagnose('SAML_CERT_NOT_YET_VALID', { ...evidence, now: new Date(nowMs).toISOString() }) };
  const expiry = certificateExpiry(cert, nowMs);
  if (expiry.state === 'expired') return { failure: diagnose('SAML_CERT_EXPIRED', { ...evidence, expiry: expiry.text }) };
  if (expiry.state === 'soon') return { warning: diagnose('SAML_CERT_EXPIRES_SOON', { ...evidence, expiry: expiry.text, daysLeft: expiry.daysLeft }) };
  return {};
}
