/**
 * The Microsoft Entra ID profile below the UI: AADSTS errors at the redirect
 * URI, on Microsoft's error page and at the token endpoint, each to its code
 * with the number in the evidence; the issuer forms the Hub's guide and admins
 * paste; the field shapes; the claim quirks (no email, overage, GUID groups).
 */
import { describe, expect, it } from 'vitest';
import { idpProfile } from '../../common/idp/profiles';
import { idpClaimFacts } from '../../common/idp/claim-facts';
import { checkClientId, checkIssuerUrl, checkSecret } from '../../common/rules/field-checks';
import { normalizeIssuerUrl } from '../../common/rules/issuer-url';
import { previewRoleMapping } from '../../common/rules/role-mapping';
import { authorizeErrorDiagnosis, errorPageDiagnosis } from '../../main/core/oidc/authorize-errors';
import { checkEmailClaims, checkGroupsClaim } from '../../main/core/oidc/id-token-checks';

const entra = idpProfile('entra');
const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '6731de76-14a6-49ae-97bc-6eba6914391e';
const trace = '\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2026-12-01 23:40:12Z';

const AADSTS: [string, string, string][] = [
  ['50011', `AADSTS50011: The redirect URI '${CONSUME}' specified in the request does not match the redirect URIs configured for the application '${APP}'.`, 'ENTRA_REDIRECT_URI_MISMATCH'],
  ['700016', `AADSTS700016: Application with identifier '${APP}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant.`, 'ENTRA_APP_NOT_FOUND'],
  ['7000215', `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.`, 'ENTRA_SECRET_INVALID'],
  ['7000222', `AADSTS7000222: The provided client secret keys for app '${APP}' are expired. Visit the Azure portal to create new keys for your app.`, 'ENTRA_SECRET_EXPIRED'],
  ['50105', `AADSTS50105: Your administrator has configured the application Hugging Face SSO ('${APP}') to block users unless they are specifically granted ('assigned') access to the application.`, 'ENTRA_USER_NOT_ASSIGNED'],
  ['65001', `AADSTS65001: The user or administrator has not consented to use the application with ID '${APP}' named 'Hugging Face SSO'.`, 'ENTRA_CONSENT_REQUIRED'],
  ['50020', `AADSTS50020: User account 'ada@fabrikam.com' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application '${APP}'.`, 'ENTRA_USER_WRONG_TENANT'],
  ['90014', "AADSTS90014: The required field 'client_secret' is missing from the credential. Ensure that you have all the necessary parameters for the login request.", 'ENTRA_MISSING_FIELD'],
  ['53003', 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'ENTRA_CONDITIONAL_ACCESS_BLOCKED'],
  ['50058', 'AADSTS50058: A silent sign-in request was sent but no user is signed in.', 'ENTRA_ERROR'],
];

describe('Entra: AADSTS errors at the redirect URI', () => {
  it.each(AADSTS)('AADSTS%s → its code, the number and Microsoft’s words (without the trace lines) in the evidence', (number, message, code) => {
    const params = new URLSearchParams({ error: 'access_denied', error_description: message + trace, state: 'st-1' });
    const d = authorizeErrorDiagnosis(params, `${CONSUME}?${params}`, entra);
    expect(d.code).toBe(code);
    expect(d.evidence.aadsts).toBe(number);
    expect(d.evidence.microsoft).toBe(message);
    expect(d.evidence.microsoft).not.toContain('Trace ID');
    expect(d.evidence.error).toBe('access_denied');
    expect(d.evidence.redirect).not.toContain('st-1');
  });

  it('an unknown AADSTS number is ENTRA_ERROR, titled with its number', () => {
    const params = new URLSearchParams({ error: 'interaction_required', error_description: 'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.' });
    const d = authorizeErrorDiagnosis(params, CONSUME, entra);
    expect(d.code).toBe('ENTRA_ERROR');
    expect(d.title).toBe('Microsoft Entra ID refused the login (AADSTS50076)');
  });

  it('without an AADSTS number the shared codes apply, quoting Microsoft', () => {
    const params = new URLSearchParams({ error: 'access_denied', error_description: 'The user has denied access to the scope requested by the client application.' });
    const d = authorizeErrorDiagnosis(params, CONSUME, entra);
    expect(d.code).toBe('ACCESS_DENIED');
    expect(d.cause).toContain('denied access to the scope');
  });

  it('the same description under the Okta profile is not read as Entra’s', () => {
    const params = new URLSearchParams({ error: 'access_denied', error_description: AADSTS[4]![1] });
    expect(authorizeErrorDiagnosis(params, CONSUME, idpProfile('okta')).code).toBe('ACCESS_DENIED');
  });
});

