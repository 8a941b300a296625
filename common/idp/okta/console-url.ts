/**
 * The admin's own Okta Admin Console, for step 1's "open it" button: derived
 * from the issuer or from the Okta domain the admin typed once.
 */
import { OKTA_ADMIN_HOST, OKTA_ORG_HOST, oktaHostForAdminHost } from './words';

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

