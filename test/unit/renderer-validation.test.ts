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
