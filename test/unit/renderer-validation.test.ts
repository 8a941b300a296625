import { describe, expect, it } from 'vitest';
import { checkClientId, checkIssuerUrl, checkOrgId, checkSecret } from '../../common/rules/field-checks';
import { hubConsumeUri, hubSsoSettingsUrl } from '../../common/rules/hub-urls';

describe('inline validation of what the admin types', () => {
  it('organization identifier follows the contract (Hub names)', () => {
    expect(checkOrgId('acme-corp')).toEqual({});
    expect(checkOrgId('a')).toEqual({});
    expect(checkOrgId('').error).toMatch(/Enter/);
    expect(checkOrgId('-acme').error).toBeDefined();
    expect(checkOrgId('acme corp').error).toBeDefined();
    expect(checkOrgId('acme/../x').error).toBeDefined();
    expect(checkOrgId('x'.repeat(97)).error).toMatch(/96/);
    expect(checkOrgId(' acme ').warning).toMatch(/spaces/);
  });

  it('issuer must be https, except a test provider on loopback', () => {
    expect(checkIssuerUrl('https://acme.okta.com')).toEqual({});
    expect(checkIssuerUrl('https://acme.okta.com/oauth2/default')).toEqual({});
    expect(checkIssuerUrl('http://acme.okta.com').error).toMatch(/https/);
    expect(checkIssuerUrl('http://127.0.0.1:4000').warning).toMatch(/this computer/);
    expect(checkIssuerUrl('acme.okta.com').error).toMatch(/full URL/);
    expect(checkIssuerUrl('').error).toMatch(/Enter/);
    expect(checkIssuerUrl('https://user:pw@acme.okta.com').error).toMatch(/password/);
  });

  it('names the Okta admin-console mistake and the fix', () => {
    expect(checkIssuerUrl('https://acme-admin.okta.com').error).toContain('https://acme.okta.com');
    expect(checkIssuerUrl('https://acme-admin.oktapreview.com/').error).toContain('https://acme.oktapreview.com');
  });

  it('warns about a pasted discovery URL (the main side trims it)', () => {
    expect(checkIssuerUrl('https://acme.okta.com/.well-known/openid-configuration').warning).toMatch(/discovery/);
  });

  it('client ID and secret', () => {
    expect(checkClientId('0oa1b2c3')).toEqual({});
    expect(checkClientId('0oa 1b2').error).toMatch(/spaces/);
    expect(checkClientId('').error).toBeDefined();
    expect(checkSecret('').error).toBeDefined();
    expect(checkSecret('s3cret')).toEqual({});
    expect(checkSecret(' s3cret').warning).toBeDefined();
    expect(checkSecret('x'.repeat(1025)).error).toBeDefined();
  });

  it('builds the Hub addresses from the organization identifier, URL-encoded', () => {
    expect(hubConsumeUri('acme')).toBe('https://huggingface.co/organizations/acme/oidc/consume');
    expect(hubConsumeUri(' acme.corp ')).toBe('https://huggingface.co/organizations/acme.corp/oidc/consume');
    expect(hubConsumeUri('a b')).toBe('https://huggingface.co/organizations/a%20b/oidc/consume');
    expect(hubSsoSettingsUrl('acme')).toBe('https://huggingface.co/organizations/acme/settings/sso');
  });
});

describe('values pasted into the wrong field are caught before any network call', () => {
  it('the Hub’s consume URI as the Issuer URL', () => {
    expect(checkIssuerUrl('https://huggingface.co/organizations/acme/oidc/consume').error).toMatch(/Hub’s redirect URI.*Sign-in redirect URIs/);
    expect(checkIssuerUrl('https://huggingface.co/organizations/acme/settings/sso').error).toMatch(/Hugging Face address/);
  });

  it('a secret in Client ID, an Okta client id in Client secret', () => {
    const secret = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d-_x';
    expect(checkClientId(secret).error).toMatch(/looks like a client secret \(43 characters\)/);
    expect(checkClientId('0oa8f2k1x9EXAMPLE697')).toEqual({});
    expect(checkSecret('0oa8f2k1x9EXAMPLE697').error).toMatch(/Okta Client ID/);
    expect(checkSecret(secret)).toEqual({});
  });

  it('an org identifier given as a Hub address: offers the identifier', () => {
    for (const url of ['https://huggingface.co/acme', 'https://huggingface.co/organizations/acme/settings/sso', 'huggingface.co/acme']) {
      const check = checkOrgId(url);
      expect(check.error, url).toMatch(/identifier only/);
      expect(check.suggestion, url).toBe('acme');
    }
  });

  it('an org identifier with capitals: kept, with the exact-match note', () => {
    const check = checkOrgId('Acme-Corp');
    expect(check.error).toBeUndefined();
    expect(check.warning).toMatch(/Okta matches the redirect URI exactly, case included/);
  });

  it('invisible characters and spaces are stripped and the field says so', () => {
    expect(checkClientId('\u200B0oa8f2k1x9EXAMPLE697\u00A0').warning).toMatch(/Removed 1 invisible character \(zero-width\), 1 non-breaking space/);
    expect(checkIssuerUrl(' https://acme.okta.com\uFEFF').warning).toMatch(/invisible character/);
    expect(checkOrgId('acme\u200D').warning).toMatch(/invisible/);
    expect(checkSecret('s3cret\u200B').warning).toMatch(/invisible/);
  });
});
