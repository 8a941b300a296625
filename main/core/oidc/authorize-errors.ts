/**
 * What the login window brought back, turned into a diagnosis: Okta's
 * authorize-time errors (sent to the redirect URI as `error=` and
 * `error_description=`), its error pages (the unregistered redirect URI gets a
 * 400 page, not a redirect), and the window's own ways of ending. The IdP's own
 * words always go into the evidence.
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose, type DiagnosisCode } from '../../../common/diagnosis';
import type { AuthWindowOutcome } from '../ports';
import { clip, redactUrl } from './redact';

/** Maps an `error` / `error_description` pair from the redirect URI to the catalogue. */
export function authorizeErrorCode(error: string, description: string): DiagnosisCode {
  const d = description.toLowerCase();
  if (d.includes('not assigned')) return 'USER_NOT_ASSIGNED';
  if (d.includes('groups claim matched too many groups')) return 'GROUPS_CLAIM_TOO_MANY';
  if (d.includes('pkce') || d.includes('code challenge')) return 'PKCE_REQUIRED';
  if (d.includes('policy evaluation failed')) return 'POLICY_EVALUATION_FAILED';
  if (error === 'invalid_scope' || /scopes? .*(not (been )?(configured|allowed|granted)|invalid)|invalid scopes?/.test(d)) {
    return 'SCOPE_NOT_CONFIGURED';
  }
  if (error === 'access_denied') return 'ACCESS_DENIED';
  return 'AUTHORIZE_ERROR';
}

export function authorizeErrorDiagnosis(params: URLSearchParams, redirectUrl: string): Diagnosis {
  const error = params.get('error') ?? '';
  const description = params.get('error_description') ?? '';
  const code = authorizeErrorCode(error, description);
  const evidence = {
    error: clip(error, 100),
    error_description: clip(description) || undefined,
    error_uri: params.get('error_uri') ?? undefined,
    redirect: redactUrl(redirectUrl),
  };
  // The generic codes have no Okta sentence of their own: show the IdP's.
  const generic = code === 'ACCESS_DENIED' || code === 'AUTHORIZE_ERROR' || code === 'SCOPE_NOT_CONFIGURED';
  const cause = generic && description ? `The identity provider answered ${clip(error, 100)}: "${clip(description)}"` : undefined;
  return diagnose(code, evidence, cause ? { cause } : {});
}

const REDIRECT_URI_SENTENCE = /'?redirect_uri'? parameter must be (a|an) (login|allowed|sign-in) redirect uri|redirect_uri.{0,60}(not (registered|allowed|whitelisted)|does not match|mismatch)/i;
const CLIENT_ID_SENTENCE = /invalid value for '?client_id'?|client_id.{0,40}(invalid|not found|unknown)|invalid client/i;

/** An IdP page answered with HTTP >= 400 (Okta shows one for an unregistered redirect URI or an unknown client). */
export function errorPageDiagnosis(outcome: Extract<AuthWindowOutcome, { kind: 'error-page' }>, redirectUri: string): Diagnosis {
  const text = `${outcome.title}\n${outcome.text}`;
  const evidence = {
    status: outcome.status,
    title: clip(outcome.title, 200),
    url: redactUrl(outcome.url),
    text: clip(outcome.text),
  };
  if (/disallowed_useragent/i.test(text)) return diagnose('EMBEDDED_SIGNIN_REFUSED', evidence);
  if (REDIRECT_URI_SENTENCE.test(text)) return diagnose('REDIRECT_URI_NOT_REGISTERED', { ...evidence, redirectUri });
  if (CLIENT_ID_SENTENCE.test(text)) return diagnose('INVALID_CLIENT_ID', evidence);
  return diagnose('IDP_ERROR_PAGE', evidence, { title: `The identity provider showed an error page (HTTP ${outcome.status})` });
}

/** Every window outcome other than a redirect. */
export function windowOutcomeDiagnosis(outcome: Exclude<AuthWindowOutcome, { kind: 'redirect' }>, redirectUri: string, timeoutMs: number): Diagnosis {
  switch (outcome.kind) {
    case 'closed':
      return diagnose('LOGIN_WINDOW_CLOSED');
    case 'timeout':
      return diagnose('LOGIN_TIMED_OUT', { timeoutMs, lastUrl: outcome.lastUrl ? redactUrl(outcome.lastUrl) : undefined });
    case 'error-page':
      return errorPageDiagnosis(outcome, redirectUri);
    case 'crashed':
      return diagnose('LOGIN_WINDOW_CRASHED', { reason: clip(outcome.reason, 200) });
    case 'redirect-loop':
      return diagnose('REDIRECT_LOOP', { url: redactUrl(outcome.url), hops: outcome.hops });
    case 'cancelled':
      return diagnose('LOGIN_CANCELLED');
  }
}
