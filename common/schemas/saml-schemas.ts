/** What the UI learns from the IdP's SAML metadata and from a pasted certificate (all public). */
import { z } from 'zod';

export const SamlCertificateInfo = z.object({
  subject: z.string(),
  issuer: z.string(),
  /** AA:BB:… */
  fingerprintSha256: z.string(),
  /** Entra's "Thumbprint". */
  fingerprintSha1: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
});
export type SamlCertificateInfo = z.infer<typeof SamlCertificateInfo>;

export const SamlMetadataRead = z.object({
  /** The IdP's entity ID: the Hub's "Issuer". */
  entityId: z.string(),
  /** The Hub's "Sign-on URL". */
  ssoUrl: z.string(),
  ssoBinding: z.enum(['HTTP-Redirect', 'HTTP-POST']),
  /** The signing certificate to paste, PEM with its BEGIN/END lines, and what it says. */
  certificate: SamlCertificateInfo.extend({ pem: z.string() }),
  /** More signing certificates the metadata lists (an IdP rotating its key): the first is used. */
  otherCertificates: z.number().int().nonnegative(),
});
export type SamlMetadataRead = z.infer<typeof SamlMetadataRead>;
