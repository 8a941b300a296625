/**
 * Okta's errors in Okta's words: the authorize-time `error_description`
 * sentences, its 400 pages (an unregistered redirect URI, an unknown client)
 * and the token endpoint's sentences about the client. Anything Okta does not
 * say specifically is left to the shared codes (undefined).
 */
import type { Classification, SeenPage, TokenError } from '../types';

export function oktaAuthorizeError(_error: string, description: string): Classification | undefined {
  const d = description.toLowerCase();
  if (d.includes('not assigned')) return { code: 'USER_NOT_ASSIGNED' };
  if (d.includes('groups claim matched too many groups')) return { code: 'GROUPS_CLAIM_TOO_MANY' };
  if (d.includes('pkce') || d.includes('code challenge')) return { code: 'PKCE_REQUIRED' };
  if (d.includes('policy evaluation failed')) return { code: 'POLICY_EVALUATION_FAILED' };
  return undefined;
}

const REDIRECT_URI_SENTENCE = /'?redirect_uri'? parameter must be (a|an) (login|allowed|sign-in) redirect uri|redirect_uri.{0,60}(not (registered|allowed|whitelisted)|does not match|mismatch)/i;
const CLIENT_ID_SENTENCE = /invalid value for '?client_id'?|client_id.{0,40}(invalid|not found|unknown)|invalid client/i;

export function oktaErrorPage(page: SeenPage): Classification | undefined {
  const text = `${page.title}\n${page.text}`;
  if (REDIRECT_URI_SENTENCE.test(text)) return { code: 'REDIRECT_URI_NOT_REGISTERED' };
  if (CLIENT_ID_SENTENCE.test(text)) return { code: 'INVALID_CLIENT_ID' };
  return undefined;
}

/**
 * Okta's sentences decide between a wrong Client ID, a wrong secret and the
 * generic failure. A specific sentence from either attempt (POST or the Basic
 * probe) wins over the generic "Client authentication failed". Undefined: the
 * shared rule applies (both refused the same pair: the secret is wrong).
 */
export function oktaTokenError(posted: TokenError, probeDescription: string): Classification | undefined {
  if (posted.error !== 'invalid_client') return undefined;
  const specific = (d: string): Classification | undefined => {
    const t = d.toLowerCase();
    if (t.includes('client_id') || t.includes('client id')) return { code: 'INVALID_CLIENT_ID' };
    if (t.includes('secret')) return { code: 'INVALID_CLIENT_SECRET' };
    return undefined;
  };
  const found = specific(posted.description) ?? specific(probeDescription);
  if (found) return found;
  if (`${posted.description} ${probeDescription}`.toLowerCase().includes('client authentication failed')) return { code: 'CLIENT_AUTH_FAILED' };
  return undefined;
}
