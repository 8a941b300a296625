/** The scopes a test login asks for: what the Hub asks for, plus `groups` when the admin turns it on. */
export function testScopes(requestGroups: boolean): string[] {
  return ['openid', 'email', 'profile', ...(requestGroups ? ['groups'] : [])];
}
