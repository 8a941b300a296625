/**
 * After a first import pass has imported everything new and reported the
 * configurations that already exist, the admin's choice (keep both, replace)
 * must apply to those conflicts only: re-sending the whole file would import
 * the new ones a second time. Narrows an export file's text to the given ids.
 */
export function onlyConfigurations(json: string, ids: readonly string[]): string {
  const wanted = new Set(ids);
  const file = JSON.parse(json) as { configurations?: Array<{ id?: unknown }> };
  return JSON.stringify({ ...file, configurations: (file.configurations ?? []).filter((c) => typeof c.id === 'string' && wanted.has(c.id)) });
}
