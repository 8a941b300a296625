/** The Hugging Face Hub addresses built from the organization identifier. */

export const HUB_ORIGIN = 'https://huggingface.co';

/** The Sign-in redirect URI to register in Okta (the Hub's consume endpoint). */
export function redirectUriFor(orgId: string): string {
  return `${HUB_ORIGIN}/organizations/${encodeURIComponent(orgId.trim())}/oidc/consume`;
}

/** The organization's SSO settings page on the Hub. */
export function ssoSettingsUrlFor(orgId: string): string {
  return `${HUB_ORIGIN}/organizations/${encodeURIComponent(orgId.trim())}/settings/sso`;
}
