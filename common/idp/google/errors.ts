/**
 * Google's errors: its own error pages ("Access blocked: …", "Error 400:
 * redirect_uri_mismatch"), `error=` at the redirect URI, and the token
 * endpoint's invalid_client. Google's error name decides and goes into the
 * evidence (`googleError`).
 */
import type { Classification, SeenPage, TokenError } from '../types';

const BY_NAME: [RegExp, string, string][] = [
  [/redirect_uri_mismatch/i, 'GOOGLE_REDIRECT_URI_MISMATCH', 'redirect_uri_mismatch'],
  [/org_internal|restricted to users within its organization/i, 'GOOGLE_ORG_INTERNAL', 'org_internal'],
  [/admin_policy_enforced/i, 'GOOGLE_ADMIN_POLICY_ENFORCED', 'admin_policy_enforced'],
  [/invalid_client|The OAuth client was not found/i, 'GOOGLE_INVALID_CLIENT', 'invalid_client'],
];

function byName(text: string, extra: Record<string, string | number | undefined> = {}): Classification | undefined {
  for (const [pattern, code, name] of BY_NAME) {
    if (pattern.test(text)) return { code, evidence: { googleError: name, ...extra } };
  }
  return undefined;
}

/** Google's "Error 400: redirect_uri_mismatch" line, if the page has one. */
function errorLine(text: string): string | undefined {
  return /Error \d{3}: [a-z_]+/.exec(text)?.[0];
}

export function googleErrorPage(page: SeenPage): Classification | undefined {
  const text = `${page.title}\n${page.text}`;
  return byName(text, { googleLine: errorLine(text) });
}

export function googleAuthorizeError(error: string, description: string): Classification | undefined {
  return byName(`${error}\n${description}`, { error: error.slice(0, 100) });
}

/**
 * At the token endpoint the client id was already accepted at sign-in (Google shows its own page for an
 * unknown one), so invalid_client there means the secret; Google accepts client_secret_post, so no probe.
 */
export function googleTokenError(posted: TokenError): Classification | undefined {
  if (/The OAuth client was not found/i.test(posted.description)) return { code: 'GOOGLE_INVALID_CLIENT', evidence: { googleError: posted.error.slice(0, 100), status: posted.status } };
  if (posted.error === 'invalid_client') return { code: 'GOOGLE_CLIENT_SECRET_INVALID', evidence: { googleError: 'invalid_client', status: posted.status } };
  return undefined;
}
