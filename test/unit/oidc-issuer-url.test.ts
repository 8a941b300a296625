import { describe, expect, it } from 'vitest';
import { normalizeIssuerUrl, oktaHostForAdminHost } from '../../common/rules/issuer-url';
import { adminHostForOktaHost, oktaAdminConsoleUrl, oktaOrgIssuerForDomain } from '../../common/idp/okta/console-url';
import { hubConsumeUri } from '../../common/rules/hub-urls';

function issuerOf(raw: string): string {
  const n = normalizeIssuerUrl(raw);
  if (!n.ok) throw new Error(`expected ok, got ${n.diagnosis.code}`);
  return n.issuer;
}
function codeOf(raw: string): string {
  const n = normalizeIssuerUrl(raw);
  if (n.ok) throw new Error(`expected a diagnosis, got ${n.issuer}`);
  return n.diagnosis.code;
}

describe('normalizeIssuerUrl', () => {
  it('keeps a clean Okta org issuer as is', () => {
    const n = normalizeIssuerUrl('https://acme.okta.com');
    expect(n).toMatchObject({ ok: true, issuer: 'https://acme.okta.com', discoveryUrl: 'https://acme.okta.com/.well-known/openid-configuration', hadTrailingSlash: false, changes: [] });
  });

  it('trims spaces, zero-width characters and quotes', () => {
    expect(issuerOf('  https://acme.okta.com \n')).toBe('https://acme.okta.com');
    expect(issuerOf('\u200Bhttps://acme.okta.com\uFEFF')).toBe('https://acme.okta.com');
    expect(issuerOf('"https://acme.okta.com"')).toBe('https://acme.okta.com');
  });

  it('drops a trailing slash but remembers it', () => {
    const n = normalizeIssuerUrl('https://acme.okta.com/');
    expect(n).toMatchObject({ ok: true, issuer: 'https://acme.okta.com', hadTrailingSlash: true });
    expect(normalizeIssuerUrl('https://acme.okta.com/oauth2/default/')).toMatchObject({ ok: true, issuer: 'https://acme.okta.com/oauth2/default', hadTrailingSlash: true });
  });

  it('accepts a pasted discovery URL, with or without ?client_id=', () => {
    expect(issuerOf('https://acme.okta.com/.well-known/openid-configuration')).toBe('https://acme.okta.com');
    expect(issuerOf('https://acme.okta.com/oauth2/default/.well-known/openid-configuration?client_id=0oa1')).toBe('https://acme.okta.com/oauth2/default');
    expect(issuerOf('https://acme.okta.com/oauth2/aus9/.well-known/oauth-authorization-server')).toBe('https://acme.okta.com/oauth2/aus9');
    const n = normalizeIssuerUrl('https://acme.okta.com/.well-known/openid-configuration');
    expect(n.ok && n.changes.join(' ')).toContain('.well-known');
  });

  it('strips a pasted Okta endpoint path back to its issuer', () => {
    expect(issuerOf('https://acme.okta.com/oauth2/v1/authorize')).toBe('https://acme.okta.com');
    expect(issuerOf('https://acme.okta.com/oauth2/default/v1/keys')).toBe('https://acme.okta.com/oauth2/default');
  });

  it('adds https:// to a bare host name and lowercases the host', () => {
    expect(issuerOf('acme.okta.com')).toBe('https://acme.okta.com');
    expect(issuerOf('https://ACME.Okta.com/oauth2/Default')).toBe('https://acme.okta.com/oauth2/Default');
  });

  it('turns the -admin console host into ISSUER_ADMIN_CONSOLE_URL with the corrected issuer', () => {
    const n = normalizeIssuerUrl('https://acme-admin.okta.com/admin/dashboard');
    expect(n.ok).toBe(false);
    if (n.ok) return;
    expect(n.diagnosis.code).toBe('ISSUER_ADMIN_CONSOLE_URL');
    expect(n.diagnosis.evidence.suggestedIssuer).toBe('https://acme.okta.com');
    const custom = normalizeIssuerUrl('https://dev-12345-admin.oktapreview.com/oauth2/default');
    expect(!custom.ok && custom.diagnosis.evidence.suggestedIssuer).toBe('https://dev-12345.oktapreview.com/oauth2/default');
  });

  it('requires https except on loopback hosts', () => {
    expect(codeOf('http://acme.okta.com')).toBe('ISSUER_NOT_HTTPS');
    for (const loop of ['http://127.0.0.1:4000', 'http://localhost:4000/oauth2/default', 'http://[::1]:4000']) {
      const n = normalizeIssuerUrl(loop);
      expect(n).toMatchObject({ ok: true, insecureLoopback: true });
    }
    expect(normalizeIssuerUrl('https://127.0.0.1:4000')).toMatchObject({ ok: true, insecureLoopback: false });
  });

  it('refuses what is not a URL', () => {
    expect(codeOf('')).toBe('ISSUER_URL_INVALID');
    expect(codeOf('   ')).toBe('ISSUER_URL_INVALID');
    expect(codeOf('my okta')).toBe('ISSUER_URL_INVALID');
    expect(codeOf('ftp://acme.okta.com')).toBe('ISSUER_URL_INVALID');
    expect(codeOf('https://user:pw@acme.okta.com')).toBe('ISSUER_URL_INVALID');
    expect(codeOf('https://')).toBe('ISSUER_URL_INVALID');
  });
});

