/**
 * What the login window brought back, turned into a diagnosis: the IdP's
 * authorize-time errors (sent to the redirect URI as `error=` and
 * `error_description=`), its error pages (Okta's 400 for an unregistered
 * redirect URI, Microsoft's AADSTS page, Google's "Access blocked" pages), an
 * embedded-browser refusal, and the window's own ways of ending. The
 * configuration's IdP profile (common/idp) names its own errors first; the
 * shared codes cover the rest. The IdP's own words always go into the evidence.
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose, type DiagnosisCode } from '../../../common/diagnosis';
import { diagnoseClassified, diagnoseFor, isDiagnosisCode } from '../../../common/idp/diagnose';
import { idpProfile, idpProfiles } from '../../../common/idp/profiles';
import type { IdpProfile } from '../../../common/idp/types';
import type { AuthWindowOutcome } from '../ports';
import { clip, redactUrl } from './redact';

/** Maps an `error` / `error_description` pair from the redirect URI to the catalogue (Okta's profile when none is given). */
export function authorizeErrorCode(error: string, description: string, profile: IdpProfile = idpProfile(undefined)): DiagnosisCode {
  const own = profile.errors.authorize?.(error, description)?.code;
  if (own && isDiagnosisCode(own)) return own;
  return sharedAuthorizeCode(error, description);
}

function sharedAuthorizeCode(error: string, description: string): DiagnosisCode {
  const d = description.toLowerCase();
  if (error === 'invalid_scope' || /scopes? .*(not (been )?(configured|allowed|granted)|invalid)|invalid scopes?/.test(d)) {
    return 'SCOPE_NOT_CONFIGURED';
  }
  if (error === 'access_denied') return 'ACCESS_DENIED';
  return 'AUTHORIZE_ERROR';
}

export function authorizeErrorDiagnosis(params: URLSearchParams, redirectUrl: string, profile: IdpProfile = idpProfile(undefined)): Diagnosis {
  const error = params.get('error') ?? '';
  const description = params.get('error_description') ?? '';
  const evidence = {
    error: clip(error, 100),
    error_description: clip(description) || undefined,
    error_uri: params.get('error_uri') ?? undefined,
    redirect: redactUrl(redirectUrl),
  };
  const own = profile.errors.authorize?.(error, description);
  if (own && isDiagnosisCode(own.code)) return diagnoseClassified(profile, own, evidence);
  const code = sharedAuthorizeCode(error, description);
  // The generic codes have no sentence of their own: show the IdP's.
  const cause = description ? `The identity provider answered ${clip(error, 100)}: "${clip(description)}"` : undefined;
  return diagnoseFor(profile, code, evidence, cause ? { cause } : {});
}

/** The embedded-browser refusal, by any profile's words (an Okta org may federate to Google): a page the login cannot get past. */
export function embeddedRefusal(page: { url: string; title: string; text: string }): IdpProfile | undefined {
  let path = '';
  try {
    path = new URL(page.url).pathname;
  } catch {
    // Not a URL: the text alone decides.
  }
  const text = `${page.title}\n${page.text}`;
  return idpProfiles.find((p) => !!p.embeddedRefusal && (p.embeddedRefusal.urls.some((re) => re.test(path)) || p.embeddedRefusal.texts.some((re) => re.test(text))));
}

/** An IdP page the window landed on: HTTP >= 400, or a refusal page (Google's answers 200). */
export function errorPageDiagnosis(outcome: Extract<AuthWindowOutcome, { kind: 'error-page' }>, redirectUri: string, profile: IdpProfile = idpProfile(undefined)): Diagnosis {
  const evidence = {
    status: outcome.status,
    title: clip(outcome.title, 200),
    url: redactUrl(outcome.url),
    text: clip(outcome.text),
  };
  const refusing = embeddedRefusal(outcome);
  if (refusing) {
    // The IdP shows this page only once it has accepted the request: say what that proves.
    return diagnose('EMBEDDED_SIGNIN_REFUSED', { ...evidence, refusedBy: refusing.displayName, verified: 'discovery and signing keys, the Client ID, the redirect URI' });
  }
  const own = profile.errors.page?.(outcome);
  if (own && isDiagnosisCode(own.code)) {
    const withUri = own.code.includes('REDIRECT_URI') ? { redirectUri } : {};
    return diagnoseClassified(profile, own, { ...evidence, ...withUri });
  }
  return diagnoseFor(profile, 'IDP_ERROR_PAGE', evidence, { title: `The identity provider showed an error page (HTTP ${outcome.status})` });
}

/** Every window outcome other than a redirect. */
export function windowOutcomeDiagnosis(
  outcome: Exclude<AuthWindowOutcome, { kind: 'redirect' }>,
  redirectUri: string,
  timeoutMs: number,
  profile: IdpProfile = idpProfile(undefined),
): Diagnosis {
  switch (outcome.kind) {
    case 'closed':
      return diagnose('LOGIN_WINDOW_CLOSED');
    case 'timeout':
      return diagnoseFor(profile, 'LOGIN_TIMED_OUT', { timeoutMs, lastUrl: outcome.lastUrl ? redactUrl(outcome.lastUrl) : undefined });
    case 'error-page':
      return errorPageDiagnosis(outcome, redirectUri, profile);
    case 'crashed':
      return diagnose('LOGIN_WINDOW_CRASHED', { reason: clip(outcome.reason, 200) });
    case 'redirect-loop':
      return diagnose('REDIRECT_LOOP', { url: redactUrl(outcome.url), hops: outcome.hops });
    case 'cancelled':
      return diagnose('LOGIN_CANCELLED');
  }
}
