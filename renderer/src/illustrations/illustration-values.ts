/**
 * The admin's own values as the setup pictures show them: computed once from
 * the open configuration and what is being typed (the draft), so step 2's
 * picture shows "acme" as soon as "acme" is in the field. Only values that
 * would be accepted are shown; until then the pictures show placeholders
 * that read as examples ("your-org"), never someone else's real-looking value.
 */
import type { Configuration } from '../../../common/contract';
import { cleanPasted } from '../../../common/rules/clean-pasted';
import { hubConsumeUri, hubSamlAcsUrl, hubSsoSettingsUrl } from '../../../common/rules/hub-urls';
import { normalizeIssuerUrl, oktaHostForAdminHost } from '../../../common/rules/issuer-url';
import { orgIdProblem } from '../../../common/rules/org-id';
import type { Draft } from '../state/draft';

/** What the pictures know of the admin's setup; a field is absent until its value is valid. */
export interface IllustrationValues {
  orgId?: string;
  /** The Hub's redirect URI for `orgId` (hubConsumeUri). */
  redirectUri?: string;
  /** The issuer as the Hub will use it (normalised). */
  issuerUrl?: string;
  /** The identity provider's host from the issuer (for SAML, from the SSO URL), e.g. "acme.okta.com". */
  idpDomain?: string;
  /** The client ID shortened for a picture: first 4 + "…" + last 4 characters. */
  clientIdShort?: string;
  /** SAML: the Hub's Assertion Consumer Service URL for `orgId` (hubSamlAcsUrl). */
  acsUrl?: string;
  /** SAML: the Hub's SP Entity ID as pasted from its SSO settings, once it looks like one (a URL or a URN). */
  spEntityId?: string;
  /** SAML: the IdP's single sign-on URL (https). */
  samlSsoUrl?: string;
}

/** Client IDs up to this length are shown whole: shortening them would hide nothing and save no room. */
const SHORTEN_ABOVE = 9;

/** Google's client IDs all end so: kept, since it is how the admin recognises one and hides nothing. */
const GOOGLE_CLIENT_SUFFIX = '.apps.googleusercontent.com';

/** A client ID as a picture shows it: "0oaA…6789"; a Google one keeps its suffix ("1234…mnop.apps.googleusercontent.com"). */
export function shortClientId(clientId: string): string {
  if (clientId.endsWith(GOOGLE_CLIENT_SUFFIX) && clientId.length > GOOGLE_CLIENT_SUFFIX.length) {
    return shortClientId(clientId.slice(0, -GOOGLE_CLIENT_SUFFIX.length)) + GOOGLE_CLIENT_SUFFIX;
  }
  return clientId.length > SHORTEN_ABOVE ? `${clientId.slice(0, 4)}…${clientId.slice(-4)}` : clientId;
}

/** The draft's value where the admin has typed one, else the saved one. */
function current(key: 'orgId' | 'issuerUrl' | 'clientId', config: Configuration | undefined, draft: Draft): string {
  return cleanPasted(draft[key] ?? config?.[key] ?? '').value;
}

/** A SAML value: the draft's where the admin has typed one, else the saved one. */
function currentSaml(key: 'spEntityId' | 'ssoUrl', config: Configuration | undefined, draft: Draft): string {
  return cleanPasted(draft.saml?.[key] ?? config?.saml?.[key] ?? '').value;
}

/** A URL with a host (http or https), or a URN: the forms an SP Entity ID takes. */
function looksLikeEntityId(value: string): boolean {
  if (/\s/.test(value)) return false;
  if (/^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(value)) return true;
  return isUrlWith(value, ['https:', 'http:']);
}

function isUrlWith(value: string, protocols: string[]): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

export function illustrationValues(config: Configuration | undefined, draft: Draft): IllustrationValues {
  const values: IllustrationValues = {};
  const orgId = current('orgId', config, draft);
  if (orgId && orgIdProblem(orgId) === undefined) {
    values.orgId = orgId;
    values.redirectUri = hubConsumeUri(orgId);
    values.acsUrl = hubSamlAcsUrl(orgId);
  }
  const issuerRaw = current('issuerUrl', config, draft);
  const issuer = issuerRaw ? normalizeIssuerUrl(issuerRaw) : undefined;
  if (issuer?.ok) {
    values.issuerUrl = issuer.issuer;
    values.idpDomain = new URL(issuer.issuer).host;
  }
  const clientId = current('clientId', config, draft);
  if (clientId && !/\s/.test(clientId)) values.clientIdShort = shortClientId(clientId);
  const spEntityId = currentSaml('spEntityId', config, draft);
  if (spEntityId && looksLikeEntityId(spEntityId)) values.spEntityId = spEntityId;
  const ssoUrl = currentSaml('ssoUrl', config, draft);
  if (ssoUrl && isUrlWith(ssoUrl, ['https:'])) {
    values.samlSsoUrl = ssoUrl;
    // A SAML setup has no issuer: its SSO URL's host is the IdP's (the Okta domain in Okta's header).
    values.idpDomain ??= new URL(ssoUrl).host;
  }
  return values;
}