describe('hubConsumeUri', () => {
  it('is the Hub consume URI for the organization, encoded', () => {
    expect(hubConsumeUri('acme-corp')).toBe('https://huggingface.co/organizations/acme-corp/oidc/consume');
    expect(hubConsumeUri('a b/c')).toBe('https://huggingface.co/organizations/a%20b%2Fc/oidc/consume');
  });
});

describe('Hub addresses pasted as the issuer', () => {
  it('names the consume URI and any other huggingface.co page, before any network call', () => {
    const consume = normalizeIssuerUrl('https://huggingface.co/organizations/acme/oidc/consume');
    expect(consume.ok).toBe(false);
    if (!consume.ok) expect(consume.diagnosis.code).toBe('ISSUER_IS_HUB_REDIRECT_URI');
    const other = normalizeIssuerUrl('huggingface.co/acme');
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.diagnosis.code).toBe('ISSUER_IS_HUB_ADDRESS');
  });
});

describe('the admin’s own Okta Admin Console from the issuer or the Okta domain', () => {
  it('adminHostForOktaHost is the inverse of oktaHostForAdminHost', () => {
    for (const org of ['acme.okta.com', 'dev-12345.oktapreview.com', 'acme.okta-emea.com', 'agency.okta-gov.com']) {
      const admin = adminHostForOktaHost(org);
      expect(admin).toBe(org.replace('.', '-admin.'));
      expect(oktaHostForAdminHost(admin!)).toBe(org);
    }
    expect(adminHostForOktaHost('ACME.Okta.com')).toBe('acme-admin.okta.com');
  });

  it('adminHostForOktaHost refuses hosts that are not an Okta org host', () => {
    expect(adminHostForOktaHost('acme-admin.okta.com')).toBeUndefined();
    expect(adminHostForOktaHost('login.acme.com')).toBeUndefined();
    expect(adminHostForOktaHost('okta.com')).toBeUndefined();
    expect(adminHostForOktaHost('a.b.okta.com')).toBeUndefined();
    expect(adminHostForOktaHost('acme.okta.com.evil.example')).toBeUndefined();
  });

  it('derives the console from the org issuer, a custom authorization server, a bare domain or the console itself', () => {
    expect(oktaAdminConsoleUrl('https://acme.okta.com')).toBe('https://acme-admin.okta.com');
    expect(oktaAdminConsoleUrl('https://acme.okta.com/oauth2/default')).toBe('https://acme-admin.okta.com');
    expect(oktaAdminConsoleUrl(' acme.okta.com ')).toBe('https://acme-admin.okta.com');
    expect(oktaAdminConsoleUrl('https://dev-12345.oktapreview.com/oauth2/aus9/')).toBe('https://dev-12345-admin.oktapreview.com');
    expect(oktaAdminConsoleUrl('https://acme-admin.okta.com/admin/dashboard')).toBe('https://acme-admin.okta.com');
  });

  it('gives no console for a custom domain, a test IdP, plain http or nothing', () => {
    expect(oktaAdminConsoleUrl('https://login.acme.com')).toBeUndefined();
    expect(oktaAdminConsoleUrl('http://127.0.0.1:4000')).toBeUndefined();
    expect(oktaAdminConsoleUrl('http://acme.okta.com')).toBeUndefined();
    expect(oktaAdminConsoleUrl('https://acme.okta.com:8443')).toBeUndefined();
    expect(oktaAdminConsoleUrl('')).toBeUndefined();
    expect(oktaAdminConsoleUrl('acme')).toBeUndefined();
  });

  it('turns a typed Okta domain into the org issuer (never the -admin host)', () => {
    expect(oktaOrgIssuerForDomain('acme.okta.com')).toBe('https://acme.okta.com');
    expect(oktaOrgIssuerForDomain('https://acme-admin.okta.com/admin/apps')).toBe('https://acme.okta.com');
    expect(oktaOrgIssuerForDomain('login.acme.com')).toBeUndefined();
    expect(oktaOrgIssuerForDomain('acme')).toBeUndefined();
  });
});
