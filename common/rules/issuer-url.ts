/**
 * Turns what an admin pastes into the Issuer URL field into the issuer the Hub
 * will use, or a diagnosis saying why it cannot be one. Pure: no network.
 */
import type { Diagnosis } from '../contract';
import { diagnose } from '../diagnosis';

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
/** Okta's own domains. Its admin console lives on `<org>-admin.<okta domain>`; tokens come from `<org>.<okta domain>`. */
const OKTA_DOMAINS = String.raw`(okta\.com|oktapreview\.com|okta-emea\.com|okta-gov\.com|okta\.mil|trexcloud\.com)`;
const OKTA_ADMIN_HOST = new RegExp(String.raw`^(.+)-admin\.` + OKTA_DOMAINS + '$');
const WELL_KNOWN_SUFFIX = /\/\.well-known\/(openid-configuration|oauth-authorization-server)$/;
/** Okta endpoint paths pasted instead of the issuer: `/oauth2/v1/authorize` (org server), `/oauth2/default/v1/keys` (custom). */
const OKTA_ORG_ENDPOINT = /^\/oauth2\/v1\/[a-z]+$/;
const OKTA_CUSTOM_ENDPOINT = /^(\/oauth2\/[^/]+)\/v1\/[a-z]+$/;

/** An Okta org host (`acme.okta.com`, `dev-123.oktapreview.com`): one label before one of Okta's domains. */
const OKTA_ORG_HOST = new RegExp(String.raw`^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.` + OKTA_DOMAINS + '$');

/** For an Okta admin-console host (`acme-admin.okta.com`), the org's own host (`acme.okta.com`); else undefined. */
export function oktaHostForAdminHost(hostname: string): string | undefined {
  const admin = OKTA_ADMIN_HOST.exec(hostname.toLowerCase());
  return admin ? `${admin[1]}.${admin[2]}` : undefined;
}

/** The inverse: for an Okta org host (`acme.okta.com`), its admin-console host (`acme-admin.okta.com`); else undefined. */
export function adminHostForOktaHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  if (OKTA_ADMIN_HOST.test(host)) return undefined;
  const org = OKTA_ORG_HOST.exec(host);
  return org ? `${org[1]}-admin.${org[2]}` : undefined;
}

/** The Okta host in what an admin typed: an issuer URL, a bare domain, or the admin console's address. */
function oktaHostIn(text: string): string | undefined {
  const trimmed = text.replace(/[\u200B-\u200D\uFEFF]/g, '').trim().replace(/^["'<]+|["'>]+$/g, '').trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  return url.hostname.toLowerCase();
}

/**
 * The admin's own Okta Admin Console (`https://acme-admin.okta.com`) from the
 * issuer (`https://acme.okta.com[/oauth2/…]`), a bare Okta domain, or the
 * console's own address; undefined for anything that is not an Okta host
 * (a custom domain says nothing about the console's address).
 */
export function oktaAdminConsoleUrl(issuerOrDomain: string): string | undefined {
  const host = oktaHostIn(issuerOrDomain);
  if (!host) return undefined;
  if (OKTA_ADMIN_HOST.test(host)) return `https://${host}`;
  const admin = adminHostForOktaHost(host);
  return admin ? `https://${admin}` : undefined;
}

/** The org authorization server's issuer (`https://acme.okta.com`) for an Okta domain typed by the admin (org or admin host); else undefined. */
export function oktaOrgIssuerForDomain(domain: string): string | undefined {
  const host = oktaHostIn(domain);
  if (!host) return undefined;
  const org = oktaHostForAdminHost(host) ?? (OKTA_ORG_HOST.test(host) ? host : undefined);
  return org ? `https://${org}` : undefined;
}

/** A Hugging Face address pasted where the IdP's issuer goes: the Hub's own redirect URI, or any other Hub page. */
export function hubAddressKind(url: URL): 'consume-uri' | 'other' | undefined {
  const host = url.hostname.toLowerCase();
  if (host !== 'huggingface.co' && !host.endsWith('.huggingface.co')) return undefined;
  return /^\/organizations\/[^/]+\/(oidc|saml)\/consume\/?$/.test(url.pathname) ? 'consume-uri' : 'other';
}

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

export function normalizeIssuerUrl(raw: string): NormalizedIssuer {
  const changes: string[] = [];
  // Spaces, zero-width characters and quotes come along with copy/paste from docs and chat.
  let text = raw.replace(/[\u200B-\u200D\uFEFF]/g, '').trim().replace(/^["'<]+|["'>]+$/g, '').trim();
  if (text !== raw) changes.push('removed surrounding spaces or quotes');
  if (!text) return invalid(raw, 'empty');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // "acme.okta.com" pasted without a scheme: the Hub needs the full https URL.
    if (/^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(\/|$)/i.test(text)) {
      text = `https://${text}`;
      changes.push('added https://');
    } else {
      return invalid(raw, 'not a URL');
    }
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return invalid(raw, 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid(raw, `scheme ${url.protocol} is not http(s)`);
  if (url.username || url.password) return invalid(raw, 'contains a user name or password');
  if (!url.hostname) return invalid(raw, 'no host');

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
  if (OKTA_ORG_ENDPOINT.test(path)) {
    path = '';
    changes.push('removed the Okta endpoint path (/oauth2/v1/…)');
  } else {
    const custom = OKTA_CUSTOM_ENDPOINT.exec(path);
    if (custom?.[1]) {
      path = custom[1];
      changes.push('removed the Okta endpoint path (/v1/…)');
    }
  }
  if (hadTrailingSlash) changes.push('removed the trailing slash');

  const hub = hubAddressKind(url);
  if (hub) {
    return { ok: false, diagnosis: diagnose(hub === 'consume-uri' ? 'ISSUER_IS_HUB_REDIRECT_URI' : 'ISSUER_IS_HUB_ADDRESS', { entered: raw.trim().slice(0, 300) }) };
  }

  const host = url.hostname.toLowerCase();
  const orgHost = oktaHostForAdminHost(host);
  if (orgHost) {
    const keepPath = path.startsWith('/oauth2/') ? path : '';
    const port = url.port ? `:${url.port}` : '';
    const suggested = `https://${orgHost}${port}${keepPath}`;
    return {
      ok: false,
      diagnosis: diagnose('ISSUER_ADMIN_CONSOLE_URL', { entered: raw.trim().slice(0, 300), suggestedIssuer: suggested }),
    };
  }

  const insecureLoopback = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol === 'http:' && !insecureLoopback) {
    return { ok: false, diagnosis: diagnose('ISSUER_NOT_HTTPS', { entered: raw.trim().slice(0, 300), suggestedIssuer: `https://${url.host}${path}` }) };
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

function invalid(raw: string, reason: string): NormalizedIssuer {
  return { ok: false, diagnosis: diagnose('ISSUER_URL_INVALID', { entered: raw.trim().slice(0, 300), reason }) };
}
