/**
 * Turns what an admin pastes into the Issuer URL field into the issuer the Hub
 * will use, or a diagnosis saying why it cannot be one. Pure: no network.
 */
import type { Diagnosis } from '../contract';
import { diagnoseClassified, diagnoseFor } from '../idp/diagnose';
import type { IdpProfile } from '../idp/types';
import { idpProfile, idpProfiles } from '../idp/profiles';

export { oktaHostForAdminHost } from '../idp/okta/words';

export type NormalizedIssuer =
  | {
      ok: true;
      /** The issuer without a trailing slash (see `hadTrailingSlash`). */
      issuer: string;
      /** The discovery document's URL for this issuer. */
      discoveryUrl: string;
      /** The pasted value ended with '/': some IdPs (not Okta) really have a trailing slash in their issuer. */
      hadTrailingSlash: boolean;
      /** http on a loopback host (test IdPs): allowed, but requests must opt in to plain http. */
      insecureLoopback: boolean;
      /** Human-readable notes about what was changed, for the check's detail line. */
      changes: string[];
    }
  | { ok: false; diagnosis: Diagnosis };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const WELL_KNOWN_SUFFIX = /\/\.well-known\/(openid-configuration|oauth-authorization-server)$/;

/** A Hugging Face address pasted where the IdP's issuer goes: the Hub's own redirect URI, or any other Hub page. */
export function hubAddressKind(url: URL): 'consume-uri' | 'other' | undefined {
  const host = url.hostname.toLowerCase();
  if (host !== 'huggingface.co' && !host.endsWith('.huggingface.co')) return undefined;
  return /^\/organizations\/[^/]+\/(oidc|saml)\/consume\/?$/.test(url.pathname) ? 'consume-uri' : 'other';
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * `idpKind`: the configuration's profile. Every profile's host rules apply
 * whatever it is (an Okta admin-console address is one in an Entra
 * configuration too); the selected profile's path rules also apply to test
 * IdPs on this computer.
 */
export function normalizeIssuerUrl(raw: string, idpKind?: string): NormalizedIssuer {
  const selected = idpProfile(idpKind);
  const invalid = (reason: string) => invalidIssuer(raw, reason, selected);
  const changes: string[] = [];
  // Spaces, zero-width characters and quotes come along with copy/paste from docs and chat.
  let text = raw.replace(/[\u200B-\u200D\uFEFF]/g, '').trim().replace(/^["'<]+|["'>]+$/g, '').trim();
  if (text !== raw) changes.push('removed surrounding spaces or quotes');
  if (!text) return invalid('empty');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // "acme.okta.com" pasted without a scheme: the Hub needs the full https URL.
    if (/^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(\/|$)/i.test(text)) {
      text = `https://${text}`;
      changes.push('added https://');
    } else {
      return invalid('not a URL');
    }
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid(`scheme ${url.protocol} is not http(s)`);
  if (url.username || url.password) return invalid('contains a user name or password');
  if (!url.hostname) return invalid('no host');

  if (url.search || url.hash) {
    url.search = '';
    url.hash = '';
    changes.push('removed the query string');
  }
  let path = url.pathname;
  if (WELL_KNOWN_SUFFIX.test(path)) {
    path = path.replace(WELL_KNOWN_SUFFIX, '');
    changes.push('removed /.well-known/openid-configuration (that is the discovery document, not the issuer)');
  }
  const hadTrailingSlash = path.length > 1 ? path.endsWith('/') : text.replace(/[?#].*$/, '').endsWith('/');
  path = path.replace(/\/+$/, '');

  const hub = hubAddressKind(url);
  if (hub) {
    return { ok: false, diagnosis: diagnoseFor(selected, hub === 'consume-uri' ? 'ISSUER_IS_HUB_REDIRECT_URI' : 'ISSUER_IS_HUB_ADDRESS', { entered: raw.trim().slice(0, 300) }) };
  }

  for (const profile of idpProfiles) {
    const rewrite = profile.issuer.rewrite?.({ url, path, selected: profile === selected });
    if (!rewrite) continue;
    if (rewrite.kind === 'refuse') {
      return { ok: false, diagnosis: diagnoseClassified(profile, { code: rewrite.code, evidence: { entered: raw.trim().slice(0, 300), ...rewrite.evidence } }) };
    }
    path = rewrite.path;
    changes.push(rewrite.change);
    break;
  }
  if (hadTrailingSlash) changes.push('removed the trailing slash');

  const insecureLoopback = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && !insecureLoopback) {
    return { ok: false, diagnosis: diagnoseFor(selected, 'ISSUER_NOT_HTTPS', { entered: raw.trim().slice(0, 300), suggestedIssuer: `https://${url.host}${path}` }) };
  }

  const issuer = `${url.protocol}//${url.host}${path}`;
  return {
    ok: true,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    hadTrailingSlash,
    insecureLoopback,
    changes,
  };
}

function invalidIssuer(raw: string, reason: string, profile: IdpProfile): NormalizedIssuer {
  return { ok: false, diagnosis: diagnoseFor(profile, 'ISSUER_URL_INVALID', { entered: raw.trim().slice(0, 300), reason }) };
}
