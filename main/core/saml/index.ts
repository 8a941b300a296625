/**
 * SAML 2.0 test login, the core: the AuthnRequest the Hub sends, the IdP certificate and metadata the
 * admin gives, and the validation of the SAML Response the Hub's ACS would receive.
 */
export { buildAuthnRequest, newRequestId, type AuthnRequest, type AuthnRequestInput } from './authn-request';
export { certificateDateChecks, certificateExpiry, readIdpCertificate, type CertificateExpiry, type IdpCertificate, type IdpCertificateRead } from './idp-certificate';
export { readIdpMetadata, type IdpMetadata, type IdpMetadataRead } from './idp-metadata';
export { fetchIdpMetadata, type MetadataFetchOptions } from './metadata-fetch';
export { SAML_CLOCK_TOLERANCE_SECONDS } from './validity-window';
export { REQUEST_MAX_AGE_MS, validateSamlResponse, type SamlLogin, type SamlOutcome, type SamlResponseInput } from './validate-response';
