/** Microsoft Entra ID's identity: what the home screen and the IdP chooser show, without the profile's rules and codes. */
export const entraIdentity = {
  id: 'entra',
  displayName: 'Microsoft Entra ID',
  consoleName: 'Microsoft Entra admin center',
} as const;
