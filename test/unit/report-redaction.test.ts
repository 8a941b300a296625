/**
 * The evidence report's "redacted" choice masks the tested user wherever the report names them, the status
 * line included (it says who passed), for OIDC and SAML configurations alike; "all" shows them.
 */
import { describe, expect, it } from 'vitest';
import { ConfigFields, type Configuration } from '../../common/contract';
import { testFingerprint } from '../../common/rules/test-fingerprint';
import { buildReportData } from '../../main/core/report/report-data';
import { renderReportHtml } from '../../main/core/report/report-html';
import { withSamlFacts } from '../../main/core/saml/certificate-facts';
import { makeSigningIdentity } from '../fixtures/saml-idp/signing-identity';

const identity = makeSigningIdentity({ commonName: 'entra-signing' });

function configuration(fields: Partial<ConfigFields>): Configuration {
  const parsed = withSamlFacts(ConfigFields.parse({ name: 'Contoso', orgId: 'acme', clientId: '0oa1', issuerUrl: 'https://acme.okta.com', ...fields }));
  const base = { ...parsed, secretRevision: 1 };
  const pass = { at: '2026-12-01T10:00:00.000Z', fingerprint: testFingerprint(base), outcome: 'success' as const, user: 'carol@acme.example', warnings: [] };
  return {
    ...base,
    id: '00000000-0000-4000-8000-000000000002',
    revision: 2,
    hasSecret: true,
    progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'enableSso' },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    verdict: { lastPass: pass, latest: pass },
  };
}
const report = (c: Configuration, claims: 'all' | 'redacted') => renderReportHtml(buildReportData({ config: c, history: [], claims, now: '2026-12-01T12:00:00.000Z', appVersion: '1.0.0' }), { timeZone: 'UTC' });

describe.each([
  ['OIDC', {}],
  ['SAML', { protocol: 'saml', idpKind: 'entra', saml: { spEntityId: 'https://huggingface.co/saml/metadata/acme', ssoUrl: 'https://login.microsoftonline.com/t/saml2', idpEntityId: '', certificate: identity.certificatePem, metadataUrl: '' } }],
] as const)('%s: the status line names the tested user', (_protocol, fields) => {
  it('masked when redacted, in full when not', () => {
    const c = configuration(fields as Partial<ConfigFields>);
    const redacted = report(c, 'redacted');
    expect(redacted).toContain('Passed');
    expect(redacted).not.toContain('carol@acme.example');
    expect(redacted).toContain('c•••@acme.example');
    expect(report(c, 'all')).toContain('carol@acme.example');
  });
});

it('a SAML report lists the values as the Hub’s SSO settings name them, and the certificate’s expiry', () => {
  const c = configuration({ protocol: 'saml', idpKind: 'entra', saml: { spEntityId: 'https://huggingface.co/saml/metadata/acme', ssoUrl: 'https://login.microsoftonline.com/t/saml2', idpEntityId: '', certificate: identity.certificatePem, metadataUrl: '' } });
  const html = report(c, 'redacted');
  for (const row of ['Assertion Consumer Service URL (Hub)</th><td>https://huggingface.co/organizations/acme/saml/consume', 'SP Entity ID (Hub)</th><td>https://huggingface.co/saml/metadata/acme', 'Sign-on URL (IdP SSO URL)', 'Microsoft Entra ID, SAML 2.0', c.saml.certificateSha256!, 'Certificate expiry</th><td>expires in']) expect(html).toContain(row);
  expect(html).not.toContain('Client ID</th>');
});
