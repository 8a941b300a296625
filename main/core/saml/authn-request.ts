/**
 * The SP-initiated AuthnRequest a SAML test login starts with, as the Hub sends it: our SP Entity ID as
 * Issuer, the Hub's ACS as AssertionConsumerServiceURL (HTTP-POST), NameIDPolicy EmailAddress, a fresh ID,
 * in the HTTP-Redirect binding (deflated, base64, in the SSO URL's query). Built by @node-saml/node-saml.
 */
import { randomBytes } from 'node:crypto';
import { SAML } from '@node-saml/node-saml';
import { NAMEID_FORMAT_EMAIL } from './saml-names';

export interface AuthnRequestInput {
  /** The IdP's SSO URL (Okta "Identity Provider Single Sign-On URL", Entra "Login URL", Google "SSO URL"). */
  ssoUrl: string;
  /** The Hub's SP Entity ID, as pasted from its SSO settings. */
  spEntityId: string;
  /** https://huggingface.co/organizations/<org>/saml/consume (hubSamlAcsUrl). */
  acsUrl: string;
  relayState?: string;
}

export interface AuthnRequest {
  /** The request's ID: the response's InResponseTo must be this. */
  id: string;
  /** When it was issued (ISO), for the InResponseTo check's age limit. */
  issuedAt: string;
  /** The SSO URL with SAMLRequest (and RelayState) in its query: open it in the login window. */
  url: string;
}

/** A fresh request ID: an NCName (starts with a letter or "_"), 160 random bits. */
export function newRequestId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}

export async function buildAuthnRequest(input: AuthnRequestInput): Promise<AuthnRequest> {
  const id = newRequestId();
  const issuedAt = new Date().toISOString();
  const saml = new SAML({
    entryPoint: input.ssoUrl,
    issuer: input.spEntityId,
    callbackUrl: input.acsUrl,
    // Required by the constructor; a request is not signed and checks nothing against it.
    idpCert: 'unused-for-requests',
    identifierFormat: NAMEID_FORMAT_EMAIL,
    // No RequestedAuthnContext: asking for PasswordProtectedTransport (node-saml's default) makes Entra refuse
    // users who sign in with MFA or passwordless (AADSTS75011), a failure the Hub's own login would not have.
    disableRequestedAuthnContext: true,
    generateUniqueId: () => id,
    authnRequestBinding: 'HTTP-Redirect',
  });
  const url = await saml.getAuthorizeUrlAsync(input.relayState ?? '', undefined, {});
  return { id, issuedAt, url };
}
