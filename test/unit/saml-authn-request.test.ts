/** The SP-initiated AuthnRequest, as the Hub sends it, in the HTTP-Redirect binding. */
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { hubSamlAcsUrl } from '../../common/rules/hub-urls';
import { buildAuthnRequest } from '../../main/core/saml';

const acsUrl = hubSamlAcsUrl('acme');
const spEntityId = 'https://huggingface.co/saml/metadata/acme';

function decode(url: string) {
  const u = new URL(url);
  const xml = inflateRawSync(Buffer.from(u.searchParams.get('SAMLRequest')!, 'base64')).toString('utf8');
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  const byName = (ns: string, name: string) => root.getElementsByTagNameNS(ns, name)[0];
  return { u, xml, root, byName };
}
const P = 'urn:oasis:names:tc:SAML:2.0:protocol';
const A = 'urn:oasis:names:tc:SAML:2.0:assertion';

describe('AuthnRequest (HTTP-Redirect)', () => {
  it('carries a fresh ID, our SP Entity ID, the Hub’s ACS over HTTP-POST and NameIDPolicy EmailAddress', async () => {
    const request = await buildAuthnRequest({ ssoUrl: 'https://acme.okta.com/app/acme_hf_1/exk123/sso/saml', spEntityId, acsUrl, relayState: 'test-7' });
    const { u, root, byName } = decode(request.url);
    expect(`${u.origin}${u.pathname}`).toBe('https://acme.okta.com/app/acme_hf_1/exk123/sso/saml');
    expect(u.searchParams.get('RelayState')).toBe('test-7');
    expect(root.localName).toBe('AuthnRequest');
    expect(root.namespaceURI).toBe(P);
    expect(root.getAttribute('ID')).toBe(request.id);
    expect(request.id).toMatch(/^_[0-9a-f]{40}$/);
    expect(root.getAttribute('AssertionConsumerServiceURL')).toBe('https://huggingface.co/organizations/acme/saml/consume');
    expect(root.getAttribute('ProtocolBinding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(root.getAttribute('Destination')).toBe('https://acme.okta.com/app/acme_hf_1/exk123/sso/saml');
    expect(byName(A, 'Issuer')?.textContent).toBe(spEntityId);
    expect(byName(P, 'NameIDPolicy')?.getAttribute('Format')).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
    // No RequestedAuthnContext: Entra refuses MFA and passwordless users when one asks for passwords (AADSTS75011).
    expect(byName(P, 'RequestedAuthnContext')).toBeUndefined();
    expect(Math.abs(Date.parse(request.issuedAt) - Date.now())).toBeLessThan(5000);
  });

  it('a new ID each time', async () => {
    const a = await buildAuthnRequest({ ssoUrl: 'https://acme.okta.com/sso', spEntityId, acsUrl });
    const b = await buildAuthnRequest({ ssoUrl: 'https://acme.okta.com/sso', spEntityId, acsUrl });
    expect(a.id).not.toBe(b.id);
  });

  it('keeps the query an SSO URL already has (Google’s idpid)', async () => {
    const request = await buildAuthnRequest({ ssoUrl: 'https://accounts.google.com/o/saml2/idp?idpid=C01abcd2e', spEntityId, acsUrl });
    const { u } = decode(request.url);
    expect(u.searchParams.get('idpid')).toBe('C01abcd2e');
    expect(u.searchParams.has('SAMLRequest')).toBe(true);
  });
});
