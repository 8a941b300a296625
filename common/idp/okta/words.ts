/** Where an Okta admin finds their app, as the console names it. */
export const OKTA_APP = 'Okta Admin Console → Applications → Applications → your app';
/** Okta's admin console lives on `<org>-admin.<okta domain>`; tokens come from `<org>.<okta domain>`. */
const OKTA_DOMAINS = String.raw`(okta\.com|oktapreview\.com|okta-emea\.com|okta-gov\.com|okta\.mil|trexcloud\.com)`;
export const OKTA_ADMIN_HOST = new RegExp(String.raw`^(.+)-admin\.` + OKTA_DOMAINS + '$');
/** An Okta org host (`acme.okta.com`, `dev-123.oktapreview.com`): one label before one of Okta's domains. */
export const OKTA_ORG_HOST = new RegExp(String.raw`^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\.` + OKTA_DOMAINS + '$');

/** For an Okta admin-console host (`acme-admin.okta.com`), the org's own host (`acme.okta.com`); else undefined. */
export function oktaHostForAdminHost(hostname: string): string | undefined {
  const admin = OKTA_ADMIN_HOST.exec(hostname.toLowerCase());
  return admin ? `${admin[1]}.${admin[2]}` : undefined;
}

/** Okta client ids: "0oa" and 17 more letters or digits. */
export const OKTA_CLIENT_ID = /^0oa[A-Za-z0-9]{17}$/;
