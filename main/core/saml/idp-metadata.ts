/**
 * The IdP's SAML 2.0 metadata document (Okta's "Metadata URL", Entra's "Federation Metadata XML", Google's
 * "IdP metadata") read into what the Hub's SSO settings ask for: the entity ID (Issuer), the SSO URL
 * (Sign-on URL, HTTP-Redirect binding preferred) and the signing certificate(s). Fetching a metadata URL is
 * the caller's (through the fetch port); this reads a document already in hand.
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { certificateFromBase64, type IdpCertificate } from './idp-certificate';
import { BINDING_POST, BINDING_REDIRECT, NS } from './saml-names';
import { attr, children, descendants, isElement, parseXml, text } from './xml-read';

export interface IdpMetadata {
  entityId: string;
  /** The SSO URL for the HTTP-Redirect binding (or HTTP-POST when the IdP offers only that). */
  ssoUrl: string;
  ssoBinding: 'HTTP-Redirect' | 'HTTP-POST';
  /** Signing certificates, the first being the one to paste; several while the IdP rotates. */
  signingCertificates: IdpCertificate[];
}

export type IdpMetadataRead = { ok: true; metadata: IdpMetadata } | { ok: false; diagnosis: Diagnosis };

const fail = (detail: string): IdpMetadataRead => ({ ok: false, diagnosis: diagnose('SAML_METADATA_INVALID', { detail }) });

export function readIdpMetadata(xml: string): IdpMetadataRead {
  const parsed = parseXml(xml.trim());
  if (!parsed.ok) return fail(parsed.detail);
  const root = parsed.doc.documentElement;
  // An EntityDescriptor, or an EntitiesDescriptor holding one (federation files).
  const entities = isElement(root, NS.metadata, 'EntityDescriptor') ? [root] : descendants(root, NS.metadata, 'EntityDescriptor');
  const entity = entities.find((e) => children(e, NS.metadata, 'IDPSSODescriptor').length > 0);
  if (!entity) return fail(entities.length ? 'no IDPSSODescriptor: this is not an identity provider’s metadata (a service provider’s?)' : 'no md:EntityDescriptor: not SAML 2.0 metadata');
  const entityId = attr(entity, 'entityID');
  if (!entityId) return fail('the EntityDescriptor has no entityID');
  const idp = children(entity, NS.metadata, 'IDPSSODescriptor')[0]!;
  const services = children(idp, NS.metadata, 'SingleSignOnService');
  const redirect = services.find((s) => attr(s, 'Binding') === BINDING_REDIRECT && attr(s, 'Location'));
  const post = services.find((s) => attr(s, 'Binding') === BINDING_POST && attr(s, 'Location'));
  const sso = redirect ?? post;
  if (!sso) return fail('no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding');
  const signing = children(idp, NS.metadata, 'KeyDescriptor').filter((k) => (attr(k, 'use') ?? 'signing') === 'signing');
  const certificates = signing
    .flatMap((k) => descendants(k, NS.dsig, 'X509Certificate'))
    .map((c) => certificateFromBase64(text(c) ?? ''))
    .filter((c): c is IdpCertificate => c !== undefined);
  if (certificates.length === 0) return fail('no signing certificate (KeyDescriptor use="signing" with an X509Certificate)');
  return { ok: true, metadata: { entityId, ssoUrl: attr(sso, 'Location')!, ssoBinding: sso === redirect ? 'HTTP-Redirect' : 'HTTP-POST', signingCertificates: certificates } };
}
