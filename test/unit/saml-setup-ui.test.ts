/**
 * A SAML configuration in the UI, without a window: the inline checks that catch a value pasted into the wrong
 * field, the draft's SAML values against the saved ones (what Save and a test login send, what un-ticks step 3),
 * the status of the values on screen, and the SAML test's own stage list.
 */
import { describe, expect, it } from 'vitest';
import { ConfigFields, type Configuration } from '../../common/contract';
import { configStatus } from '../../common/rules/config-status';
import { checkSamlCertificate, checkSamlIssuer, checkSamlMetadataUrl, checkSamlSsoUrl, checkSpEntityId } from '../../common/rules/saml-field-checks';
import { SAML_VISIBLE_STAGES } from '../../common/rules/stage-labels';
import { testFingerprint } from '../../common/rules/test-fingerprint';
import { valuesOnScreen } from '../../renderer/src/state/config-status';
import { CREDENTIAL_FIELDS, credentialsEdited, draftChanges, savedSamlValue, STEP3_FIELDS } from '../../renderer/src/state/draft';
import { applyProgress, stageStates, startRun } from '../../renderer/src/state/test-run';
import { makeSigningIdentity } from '../fixtures/saml-idp/signing-identity';

const identity = makeSigningIdentity({ commonName: 'okta-signing' });
const configId = '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f';

function samlConfig(): Configuration {
  const fields = ConfigFields.parse({
    orgId: 'acme',
    idpKind: 'okta',
    protocol: 'saml',
    saml: { spEntityId: 'https://huggingface.co/organizations/acme/saml/metadata', ssoUrl: 'https://acme.okta.com/app/acme_hf/exk1/sso/saml', idpEntityId: 'http://www.okta.com/exk1', certificate: identity.certificatePem.trim(), metadataUrl: '' },
  });
  return {
    ...fields,
    saml: { ...fields.saml, certificateSha256: 'AA:BB' },
    id: configId,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    revision: 3,
    hasSecret: false,
    secretRevision: 0,
    progress: { done: {} },
    verdict: {},
  } as unknown as Configuration;
}

describe('SAML fields: a paste in the wrong field is named before anything is sent', () => {
  it('the Hub’s ACS URL is refused as the SP Entity ID and as the SSO URL, with where it goes', () => {
    const acs = 'https://huggingface.co/organizations/acme/saml/consume';
    expect(checkSpEntityId(acs).error).toMatch(/ACS URL/);
    expect(checkSamlSsoUrl(acs).error).toMatch(/ACS URL.*step 2/);
  });

  it('a metadata URL in the SSO URL field points to the metadata reader', () => {
    expect(checkSamlSsoUrl('https://acme.okta.com/app/exk1/sso/saml/metadata').error).toMatch(/metadata URL.*Read metadata/);
    expect(checkSamlSsoUrl('https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml?appid=1').error).toMatch(/metadata URL/);
    expect(checkSamlSsoUrl('https://acme.okta.com/app/acme_hf/exk1/sso/saml')).toEqual({});
    expect(checkSamlSsoUrl('http://acme.okta.com/sso').error).toMatch(/https/);
    expect(checkSamlSsoUrl('http://127.0.0.1:4000/sso').warning).toMatch(/this computer/);
  });

  it('the certificate box refuses a private key, a metadata document and a body without its PEM lines', () => {
    expect(checkSamlCertificate('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----').error).toMatch(/private key/);
    expect(checkSamlCertificate('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----').error).toMatch(/private key/);
    expect(checkSamlCertificate('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>').error).toMatch(/metadata document/);
    const body = identity.certificatePem.replace(/-----[A-Z ]+-----/g, '').trim();
    expect(checkSamlCertificate(body).error).toMatch(/BEGIN CERTIFICATE and END CERTIFICATE lines are missing/);
    expect(checkSamlCertificate(identity.certificatePem)).toEqual({});
    expect(checkSamlCertificate('').error).toMatch(/Paste/);
  });

  it('the optional Issuer and metadata URL may be empty, never a Hub address', () => {
    expect(checkSamlIssuer('')).toEqual({});
    expect(checkSamlIssuer('https://huggingface.co/acme').error).toMatch(/Hugging Face/);
    expect(checkSamlIssuer('urn:acme:idp')).toEqual({});
    expect(checkSamlMetadataUrl('')).toEqual({});
    expect(checkSamlMetadataUrl('http://idp.acme.example/metadata').error).toMatch(/https/);
  });

  it('what copy and paste hid in an SP Entity ID is named, and saved without it', () => {
    const pasted = '\u200Bhttps://huggingface.co/organizations/acme/saml/metadata ';
    expect(checkSpEntityId(pasted).warning).toMatch(/invisible/);
    expect(savedSamlValue('spEntityId', pasted)).toBe('https://huggingface.co/organizations/acme/saml/metadata');
    expect(checkSpEntityId('').error).toMatch(/SP Entity ID/);
    expect(checkSpEntityId('https://sp.acme.example/entity').warning).toMatch(/huggingface\.co/);
  });
});

