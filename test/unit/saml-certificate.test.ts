/**
 * The IdP certificate as pasted in the Hub's SSO settings: each wrong paste has its own code (and a private
 * key is never quoted back); its expiry is judged like an Entra secret's (warning from 30 days ahead), in a
 * validation too: a certificate that expires soon passes with a warning, an expired one fails.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SECRET_EXPIRY_WARNING_DAYS } from '../../common/rules/secret-expiry';
import { buildAuthnRequest, certificateExpiry, readIdpCertificate, validateSamlResponse } from '../../main/core/saml';
import { startSamlIdp } from '../fixtures/saml-idp';
import { makeSigningIdentity } from '../fixtures/saml-idp/signing-identity';

const DAY = 86_400_000;
const identity = makeSigningIdentity({ commonName: 'okta-signing' });

describe('reading the pasted IdP certificate', () => {
  it('reads a PEM certificate, Windows line endings and surrounding blanks included', () => {
    const read = readIdpCertificate(`\r\n  ${identity.certificatePem.replace(/\n/g, '\r\n')}  \r\n`);
    if (!read.ok) throw new Error(read.diagnosis.code);
    expect(read.certificate.subject).toBe('CN=okta-signing');
    expect(read.certificate.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(read.certificate.pem).toBe(identity.certificatePem);
  });

  it('the base64 alone, without BEGIN/END lines: SAML_CERT_NOT_PEM, recognised as a certificate', () => {
    const read = readIdpCertificate(identity.certificateBase64);
    expect(!read.ok && read.diagnosis.code).toBe('SAML_CERT_NOT_PEM');
    expect(!read.ok && read.diagnosis.evidence.detail).toBe('the base64 text of a certificate without the BEGIN CERTIFICATE / END CERTIFICATE lines');
  });

  it('a BEGIN line without its END line, or nothing: SAML_CERT_NOT_PEM', () => {
    const noEnd = identity.certificatePem.replace('-----END CERTIFICATE-----', '');
    expect(readIdpCertificate(noEnd)).toMatchObject({ ok: false, diagnosis: { code: 'SAML_CERT_NOT_PEM', evidence: { detail: 'no matching -----END CERTIFICATE----- line' } } });
    expect(readIdpCertificate('   ')).toMatchObject({ ok: false, diagnosis: { code: 'SAML_CERT_NOT_PEM' } });
    expect(readIdpCertificate('hello')).toMatchObject({ ok: false, diagnosis: { code: 'SAML_CERT_NOT_PEM', evidence: { detail: 'no -----BEGIN CERTIFICATE----- line' } } });
  });

  it('a private key: SAML_CERT_IS_PRIVATE_KEY, and the key is not quoted in the diagnosis', () => {
    const read = readIdpCertificate(identity.privateKeyPem);
    expect(!read.ok && read.diagnosis.code).toBe('SAML_CERT_IS_PRIVATE_KEY');
    const keyBody = identity.privateKeyPem.split('\n')[1]!;
    expect(JSON.stringify(read)).not.toContain(keyBody);
  });

  it('a public key, or base64 that is no certificate between the lines: SAML_CERT_NOT_A_CERTIFICATE', () => {
    const publicKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(readIdpCertificate(publicKey)).toMatchObject({ ok: false, diagnosis: { code: 'SAML_CERT_NOT_A_CERTIFICATE', evidence: { found: '-----BEGIN PUBLIC KEY-----' } } });
    const garbage = '-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGUgYXQgYWxs\n-----END CERTIFICATE-----';
    expect(readIdpCertificate(garbage)).toMatchObject({ ok: false, diagnosis: { code: 'SAML_CERT_NOT_A_CERTIFICATE' } });
  });
});

describe('the certificate’s expiry, with the Entra secret’s thresholds', () => {
  const notAfter = '2027-03-10T12:00:00.000Z';
  it('ok beyond 30 days, soon from 30 days ahead, expired from the exact instant', () => {
    expect(SECRET_EXPIRY_WARNING_DAYS).toBe(30);
    expect(certificateExpiry({ notAfter }, Date.parse(notAfter) - 31 * DAY).state).toBe('ok');
    expect(certificateExpiry({ notAfter }, Date.parse(notAfter) - 30 * DAY)).toMatchObject({ state: 'soon', daysLeft: 30, text: 'expires in 30 days (2027-03-10)' });
    expect(certificateExpiry({ notAfter }, Date.parse(notAfter) - 1)).toMatchObject({ state: 'soon', daysLeft: 0, text: 'expires today (2027-03-10)' });
    expect(certificateExpiry({ notAfter }, Date.parse(notAfter))).toMatchObject({ state: 'expired', text: 'expired today (2027-03-10)' });
    expect(certificateExpiry({ notAfter }, Date.parse(notAfter) + 3 * DAY)).toMatchObject({ state: 'expired', daysLeft: -3, text: 'expired 3 days ago (2027-03-10)' });
  });

  const acsUrl = 'https://huggingface.co/organizations/acme/saml/consume';
  const spEntityId = 'https://huggingface.co/saml/metadata/acme';
  async function validateWith(certificate: { notBefore?: Date; notAfter?: Date }) {
    const idp = await startSamlIdp({ shape: 'entra', certificate });
    try {
      const request = await buildAuthnRequest({ ssoUrl: idp.ssoUrl, spEntityId, acsUrl });
      const samlResponse = idp.respond({ inResponseTo: request.id, acsUrl, spEntityId });
      return await validateSamlResponse({ samlResponse, idpCertificate: idp.certificatePem, spEntityId, acsUrl, requestId: request.id });
    } finally {
      await idp.close();
    }
  }

  it('a certificate expiring in 10 days: the login passes with SAML_CERT_EXPIRES_SOON', async () => {
    const outcome = await validateWith({ notAfter: new Date(Date.now() + 10 * DAY) });
    expect(outcome.ok).toBe(true);
    expect(outcome.warnings.map((w) => [w.code, w.evidence.daysLeft])).toEqual([['SAML_CERT_EXPIRES_SOON', '10']]);
    expect(outcome.ok && outcome.certificate.expiry.state).toBe('soon');
  });

  it('an expired certificate: SAML_CERT_EXPIRED; one not valid yet: SAML_CERT_NOT_YET_VALID', async () => {
    const expired = await validateWith({ notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 2 * DAY) });
    expect(!expired.ok && [expired.diagnosis.code, expired.diagnosis.evidence.expiry]).toEqual(['SAML_CERT_EXPIRED', expect.stringMatching(/^expired 2 days ago/)]);
    const early = await validateWith({ notBefore: new Date(Date.now() + 2 * DAY), notAfter: new Date(Date.now() + 400 * DAY) });
    expect(!early.ok && early.diagnosis.code).toBe('SAML_CERT_NOT_YET_VALID');
  });
});
