/**
 * A SAML configuration's values: what the store derives from the pasted certificate on every save, and the
 * tested values' fingerprint, which must move with every value a SAML test depends on (and with the protocol),
 * while an OIDC configuration's fingerprint stays what it was before SAML existed.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigFields, EMPTY_SAML_SETTINGS, type SamlSettings } from '../../common/contract';
import { configStatus } from '../../common/rules/config-status';
import { testFingerprint, testedValuesText } from '../../common/rules/test-fingerprint';
import { withCertificateFacts } from '../../main/core/saml/certificate-facts';
import { createConfigStore } from '../../main/core/store/config-store';
import { makeSigningIdentity } from '../fixtures/saml-idp/signing-identity';

const identity = makeSigningIdentity({ commonName: 'okta-signing', notAfter: new Date('2031-06-30T12:00:00Z') });
const other = makeSigningIdentity({ commonName: 'okta-signing-next' });
const saml = (s: Partial<SamlSettings> = {}): SamlSettings => ({ ...EMPTY_SAML_SETTINGS, spEntityId: 'https://huggingface.co/saml/metadata/acme', ssoUrl: 'https://acme.okta.com/app/x/sso/saml', certificate: identity.certificatePem, ...s });

describe('the certificate facts derived on save', () => {
  it('a certificate gives its SHA-256 and its last valid day', () => {
    const facts = withCertificateFacts(saml());
    expect(facts.certificateSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(facts.certificateExpiresOn).toBe('2031-06-30');
  });

  it('a text that is not a certificate still has a digest of its own (so a result never outlives a change), and no day', () => {
    const a = withCertificateFacts(saml({ certificate: 'not a certificate' }));
    const b = withCertificateFacts(saml({ certificate: 'not a certificate either' }));
    expect(a.certificateSha256).toMatch(/^text:[0-9a-f]{32}$/);
    expect(a.certificateSha256).not.toBe(b.certificateSha256);
    expect(a.certificateExpiresOn).toBeUndefined();
    expect(withCertificateFacts(saml({ certificate: '  ' }))).not.toHaveProperty('certificateSha256');
  });

  it('facts sent by a caller are never kept: they are recomputed from the certificate', () => {
    const forged = withCertificateFacts({ ...saml(), certificateSha256: 'AA:BB', certificateExpiresOn: '2099-01-01' });
    expect(forged.certificateSha256).not.toBe('AA:BB');
    expect(forged.certificateExpiresOn).toBe('2031-06-30');
  });
});

describe('the store keeps SAML values', () => {
  it('a saml patch merges into the saved settings, derives the facts, and un-ticks step 3 when a tested value changes', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'saml-config-'));
    try {
      const store = createConfigStore(dataDir, { clock: { now: () => Date.now() }, appVersion: 'test' });
      const created = await store.create({ orgId: 'acme', protocol: 'saml' });
      expect(created.saml).toEqual(EMPTY_SAML_SETTINGS);
      const filled = await store.update(created.id, { saml: { spEntityId: 'https://huggingface.co/saml/metadata/acme', certificate: identity.certificatePem } });
      expect(filled.saml).toMatchObject({ spEntityId: 'https://huggingface.co/saml/metadata/acme', ssoUrl: '', certificateExpiresOn: '2031-06-30' });
      await store.markCredentialsTested(created.id, filled.revision);
      expect((await store.get(created.id)).progress.done.credentials).toBe(true);
      // The name is not a tested value; the SSO URL is.
      await store.update(created.id, { name: 'Acme SAML' });
      expect((await store.get(created.id)).progress.done.credentials).toBe(true);
      const moved = await store.update(created.id, { saml: { ssoUrl: 'https://acme.okta.com/app/x/sso/saml' } });
      expect(moved.progress.done.credentials).toBe(false);
      expect(moved.saml.spEntityId).toBe('https://huggingface.co/saml/metadata/acme');
      const [summary] = await store.list();
      expect(summary).toMatchObject({ protocol: 'saml', saml: { ssoUrl: 'https://acme.okta.com/app/x/sso/saml', certificateSha256: moved.saml.certificateSha256 } });
      expect(summary!.saml).not.toHaveProperty('certificate');
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a configuration written before SAML reads as OIDC with empty SAML settings', () => {
    const old = ConfigFields.parse({ name: 'Old', orgId: 'acme', clientId: '0oa1', issuerUrl: 'https://acme.okta.com' });
    expect(old.protocol).toBe('oidc');
    expect(old.saml).toEqual(EMPTY_SAML_SETTINGS);
  });
});

describe('the tested values’ fingerprint', () => {
  const oidc = { orgId: 'acme', clientId: '0oa1', issuerUrl: 'https://acme.okta.com', requestGroups: false, secretRevision: 1 };

  it('an OIDC configuration’s fingerprint is the one it had before SAML (its stored verdicts still apply), whatever its SAML settings hold', () => {
    expect(testedValuesText(oidc)).toBe(JSON.stringify(['https://acme.okta.com', '0oa1', 1, 'https://huggingface.co/organizations/acme/oidc/consume', 'openid email profile', false]));
    expect(testFingerprint({ ...oidc, protocol: 'oidc', saml: withCertificateFacts(saml()) })).toBe(testFingerprint(oidc));
  });

  it('a SAML fingerprint moves with the protocol, the org (ACS), SP Entity ID, SSO URL, Issuer and certificate, and not with OIDC values', () => {
    const base = { ...oidc, protocol: 'saml' as const, saml: withCertificateFacts(saml()) };
    const fp = testFingerprint(base);
    expect(fp).not.toBe(testFingerprint(oidc));
    const changes = [
      { ...base, orgId: 'acme2' },
      { ...base, saml: withCertificateFacts(saml({ spEntityId: 'https://huggingface.co/saml/metadata/other' })) },
      { ...base, saml: withCertificateFacts(saml({ ssoUrl: 'https://acme.okta.com/app/y/sso/saml' })) },
      { ...base, saml: withCertificateFacts(saml({ idpEntityId: 'http://www.okta.com/exk1' })) },
      { ...base, saml: withCertificateFacts(saml({ certificate: other.certificatePem })) },
    ];
    const prints = changes.map(testFingerprint);
    expect(new Set([fp, ...prints]).size).toBe(changes.length + 1);
    expect(testFingerprint({ ...base, clientId: 'changed', secretRevision: 9 })).toBe(fp);
  });

  it('a pass recorded for the SAML values is the status; after the certificate changes it is "changed"', () => {
    const values = { ...oidc, protocol: 'saml' as const, saml: withCertificateFacts(saml()) };
    const pass = { at: '2026-12-01T10:00:00.000Z', fingerprint: testFingerprint(values), outcome: 'success' as const, user: 'bob@acme.example', warnings: [] };
    expect(configStatus({ ...values, verdict: { lastPass: pass, latest: pass } }).kind).toBe('passed');
    const rotated = { ...values, saml: withCertificateFacts(saml({ certificate: other.certificatePem })) };
    expect(configStatus({ ...rotated, verdict: { lastPass: pass, latest: pass } }).kind).toBe('changed');
  });
});
