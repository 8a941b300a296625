/** IdP metadata read into the Hub's fields: entity ID (Issuer), SSO URL (HTTP-Redirect first), signing certificate. */
import { describe, expect, it } from 'vitest';
import { readIdpCertificate, readIdpMetadata } from '../../main/core/saml';
import { makeSigningIdentity } from '../fixtures/saml-idp/signing-identity';

const current = makeSigningIdentity({ commonName: 'current' });
const next = makeSigningIdentity({ commonName: 'next' });
const encryption = makeSigningIdentity({ commonName: 'encryption' });

const keyDescriptor = (use: string | undefined, b64: string) =>
  `<KeyDescriptor${use ? ` use="${use}"` : ''}><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>\n${b64.replace(/(.{64})/g, '$1\n')}\n</X509Certificate></X509Data></KeyInfo></KeyDescriptor>`;

/** Entra's Federation Metadata XML, trimmed: default namespaces, an encryption key first, two signing keys while it rotates. */
const entraLike = `<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_a1" entityID="https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <RoleDescriptor xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="fed:SecurityTokenServiceType" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"/>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${keyDescriptor('encryption', encryption.certificateBase64)}
    ${keyDescriptor('signing', current.certificateBase64)}
    ${keyDescriptor(undefined, next.certificateBase64)}
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2/post"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>`;

describe('IdP metadata', () => {
  it('yields the entity ID, the HTTP-Redirect SSO URL and the signing certificates (not the encryption one)', () => {
    const read = readIdpMetadata(entraLike);
    if (!read.ok) throw new Error(JSON.stringify(read.diagnosis.evidence));
    expect(read.metadata.entityId).toBe('https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/');
    expect(read.metadata.ssoUrl).toBe('https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2');
    expect(read.metadata.ssoBinding).toBe('HTTP-Redirect');
    expect(read.metadata.signingCertificates.map((c) => c.subject)).toEqual(['CN=current', 'CN=next']);
    // The first signing certificate is what the admin pastes: it reads back as the same certificate.
    const pasted = readIdpCertificate(read.metadata.signingCertificates[0]!.pem);
    expect(pasted.ok && pasted.certificate.fingerprintSha256).toBe(read.metadata.signingCertificates[0]!.fingerprintSha256);
  });

  it('an IdP that offers only HTTP-POST: its POST URL, said so', () => {
    const postOnly = entraLike.replace(/<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"[^>]*\/>/, '');
    const read = readIdpMetadata(postOnly);
    expect(read.ok && [read.metadata.ssoBinding, read.metadata.ssoUrl]).toEqual(['HTTP-POST', 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/saml2/post']);
  });

  it('inside an EntitiesDescriptor (a federation file): the IdP entity', () => {
    const read = readIdpMetadata(`<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${entraLike.replace(/^<\?xml[^>]*>/, '')}</md:EntitiesDescriptor>`);
    expect(read.ok && read.metadata.entityId).toBe('https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/');
  });

  it.each([
    ['not XML', 'hello <', /^not well-formed XML/],
    ['a DOCTYPE', '<!DOCTYPE x><x/>', /DOCTYPE/],
    ['another document', '<html><body>Sign in</body></html>', /no md:EntityDescriptor/],
    ['a service provider’s metadata', '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://huggingface.co/saml/metadata/acme"><SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></EntityDescriptor>', /no IDPSSODescriptor/],
    ['no signing certificate', entraLike.replace(/<KeyDescriptor(?! use="encryption")[\s\S]*?<\/KeyDescriptor>/g, ''), /no signing certificate/],
    ['no SSO service', entraLike.replace(/<SingleSignOnService[^>]*\/>/g, ''), /no SingleSignOnService/],
  ])('%s: SAML_METADATA_INVALID with the reason', (_name, xml, detail) => {
    const read = readIdpMetadata(xml);
    expect(!read.ok && read.diagnosis.code).toBe('SAML_METADATA_INVALID');
    expect(!read.ok && read.diagnosis.evidence.detail).toMatch(detail);
  });
});
