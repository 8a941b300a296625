import { describe, expect, it } from 'vitest';
import { authorizeErrorCode, authorizeErrorDiagnosis, errorPageDiagnosis, windowOutcomeDiagnosis } from '../../main/core/oidc/authorize-errors';

const CONSUME = 'https://huggingface.co/organizations/acme/oidc/consume';

describe("Okta's authorize-time errors", () => {
  it.each([
    ['access_denied', 'User is not assigned to the client application.', 'USER_NOT_ASSIGNED'],
    ['invalid_request', 'PKCE code challenge is required by the application.', 'PKCE_REQUIRED'],
    ['access_denied', 'Policy evaluation failed for this request, please check the policy configurations.', 'POLICY_EVALUATION_FAILED'],
    ['invalid_scope', 'One or more scopes are not configured for the authorization server resource.', 'SCOPE_NOT_CONFIGURED'],
    ['invalid_scope', '', 'SCOPE_NOT_CONFIGURED'],
    ['access_denied', 'The resource owner or authorization server denied the request.', 'ACCESS_DENIED'],
    ['unauthorized_client', 'The client is not authorized to use the provided grant type. Configured grant types: [client_credentials].', 'AUTHORIZE_ERROR'],
    ['login_required', 'The client specified not to prompt, but the user is not logged in.', 'AUTHORIZE_ERROR'],
  ])('%s "%s" → %s', (error, description, code) => {
    expect(authorizeErrorCode(error, description)).toBe(code);
  });

  it("keeps the IdP's own words in the evidence and removes code and state from the URL", () => {
    const url = `${CONSUME}?state=s3cr3tstate&error=access_denied&error_description=User+is+not+assigned+to+the+client+application.`;
    const d = authorizeErrorDiagnosis(new URL(url).searchParams, url);
    expect(d.code).toBe('USER_NOT_ASSIGNED');
    expect(d.evidence.error).toBe('access_denied');
    expect(d.evidence.error_description).toBe('User is not assigned to the client application.');
    expect(d.evidence.redirect).not.toContain('s3cr3tstate');
    expect(d.evidence.redirect).toContain('error=access_denied');
  });

  it('quotes the IdP in the cause for the generic codes', () => {
    const params = new URLSearchParams({ error: 'access_denied', error_description: 'Nope, not today.' });
    const d = authorizeErrorDiagnosis(params, `${CONSUME}?${params}`);
    expect(d.code).toBe('ACCESS_DENIED');
    expect(d.cause).toContain('Nope, not today.');
  });
});

describe('IdP error pages', () => {
  const page = (title: string, text: string, status = 400) => ({ kind: 'error-page' as const, status, url: 'https://acme.okta.com/oauth2/v1/authorize?client_id=0oa1&state=abc123456&nonce=n0nce1234', title, text });

  it("recognises Okta's unregistered redirect URI page", () => {
    const d = errorPageDiagnosis(page('400 Bad Request', "Error Code: invalid_request Description: The 'redirect_uri' parameter must be a Login redirect URI in the client app settings: https://acme-admin.okta.com/admin/app/x"), CONSUME);
    expect(d.code).toBe('REDIRECT_URI_NOT_REGISTERED');
    expect(d.evidence.redirectUri).toBe(CONSUME);
    expect(d.evidence.status).toBe('400');
    expect(d.evidence.url).not.toContain('abc123456');
    expect(d.evidence.url).not.toContain('n0nce1234');
  });

  it("recognises Okta's unknown client page", () => {
    expect(errorPageDiagnosis(page('400 Bad Request', "Invalid value for 'client_id' parameter."), CONSUME).code).toBe('INVALID_CLIENT_ID');
  });

  it("recognises Google's refusal of embedded windows", () => {
    expect(errorPageDiagnosis(page('403. That’s an error.', "Error 403: disallowed_useragent. This browser or app may not be secure.", 403), CONSUME).code).toBe('EMBEDDED_SIGNIN_REFUSED');
  });

  it('falls back to IDP_ERROR_PAGE with status, title and the first 500 characters', () => {
    const long = 'Something odd happened. '.repeat(100);
    const d = errorPageDiagnosis(page('500 Internal Server Error', long, 500), CONSUME);
    expect(d.code).toBe('IDP_ERROR_PAGE');
    expect(d.title).toContain('500');
    expect(d.evidence.title).toBe('500 Internal Server Error');
    expect(d.evidence.text!.length).toBeLessThanOrEqual(501);
  });
});

describe('window outcomes', () => {
  it.each([
    [{ kind: 'closed' as const }, 'LOGIN_WINDOW_CLOSED'],
    [{ kind: 'timeout' as const, lastUrl: 'https://acme.okta.com/signin?state=xyz12345' }, 'LOGIN_TIMED_OUT'],
    [{ kind: 'crashed' as const, reason: 'render-process-gone' }, 'LOGIN_WINDOW_CRASHED'],
    [{ kind: 'redirect-loop' as const, url: 'https://acme.okta.com/loop', hops: 30 }, 'REDIRECT_LOOP'],
    [{ kind: 'cancelled' as const }, 'LOGIN_CANCELLED'],
  ])('%o → %s', (outcome, code) => {
    const d = windowOutcomeDiagnosis(outcome, CONSUME, 1000);
    expect(d.code).toBe(code);
    expect(JSON.stringify(d.evidence)).not.toContain('xyz12345');
  });
});
