/** Google Workspace's identity: what the home screen and the IdP chooser show, without the profile's rules and codes. */
export const googleIdentity = {
  id: 'google',
  displayName: 'Google Workspace',
  consoleName: 'Google Cloud console',
  samlConsoleName: 'Google Admin console',
} as const;