/** One value as drawn: the admin's own, or a placeholder that must read as an example. */
export interface Shown {
  text: string;
  example: boolean;
}

const own = (text: string): Shown => ({ text, example: false });
const example = (text: string): Shown => ({ text, example: true });

/** The placeholders, before the admin's values exist. */
export const EXAMPLE_ORG = 'your-org';
export const EXAMPLE_IDP_DOMAIN = 'your-okta-domain.okta.com';
export const EXAMPLE_CLIENT_ID = 'your-client-id';

/** The identity providers whose consoles the pictures draw. */
export type PictureIdp = 'okta' | 'entra' | 'google';

/** A placeholder that depends on the identity provider: how its own consoles write that value before it is known. */
export type PlaceholderKind = 'idp-domain' | 'issuer' | 'client-id' | 'tenant' | 'saml-sso-url';

const IDP_PLACEHOLDERS: Record<PictureIdp, Record<PlaceholderKind, string>> = {
  okta: {
    'idp-domain': EXAMPLE_IDP_DOMAIN,
    issuer: `https://${EXAMPLE_IDP_DOMAIN}`,
    'client-id': EXAMPLE_CLIENT_ID,
    tenant: EXAMPLE_IDP_DOMAIN,
    'saml-sso-url': `https://${EXAMPLE_IDP_DOMAIN}/app/your-app-id/sso/saml`,
  },
  entra: {
    'idp-domain': 'login.microsoftonline.com',
    issuer: 'https://login.microsoftonline.com/your-tenant-id/v2.0',
    'client-id': EXAMPLE_CLIENT_ID,
    tenant: 'your-tenant-id',
    'saml-sso-url': 'https://login.microsoftonline.com/your-tenant-id/saml2',
  },
  google: {
    'idp-domain': 'accounts.google.com',
    issuer: 'https://accounts.google.com',
    'client-id': `${EXAMPLE_CLIENT_ID}${GOOGLE_CLIENT_SUFFIX}`,
    tenant: 'your-domain.com',
    'saml-sso-url': 'https://accounts.google.com/o/saml2/idp?idpid=your-idp-id',
  },
};

/** The example a picture of `idp`'s console draws for `kind` before the admin's own value exists. */
export function placeholderFor(kind: PlaceholderKind, idp: PictureIdp = 'okta'): string {
  return IDP_PLACEHOLDERS[idp][kind];
}

/**
 * The Entra tenant in an issuer the admin entered: the first path segment of a
 * Microsoft sign-in issuer (`https://login.microsoftonline.com/<tenant>/v2.0`,
 * or the v1 `https://sts.windows.net/<tenant>/`); undefined for any other issuer.
 */
function entraTenantOf(issuerUrl: string | undefined): string | undefined {
  if (!issuerUrl) return undefined;
  const url = new URL(issuerUrl);
  const host = url.hostname.toLowerCase();
  if (!host.startsWith('login.microsoftonline.') && !host.startsWith('login.partner.microsoftonline.') && host !== 'sts.windows.net') return undefined;
  const tenant = url.pathname.split('/').filter(Boolean)[0];
  return tenant ? decodeURIComponent(tenant) : undefined;
}

/**
 * The Okta admin console's host for an Okta org host ("acme.okta.com" →
 * "acme-admin.okta.com"), checked against common's rule for admin hosts;
 * undefined for a host Okta's rule does not know (a custom domain).
 */
function oktaAdminHost(host: string): string | undefined {
  const dot = host.indexOf('.');
  if (dot < 1) return undefined;
  const candidate = `${host.slice(0, dot)}-admin${host.slice(dot)}`;
  return oktaHostForAdminHost(candidate) === host.toLowerCase() ? candidate : undefined;
}

