/** The Hugging Face Hub addresses built from the organization identifier. */

export const HUB_ORIGIN = 'https://huggingface.co';

/** The Hub's OIDC redirect URI for an organization: what the IdP app must list as its Sign-in redirect URI. */
export function hubConsumeUri(orgId: string): string {
  return `${HUB_ORIGIN}/organizations/${encodeURIComponent(orgId.trim())}/oidc/consume`;
}

/** The redirect URI's form, as the Hub's guide writes it. */
export const HUB_CONSUME_URI_FORM = `${HUB_ORIGIN}/organizations/<org>/oidc/consume`;

/** The organization's SSO settings page on the Hub. */
export function hubSsoSettingsUrl(orgId: string): string {
  return `${HUB_ORIGIN}/organizations/${encodeURIComponent(orgId.trim())}/settings/sso`;
}
