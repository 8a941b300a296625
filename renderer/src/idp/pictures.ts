/**
 * Which pictures each step of a profile shows: one map per profile
 * (renderer/src/idp/<id>/text.ts), keyed by a spot in the step's text. A
 * picture the map names but the bundle does not have yet (drawn on another
 * branch) is left out rather than breaking the step.
 */
export type StepPictureMap = Readonly<Record<string, readonly string[]>>;

/** The ids of `slot` that `available` (the bundled illustrations) has, in the map's order. */
export function shownPictureIds(map: StepPictureMap, slot: string, available: Readonly<Record<string, unknown>>): string[] {
  return (map[slot] ?? []).filter((id) => Object.prototype.hasOwnProperty.call(available, id));
}
