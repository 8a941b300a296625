/**
 * The Google Workspace profile below the UI: Google's error pages and
 * `error=` answers to their codes (Google's error name in the evidence), the
 * token endpoint's invalid_client as a wrong secret, the embedded-browser
 * refusal (a 403 page, and a 200 page at /v3/signin/rejected) with what was
 * verified all the same, the issuer, the field shapes, and no groups claim.
 */
import { describe, expect, it } from 'vitest';
import { idpProfile } from '../../common/idp/profiles';
import { checkClientId, checkIssuerUrl, checkSecret } from '../../common/rules/field-checks';
import { normalizeIssuerUrl } from '../../common/rules/issuer-url';
import { previewRoleMapping } from '../../common/rules/role-mapping';
import { isEmbeddedRefusalUrl, isIdpStopPage } from '../../main/core/auth-window-rules';
import { authorizeErrorDiagnosis, errorPageDiagnosis, windowOutcomeDiagnosis } from '../../main/core/oidc/authorize-errors';
import { summarizeClaims } from '../../main/core/oidc/claims';

const google = idpProfile('google');
const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';
const CLIENT = '123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com';
const AUTH = `https://accounts.google.com/o/oauth2/v2/auth?client_id=${CLIENT}&state=s3cret-state&nonce=n0nce-1`;
const page = (status: number, title: string, text: string, url = AUTH) => ({ kind: 'error-page' as const, status, url, title, text });

describe('Google: its error pages', () => {
  it.each([
    [400, 'Error 400: redirect_uri_mismatch', "Access blocked: This app’s request is invalid\nYou can’t sign in because this app sent an invalid request.\nError 400: redirect_uri_mismatch", 'GOOGLE_REDIRECT_URI_MISMATCH', 'redirect_uri_mismatch'],
    [401, 'Error 401: invalid_client', 'Access blocked: Authorization Error\nThe OAuth client was not found.\nError 401: invalid_client', 'GOOGLE_INVALID_CLIENT', 'invalid_client'],
    [403, 'Error 403: org_internal', 'Access blocked: Hugging Face SSO can only be used within its organization\nError 403: org_internal', 'GOOGLE_ORG_INTERNAL', 'org_internal'],
    [400, 'Error 400: admin_policy_enforced', 'Access blocked: Authorization Error\nAccess to your account is restricted by policies within your organization.\nError 400: admin_policy_enforced', 'GOOGLE_ADMIN_POLICY_ENFORCED', 'admin_policy_enforced'],
  ])('HTTP %s "%s" → %s', (status, title, text, code, name) => {
    const d = errorPageDiagnosis(page(status, title, text), CONSUME, google);
    expect(d.code).toBe(code);
    expect(d.evidence.googleError).toBe(name);
    expect(d.evidence.googleLine).toBe(title);
    expect(d.evidence.url).not.toContain('s3cret-state');
  });

  it('the redirect URI mismatch keeps the Hub’s redirect URI in the evidence', () => {
    expect(errorPageDiagnosis(page(400, 'Error 400: redirect_uri_mismatch', 'Error 400: redirect_uri_mismatch'), CONSUME, google).evidence.redirectUri).toBe(CONSUME);
  });

  it('at the redirect URI: admin_policy_enforced and org_internal by name; a plain access_denied stays shared', () => {
    const at = (error: string, error_description = '') => authorizeErrorDiagnosis(new URLSearchParams({ error, error_description }), CONSUME, google).code;
    expect(at('admin_policy_enforced')).toBe('GOOGLE_ADMIN_POLICY_ENFORCED');
    expect(at('access_denied', 'org_internal')).toBe('GOOGLE_ORG_INTERNAL');
    expect(at('access_denied')).toBe('ACCESS_DENIED');
  });
});

describe('Google: token endpoint', () => {
  it('401 invalid_client ("Unauthorized") after a sign-in Google accepted is the secret: GOOGLE_CLIENT_SECRET_INVALID, no probe', () => {
    expect(google.errors.tokenDecisive!({ status: 401, error: 'invalid_client', description: 'Unauthorized' })).toEqual({
      code: 'GOOGLE_CLIENT_SECRET_INVALID',
      evidence: { googleError: 'invalid_client', status: 401 },
    });
  });

  it('"The OAuth client was not found." is the client id; other errors are left to the shared codes', () => {
    expect(google.errors.tokenDecisive!({ status: 401, error: 'invalid_client', description: 'The OAuth client was not found.' })?.code).toBe('GOOGLE_INVALID_CLIENT');
    expect(google.errors.tokenDecisive!({ status: 400, error: 'invalid_grant', description: 'Bad Request' })).toBeUndefined();
  });
});

