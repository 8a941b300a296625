/** The SAML 2.0 and XML-DSig names this folder reads and writes (OASIS saml-core-2.0, xmldsig-core). */
export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

/** The NameID format the Hub asks for (its guides: "Name ID format: EmailAddress"). */
export const NAMEID_FORMAT_EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

export const BINDING_REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
export const BINDING_POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

export const STATUS_PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';
export const STATUS_SUCCESS = `${STATUS_PREFIX}Success`;

/** The bearer subject confirmation of the Web Browser SSO profile (its Recipient must be the ACS). */
export const CONFIRMATION_BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