describe('Entra: Microsoft’s error page', () => {
  const page = (text: string, status = 400) => ({
    kind: 'error-page' as const,
    status,
    url: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize?client_id=${APP}&state=s3cret-state&nonce=n0nce`,
    title: 'Sign in to your account',
    text: `Sign in\nSorry, but we’re having trouble signing you in.\n\n${text}${trace}\n\nTroubleshooting details`,
  });

  it.each(AADSTS.slice(0, 9))('AADSTS%s on the page → its code', (number, message, code) => {
    const d = errorPageDiagnosis(page(message), CONSUME, entra);
    expect(d.code).toBe(code);
    expect(d.evidence.aadsts).toBe(number);
    expect(d.evidence.microsoft).toBe(message);
    expect(d.evidence.url).not.toContain('s3cret-state');
  });

  it('the redirect URI mismatch keeps the Hub’s redirect URI in the evidence', () => {
    expect(errorPageDiagnosis(page(AADSTS[0]![1]), CONSUME, entra).evidence.redirectUri).toBe(CONSUME);
  });

  it('a page without a number is IDP_ERROR_PAGE in Entra’s words', () => {
    const d = errorPageDiagnosis(page('Something went wrong.', 500), CONSUME, entra);
    expect(d.code).toBe('IDP_ERROR_PAGE');
    expect(d.fix.join(' ')).toContain('Microsoft Entra admin center');
  });
});

describe('Entra: token endpoint errors are decisive', () => {
  it.each([
    ['invalid_client', AADSTS[2]![1], 'ENTRA_SECRET_INVALID', '7000215'],
    ['invalid_client', AADSTS[3]![1], 'ENTRA_SECRET_EXPIRED', '7000222'],
    ['unauthorized_client', AADSTS[1]![1], 'ENTRA_APP_NOT_FOUND', '700016'],
    ['invalid_request', AADSTS[7]![1], 'ENTRA_MISSING_FIELD', '90014'],
    ['invalid_grant', 'AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new valid code.', 'ENTRA_ERROR', '54005'],
  ])('%s "%s" → %s', (error, description, code, number) => {
    const c = entra.errors.tokenDecisive!({ status: 401, error, description: description + trace });
    expect(c?.code).toBe(code);
    expect(c?.evidence?.aadsts).toBe(number);
  });

  it('an answer without an AADSTS number is left to the shared rule (the HTTP Basic probe)', () => {
    expect(entra.errors.tokenDecisive!({ status: 401, error: 'invalid_client', description: '' })).toBeUndefined();
  });
});

describe('Entra: issuer forms', () => {
  it('accepts the "OpenID Connect metadata document" URL the Hub’s guide has admins paste', () => {
    const n = normalizeIssuerUrl(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`, 'entra');
    expect(n).toMatchObject({ ok: true, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` });
  });

  it('accepts https://login.microsoftonline.com/<tenant>/v2.0 (a domain tenant too) unchanged', () => {
    for (const t of [TENANT, 'contoso.onmicrosoft.com']) {
      expect(normalizeIssuerUrl(`https://login.microsoftonline.com/${t}/v2.0`, 'entra')).toMatchObject({ ok: true, issuer: `https://login.microsoftonline.com/${t}/v2.0`, changes: [] });
    }
  });

  it('trims a pasted v2.0 endpoint to the issuer', () => {
    const n = normalizeIssuerUrl(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize?client_id=x`);
    expect(n).toMatchObject({ ok: true, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` });
  });

  it.each(['common', 'organizations', 'consumers'])('refuses the multi-tenant "%s" with ENTRA_ISSUER_TENANT_PLACEHOLDER', (tenant) => {
    const n = normalizeIssuerUrl(`https://login.microsoftonline.com/${tenant}/v2.0`);
    expect(n.ok).toBe(false);
    if (!n.ok) {
      expect(n.diagnosis.code).toBe('ENTRA_ISSUER_TENANT_PLACEHOLDER');
      expect(n.diagnosis.evidence.tenant).toBe(tenant);
    }
  });

  it('refuses the v1.0 issuer (sts.windows.net) and the v1.0 authority, suggesting the v2.0 issuer', () => {
    for (const raw of [`https://sts.windows.net/${TENANT}/`, `https://login.microsoftonline.com/${TENANT}`, `https://login.microsoftonline.com/${TENANT}/.well-known/openid-configuration`]) {
      const n = normalizeIssuerUrl(raw);
      expect(n.ok, raw).toBe(false);
      if (!n.ok) {
        expect(n.diagnosis.code, raw).toBe('ENTRA_ISSUER_V1');
        expect(n.diagnosis.evidence.suggestedIssuer, raw).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
      }
    }
  });

  it('refuses the portal addresses', () => {
    const n = normalizeIssuerUrl('https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps');
    expect(!n.ok && n.diagnosis.code).toBe('ENTRA_ISSUER_PORTAL_URL');
  });

  it('an Entra-like test IdP on 127.0.0.1 gets the tenant rules only in an Entra configuration', () => {
    expect(normalizeIssuerUrl('http://127.0.0.1:4100/common/v2.0', 'entra')).toMatchObject({ ok: false });
    expect(normalizeIssuerUrl('http://127.0.0.1:4100/common/v2.0', 'okta')).toMatchObject({ ok: true, issuer: 'http://127.0.0.1:4100/common/v2.0' });
    expect(normalizeIssuerUrl(`http://127.0.0.1:4100/${TENANT}/v2.0/.well-known/openid-configuration`, 'entra')).toMatchObject({ ok: true, issuer: `http://127.0.0.1:4100/${TENANT}/v2.0` });
  });

  it('at discovery time: an issuer holding {tenantid} or naming sts.windows.net is explained, not a bare mismatch', () => {
    const placeholder = entra.issuer.discoveryProblem!('https://login.microsoftonline.com/{tenantid}/v2.0', 'https://login.microsoftonline.com/common/v2.0');
    expect(placeholder?.code).toBe('ENTRA_ISSUER_TENANT_PLACEHOLDER');
    const v1 = entra.issuer.discoveryProblem!(`https://sts.windows.net/${TENANT}/`, `https://login.microsoftonline.com/${TENANT}`);
    expect(v1).toMatchObject({ code: 'ENTRA_ISSUER_V1', evidence: { suggestedIssuer: `https://login.microsoftonline.com/${TENANT}/v2.0` } });
    expect(entra.issuer.discoveryProblem!(`https://login.microsoftonline.com/${TENANT}/v2.0`, 'x')).toBeUndefined();
  });

  it('shared issuer codes speak Entra’s words in an Entra configuration, Okta’s otherwise', () => {
    const entraHub = normalizeIssuerUrl(CONSUME, 'entra');
    expect(!entraHub.ok && entraHub.diagnosis).toMatchObject({ code: 'ISSUER_IS_HUB_REDIRECT_URI', fix: [expect.stringContaining('Authentication → Web → Redirect URIs'), expect.any(String)] });
    const oktaHub = normalizeIssuerUrl(CONSUME);
    expect(!oktaHub.ok && oktaHub.diagnosis.fix.join(' ')).toContain('Sign-in redirect URIs');
  });

  it('field hints: metadata URL accepted with a note; common and v1 are errors with what to use', () => {
    expect(checkIssuerUrl(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`, 'entra').warning).toMatch(/metadata document URL is accepted/);
    expect(checkIssuerUrl('https://login.microsoftonline.com/organizations/v2.0', 'entra').error).toMatch(/multi-tenant/);
    expect(checkIssuerUrl(`https://sts.windows.net/${TENANT}/`, 'entra')).toMatchObject({ suggestion: `https://login.microsoftonline.com/${TENANT}/v2.0` });
    expect(checkIssuerUrl(`https://login.microsoftonline.com/${TENANT}/v2.0`, 'entra')).toEqual({});
  });
});

describe('Entra: field shapes', () => {
  it('a Secret ID (a GUID) in the secret field is refused with where the Value is', () => {
    expect(checkSecret('8c3f2a10-4b5e-4f6a-9d7c-1e2f3a4b5c6d', 'entra').error).toMatch(/Secret ID.*Value/);
    expect(checkSecret('Abc8Q~xYz0123456789abcdefghijklmnopqrstu', 'entra')).toEqual({});
  });

  it('an Application (client) ID is a GUID: anything else is flagged, a secret Value is refused', () => {
    expect(checkClientId(APP, 'entra')).toEqual({});
    expect(checkClientId('hugging-face-sso', 'entra').warning).toMatch(/GUID/);
    expect(checkClientId('Abc8Q~xYz0123456789abcdefghijklmnopqrstu', 'entra').error).toMatch(/client secret/);
  });
});

describe('Entra: claim quirks', () => {
  const base = { sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ', oid: '00000000-0000-0000-66f3-3332eca7ea81', tid: TENANT };

  it('no email while preferred_username / upn look like one → ENTRA_EMAIL_CLAIM_MISSING with the optional-claim fix', () => {
    const { failure } = checkEmailClaims({ ...base, preferred_username: 'ada@contoso.com', upn: 'ada@contoso.com' }, entra);
    expect(failure?.code).toBe('ENTRA_EMAIL_CLAIM_MISSING');
    expect(failure?.evidence.upn).toBe('ada@contoso.com');
    expect(failure?.fix.join(' ')).toContain('Token configuration → Add optional claim → Token type: ID');
  });

  it('no email and no look-alike is the shared EMAIL_CLAIM_MISSING (worded for Entra); Okta keeps its own words', () => {
    expect(checkEmailClaims({ ...base, preferred_username: 'ada' }, entra).failure?.code).toBe('EMAIL_CLAIM_MISSING');
    expect(checkEmailClaims({ ...base, upn: 'ada@contoso.com' }).failure).toMatchObject({ code: 'EMAIL_CLAIM_MISSING', fix: expect.arrayContaining([expect.stringContaining('Okta')]) });
  });

  it('the groups overage (_claim_names / hasgroups) is ENTRA_GROUPS_OVERAGE', () => {
    expect(checkGroupsClaim({ ...base, _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/users/x/getMemberObjects' } } }, entra)).toMatchObject({
      code: 'ENTRA_GROUPS_OVERAGE',
      evidence: { indicator: '_claim_names.groups' },
    });
    expect(checkGroupsClaim({ ...base, hasgroups: true }, entra)?.code).toBe('ENTRA_GROUPS_OVERAGE');
    expect(checkGroupsClaim({ ...base, groups: ['a'] }, entra)).toBeUndefined();
    expect(checkGroupsClaim({ ...base, hasgroups: true })).toBeUndefined();
  });

  it('GUID groups are a fact the role preview can show', () => {
    const claims = { sub: 's', groups: ['1b2c3d4e-0000-4000-8000-000000000001', '1b2c3d4e-0000-4000-8000-000000000002'], other: {} };
    expect(idpClaimFacts(claims, 'entra')).toEqual([expect.stringContaining('Entra sends group object IDs')]);
    expect(idpClaimFacts({ ...claims, groups: ['hf-admins'] }, 'entra')).toEqual([]);
    expect(idpClaimFacts(claims, 'okta')).toEqual([]);
  });

  it('the role preview tells an Entra admin how to add the groups claim', () => {
    const preview = previewRoleMapping({ sub: 's', other: {} }, { attributePath: 'groups', rules: [{ idpValue: 'x', role: 'admin' }], resourceGroupRules: [] }, { idpKind: 'entra' });
    expect(preview.warnings.join(' ')).toContain('Token configuration → Add groups claim');
  });
});
