/** The Hugging Face Hub addresses built from the organization identifier (the forms: hub-facts.ts). */
import { hubFacts } from './hub-facts';

export const HUB_ORIGIN = 'https://huggingface.co';

/** The Hub's OIDC redirect URI for an organization: what the IdP app must list as its Sign-in redirect URI. */
export function hubConsumeUri(orgId: string): string {
  return HUB_ORIGIN + hubFacts.oidcConsumePath.value.replace('<org>', encodeURIComponent(orgId.trim()));
}

/** The redirect URI's form, as the Hub's guide writes it. */
export const HUB_CONSUME_URI_FORM = HUB_ORIGIN + hubFacts.oidcConsumePath.value;

/** The Hub's SAML Assertion Consumer Service URL for an organization. */
export function hubSamlAcsUrl(orgId: string): string {
  return HUB_ORIGIN + hubFacts.samlConsumePath.value.replace('<org>', encodeURIComponent(orgId.trim()));
}

/** The organization's SSO settings page on the Hub. */
export function hubSsoSettingsUrl(orgId: string): string {
  return `${HUB_ORIGIN}/organizations/${encodeURIComponent(orgId.trim())}/settings/sso`;
}