describe('Google: the embedded-browser refusal', () => {
  const rejected = 'https://accounts.google.com/v3/signin/rejected?continue=https%3A%2F%2Faccounts.google.com&dsh=S-1&flowName=GeneralOAuthFlow';

  it('the windows stop at /v3/signin/rejected although it answers 200 (any host: the fixture serves it on 127.0.0.1)', () => {
    expect(isIdpStopPage(rejected, 200)).toBe(true);
    expect(isIdpStopPage('http://127.0.0.1:4200/v3/signin/rejected', 200)).toBe(true);
    expect(isEmbeddedRefusalUrl('https://accounts.google.com/v3/signin/identifier?flowName=GeneralOAuthFlow')).toBe(false);
    expect(isIdpStopPage('https://accounts.google.com/v3/signin/identifier', 200)).toBe(false);
    expect(isIdpStopPage('https://acme.okta.com/oauth2/v1/authorize', 400)).toBe(true);
  });

  it('the 200 page → EMBEDDED_SIGNIN_REFUSED, whatever the profile, saying what was verified and what to do next', () => {
    for (const profile of ['google', 'okta', 'entra']) {
      const d = errorPageDiagnosis(page(200, 'Couldn’t sign you in', 'Couldn’t sign you in\nThis browser or app may not be secure. Learn more\nTry using a different browser.', rejected), CONSUME, idpProfile(profile));
      expect(d.code, profile).toBe('EMBEDDED_SIGNIN_REFUSED');
      expect(d.evidence.refusedBy).toBe('Google Workspace');
      expect(d.evidence.verified).toContain('Client ID');
      expect(d.fix.join(' ')).toMatch(/discovery.*Client ID.*redirect URI/s);
      expect(d.fix.join(' ')).toContain('"Update and Test OIDC configuration"');
      expect(d.cause).toContain('nothing against your configuration');
    }
  });

  it('the 403 variant "Error 403: disallowed_useragent" → EMBEDDED_SIGNIN_REFUSED, also through the window outcome', () => {
    const outcome = page(403, 'Error 403: disallowed_useragent', 'Access blocked: Hugging Face SSO’s request does not comply with Google’s policies\nError 403: disallowed_useragent');
    expect(windowOutcomeDiagnosis(outcome, CONSUME, 300_000, google).code).toBe('EMBEDDED_SIGNIN_REFUSED');
  });
});

describe('Google: issuer, fields and claims', () => {
  it('the issuer is https://accounts.google.com; an endpoint on it is trimmed, consoles are refused', () => {
    expect(normalizeIssuerUrl('https://accounts.google.com', 'google')).toMatchObject({ ok: true, issuer: 'https://accounts.google.com', changes: [] });
    expect(normalizeIssuerUrl('https://accounts.google.com/.well-known/openid-configuration')).toMatchObject({ ok: true, issuer: 'https://accounts.google.com' });
    expect(normalizeIssuerUrl('https://accounts.google.com/o/oauth2/v2/auth')).toMatchObject({ ok: true, issuer: 'https://accounts.google.com' });
    const console = normalizeIssuerUrl('https://console.cloud.google.com/auth/clients?project=acme');
    expect(!console.ok && console.diagnosis).toMatchObject({ code: 'GOOGLE_ISSUER_URL', evidence: { suggestedIssuer: 'https://accounts.google.com' } });
  });

  it('field hints: another https issuer in a Google configuration is flagged with the right one', () => {
    expect(checkIssuerUrl('https://accounts.google.com', 'google')).toEqual({});
    expect(checkIssuerUrl('https://acme.okta.com', 'google')).toMatchObject({ suggestion: 'https://accounts.google.com' });
    expect(checkIssuerUrl('https://acme.okta.com')).toEqual({});
  });

  it('a Google Client ID is accepted (it is long, but no secret); a GOCSPX- secret in its place is refused, and the reverse', () => {
    expect(checkClientId(CLIENT, 'google')).toEqual({});
    expect(checkClientId('GOCSPX-abcdefghijklmnopqrstuvwxyz12', 'google').error).toMatch(/client secret/);
    expect(checkClientId('hugging-face', 'google').warning).toMatch(/apps\.googleusercontent\.com/);
    expect(checkSecret(CLIENT, 'google').error).toMatch(/Client ID/);
    expect(checkSecret('GOCSPX-abcdefghijklmnopqrstuvwxyz12', 'google')).toEqual({});
  });

  it('hd is shown in the claims summary', () => {
    expect(summarizeClaims({ sub: '1', email: 'ada@acme.example', hd: 'acme.example' }).other.hd).toBe('acme.example');
  });

  it('the role preview says groups are not available with Google, instead of "path missing"', () => {
    const mapping = { attributePath: 'groups', rules: [{ idpValue: 'hf-admins', role: 'admin' as const }], resourceGroupRules: [] };
    const claims = { sub: '1', email: 'ada@acme.example', other: { hd: 'acme.example' } };
    const withGoogle = previewRoleMapping(claims, mapping, { idpKind: 'google' });
    expect(withGoogle.warnings).toContain(google.roleMapping.noGroupsText);
    expect(withGoogle.warnings.join(' ')).not.toMatch(/is missing from the claims/);
    expect(previewRoleMapping(claims, mapping, { idpKind: 'okta' }).warnings.join(' ')).toMatch(/is missing from the claims/);
  });
});