describe('the draft’s SAML values', () => {
  it('sends only the SAML values that differ, as they will be saved (a PEM with CRLF is the same certificate)', () => {
    const config = samlConfig();
    const crlf = config.saml.certificate.replace(/\n/g, '\r\n') + '\r\n';
    const same = draftChanges({ config, draft: { saml: { certificate: crlf, ssoUrl: ` ${config.saml.ssoUrl}` } } }, STEP3_FIELDS);
    expect(same).toEqual({});
    const changed = draftChanges({ config, draft: { saml: { ssoUrl: 'https://acme.okta.com/app/other/sso/saml', certificate: crlf } } }, STEP3_FIELDS);
    expect(changed).toEqual({ saml: { ssoUrl: 'https://acme.okta.com/app/other/sso/saml' } });
  });

  it('an edited SAML value is an edit of what the test covers; the OIDC fields of a SAML configuration are not in the way', () => {
    const config = samlConfig();
    expect(CREDENTIAL_FIELDS).toContain('saml');
    expect(credentialsEdited({ config, draft: {} })).toBe(false);
    expect(credentialsEdited({ config, draft: { saml: { idpEntityId: 'http://www.okta.com/exk2' } } })).toBe(true);
    expect(credentialsEdited({ config, draft: { saml: { idpEntityId: ` ${config.saml.idpEntityId}` } } })).toBe(false);
  });

  it('a passing verdict stops applying on screen as soon as a tested SAML value is being edited', () => {
    const config = samlConfig();
    const fingerprint = testFingerprint(config);
    const pass = { at: '2026-12-01T11:00:00.000Z', fingerprint, outcome: 'success' as const, user: 'bob@acme.example', warnings: [] };
    const passed = { ...config, verdict: { lastPass: pass, latest: pass } } as Configuration;
    const before = configStatus(passed).kind;
    expect(before).toBe('passed');
    expect(configStatus(valuesOnScreen(passed, {})).kind).toBe(before);
    expect(configStatus(valuesOnScreen(passed, { saml: { ssoUrl: 'https://acme.okta.com/app/x/sso/saml' } })).kind).not.toBe(before);
    const otherCert = makeSigningIdentity({ commonName: 'other' }).certificatePem;
    expect(configStatus(valuesOnScreen(passed, { saml: { certificate: otherCert } })).kind).not.toBe(before);
    // The same certificate typed again (CRLF line ends) is not an edit.
    expect(configStatus(valuesOnScreen(passed, { saml: { certificate: config.saml.certificate.replace(/\n/g, '\r\n') } })).kind).toBe(before);
  });
});

describe('the SAML test’s stages', () => {
  it('start at the login window (no discovery), and follow the SAML list', () => {
    let run = startRun(configId, 0);
    expect(stageStates(run, SAML_VISIBLE_STAGES)['window-opened']).toBe('active');
    run = applyProgress(run, { testId: 't', configId, stage: 'window-opened', elapsedMs: 3 });
    run = applyProgress(run, { testId: 't', configId, stage: 'redirect-caught', elapsedMs: 900 });
    const states = stageStates(run, SAML_VISIBLE_STAGES);
    expect(states['window-opened']).toBe('done');
    expect(states['redirect-caught']).toBe('active');
    expect(states['validating-response']).toBe('pending');
    expect(states).not.toHaveProperty('discovery');
  });
});