/** Everything a picture draws from the values, with placeholders filled in. */
export interface ShownValues {
  org: Shown;
  redirectUri: Shown;
  /** The Hub's SSO settings page, without the scheme (as a browser's address bar shows it). */
  hubSettingsAddress: Shown;
  idpDomain: Shown;
  /** Where the Okta admin console is (`<org>-admin.okta.com`); an example when the domain is not an Okta one (a custom domain). */
  oktaAdminHost: Shown;
  issuerUrl: Shown;
  clientId: Shown;
  /** Entra: the tenant (ID or domain) from a Microsoft issuer, else an example. */
  entraTenant: Shown;
  /** Entra: the "OpenID Connect metadata document" URL, on the issuer's Microsoft host, for `entraTenant`. */
  entraMetadataUrl: Shown;
  /** Google: the client ID (short form once known), else Google's form of an example. */
  googleClientId: Shown;
  /** SAML: the Hub's Assertion Consumer Service URL (the org's, else the example org's). */
  acsUrl: Shown;
  /** SAML: the Hub's SP Entity ID, else a placeholder (the app never guesses it: it is copied from the Hub). */
  spEntityId: Shown;
  /** SAML: the IdP's single sign-on URL, else each console's own form of an example. */
  samlSsoUrl: Record<PictureIdp, Shown>;
}

export const EXAMPLE_SP_ENTITY_ID = 'your-sp-entity-id';

function samlSsoUrlShown(values: IllustrationValues): Record<PictureIdp, Shown> {
  const shown = (idp: PictureIdp) => (values.samlSsoUrl ? own(values.samlSsoUrl) : example(placeholderFor('saml-sso-url', idp)));
  return { okta: shown('okta'), entra: shown('entra'), google: shown('google') };
}

function entraShown(values: IllustrationValues): { tenant: Shown; metadataUrl: Shown } {
  const tenant = entraTenantOf(values.issuerUrl);
  if (!tenant || !values.issuerUrl) {
    const tenantExample = placeholderFor('tenant', 'entra');
    return { tenant: example(tenantExample), metadataUrl: example(`https://${placeholderFor('idp-domain', 'entra')}/${tenantExample}/v2.0/.well-known/openid-configuration`) };
  }
  const url = new URL(values.issuerUrl);
  // The v1 issuer (sts.windows.net) has no metadata document of its own: the Endpoints pane lists the login host's.
  const host = url.hostname.toLowerCase() === 'sts.windows.net' ? placeholderFor('idp-domain', 'entra') : url.host;
  return { tenant: own(tenant), metadataUrl: own(`https://${host}/${tenant}/v2.0/.well-known/openid-configuration`) };
}

function adminHostShown(domain: Shown): Shown {
  const derived = oktaAdminHost(domain.text);
  return derived ? { text: derived, example: domain.example } : example(oktaAdminHost(EXAMPLE_IDP_DOMAIN) ?? EXAMPLE_IDP_DOMAIN);
}

const withoutScheme = (url: string) => url.replace(/^https:\/\//, '');

export function shownValues(values: IllustrationValues): ShownValues {
  const org = values.orgId ? own(values.orgId) : example(EXAMPLE_ORG);
  const domain = values.idpDomain ? own(values.idpDomain) : example(EXAMPLE_IDP_DOMAIN);
  const entra = entraShown(values);
  return {
    org,
    redirectUri: values.redirectUri ? own(values.redirectUri) : example(hubConsumeUri(EXAMPLE_ORG)),
    hubSettingsAddress: { text: withoutScheme(hubSsoSettingsUrl(org.text)), example: org.example },
    idpDomain: domain,
    oktaAdminHost: adminHostShown(domain),
    issuerUrl: values.issuerUrl ? own(values.issuerUrl) : example(`https://${EXAMPLE_IDP_DOMAIN}`),
    clientId: values.clientIdShort ? own(values.clientIdShort) : example(EXAMPLE_CLIENT_ID),
    entraTenant: entra.tenant,
    entraMetadataUrl: entra.metadataUrl,
    googleClientId: values.clientIdShort ? own(values.clientIdShort) : example(placeholderFor('client-id', 'google')),
    acsUrl: values.acsUrl ? own(values.acsUrl) : example(hubSamlAcsUrl(EXAMPLE_ORG)),
    spEntityId: values.spEntityId ? own(values.spEntityId) : example(EXAMPLE_SP_ENTITY_ID),
    samlSsoUrl: samlSsoUrlShown(values),
  };
}
