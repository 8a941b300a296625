/** Okta's identity: what the home screen and the IdP chooser show, without the profile's rules and codes. */
export const oktaIdentity = {
  id: 'okta',
  displayName: 'Okta',
  consoleName: 'Okta Admin Console',
} as const;
