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

/** What kind of failure a Chromium net error is, in words an admin searches for. */
export function netErrorKind(name: string): string {
  if (/^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED)$/.test(name)) return 'DNS: the host name does not resolve';
  if (/^ERR_CERT_|^ERR_SSL_|^ERR_BAD_SSL_/.test(name)) return 'certificate / TLS: the connection is not trusted';
  if (name === 'ERR_CONNECTION_REFUSED') return 'connection refused: nothing answers on that port';
  if (/^ERR_(PROXY_|TUNNEL_)/.test(name)) return 'proxy: the proxy refused or could not connect';
  if (/^ERR_(CONNECTION_TIMED_OUT|TIMED_OUT)$/.test(name)) return 'timeout: the host did not answer';
  if (/^ERR_(INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED)$/.test(name)) return 'network: no route to the host';
  if (/^ERR_(CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE)$/.test(name)) return 'connection dropped by the host or a proxy';
  return 'network error';
}

/** A page of the login that never loaded: the kind (DNS, certificate, refused, ...) and the host in the cause. */
export function loadFailedDiagnosis(outcome: Extract<AuthWindowOutcome, { kind: 'load-failed' }>): Diagnosis {
  let host = '';
  try {
    host = new URL(outcome.url).host;
  } catch {
    host = '(unknown host)';
  }
  const kind = netErrorKind(outcome.netError.name);
  return diagnose(
    'LOGIN_PAGE_FAILED',
    { url: redactUrl(outcome.url), host, netError: outcome.netError.name, netErrorCode: outcome.netError.code, kind },
    { cause: `The login window could not load ${host} (${kind}; Chromium reported ${outcome.netError.name}).` },
  );
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
      if (outcome.stalledOn) {
        return diagnose('LOGIN_STALLED_DEVICE_BOUND', { timeoutMs, lastUrl: outcome.lastUrl ? redactUrl(outcome.lastUrl) : undefined, factor: 'Okta FastPass (Okta Verify)', seen: clip(outcome.stalledOn.sign, 200) });
      }
      return diagnoseFor(profile, 'LOGIN_TIMED_OUT', { timeoutMs, lastUrl: outcome.lastUrl ? redactUrl(outcome.lastUrl) : undefined });
    case 'load-failed':
      return loadFailedDiagnosis(outcome);
    case 'error-page':
      return errorPageDiagnosis(outcome, redirectUri, profile);
    case 'crashed':
      return diagnose('LOGIN_WINDOW_CRASHED', { reason: clip(outcome.reason, 200) });
    case 'redirect-loop':
      return diagnose('REDIRECT_LOOP', { url: redactUrl(outcome.url), hops: outcome.hops });
    case 'cancelled':
      return diagnose('LOGIN_CANCELLED');
    case 'saml-post':
      // An OIDC test whose IdP answered with SAML (a SAML app, or one sending its ACS to this URI). The posted response names the user: none of it goes into the evidence.
      return diagnose('AUTHORIZE_ERROR', {
        detail: 'the identity provider posted a SAML response to the redirect URI where an OIDC redirect with a code was expected: the app in the identity provider is a SAML app, not an OIDC one',
        redirect: redactUrl(outcome.url),
      });
  }
}
