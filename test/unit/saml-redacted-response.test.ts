/**
 * The SAML response kept as evidence (main/core/saml/redacted-response.ts): from a real signed response of the
 * fixture in each IdP's shape, the outline keeps the structure (Issuer, Conditions, Audience, attribute
 * Names, which parts are signed) and loses what would let it be replayed or would name the person.
 */
import { describe, expect, it } from 'vitest';
import { redactedResponseXml } from '../../main/core/saml/redacted-response';
import { SAML_IDP_SHAPES, SAML_USERS, startSamlIdp } from '../fixtures/saml-idp';

describe.each(SAML_IDP_SHAPES)('the redacted response, %s shape', (shape) => {
  it('keeps the structure, removes signature and digest values, masks the NameID and every attribute value', async () => {
    const idp = await startSamlIdp({ shape });
    try {
      const raw = idp.respond({ inResponseTo: '_req1', acsUrl: 'https://huggingface.co/organizations/acme/saml/consume', spEntityId: 'https://huggingface.co/saml/metadata/acme' }, SAML_USERS.bob);
      const xml = Buffer.from(raw, 'base64').toString('utf8');
      const outline = redactedResponseXml(raw)!;
      for (const kept of [idp.entityId, 'https://huggingface.co/saml/metadata/acme', 'InResponseTo="_req1"', 'SignedInfo', 'NotOnOrAfter']) expect(outline).toContain(kept);
      const secrets = [...xml.matchAll(/<(?:\w+:)?(?:SignatureValue|DigestValue)>([^<]+)</g)].map((m) => m[1]!.trim());
      expect(secrets.length).toBeGreaterThanOrEqual(4);
      for (const s of secrets) expect(outline).not.toContain(s.slice(0, 24));
      expect(xml).toContain('bob@acme.example');
      expect(outline).not.toContain('bob@acme.example');
      expect(outline).toContain('b•••@acme.example');
      for (const value of [SAML_USERS.bob.givenName, SAML_USERS.bob.surname, 'hf-readers']) expect(outline).not.toMatch(new RegExp(`>${value}<`));
      expect(outline).not.toContain(raw.slice(0, 40));
    } finally {
      await idp.close();
    }
  });
});

it('not XML: no outline (the record keeps none rather than the raw text)', () => {
  expect(redactedResponseXml(Buffer.from('<<<not xml', 'utf8').toString('base64'))).toBeUndefined();
});
