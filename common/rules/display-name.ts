/** How a configuration is named on screen and in a report: its name, else its organization. */
export function displayName(config: { name: string; orgId: string }): string {
  return config.name.trim() || config.orgId || 'Untitled configuration';
}
