/**
 * Every picture spot of a SAML step text (`<Pictures slot="saml.…">` in
 * renderer/src/idp/<id>/saml-steps.tsx) is named by that IdP's text map, and
 * every picture the map names for it is bundled: a spot with no picture would
 * leave its sub-step without the screen it describes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { illustrations } from '../../renderer/src/illustrations/index';
import { idpText } from '../../renderer/src/idp/text';

const IDPS = ['okta', 'entra', 'google'] as const;
/** The IdPs whose SAML pictures are drawn on this branch; the test fails if one of them loses its saml.* map. */
const DRAWN = new Set(['okta', 'entra']);

function samlSlots(idp: string): string[] {
  const path = fileURLToPath(new URL(`../../renderer/src/idp/${idp}/saml-steps.tsx`, import.meta.url));
  return [...readFileSync(path, 'utf8').matchAll(/slot="(saml\.[^"]+)"/g)].map((m) => m[1]!);
}

describe('SAML step pictures', () => {
  it.each(IDPS)('%s: every saml.* spot of its steps has a bundled picture', (idp) => {
    const map = idpText(idp).pictures;
    const samlKeys = Object.keys(map).filter((k) => k.startsWith('saml.'));
    if (DRAWN.has(idp)) expect(samlKeys.length, `${idp} maps its SAML spots`).toBeGreaterThan(0);
    // An IdP whose SAML pictures are drawn on another branch (Google, in parallel) has no saml.* keys yet: nothing to check until it does.
    if (samlKeys.length === 0) return;
    const slots = samlSlots(idp);
    expect(slots.length, `${idp} saml-steps.tsx has picture spots`).toBeGreaterThan(0);
    for (const slot of slots) {
      const ids = map[slot];
      expect(ids, `${idp} ${slot} is in the text map`).toBeDefined();
      expect(ids!.length, `${idp} ${slot} names a picture`).toBeGreaterThan(0);
      for (const id of ids!) expect(Object.prototype.hasOwnProperty.call(illustrations, id), `${idp} ${slot}: ${id} is bundled`).toBe(true);
    }
    // And the map names no SAML spot the steps do not have (a renamed slot would leave its pictures unseen).
    for (const key of samlKeys) expect(slots, `${idp} ${key} is used by saml-steps.tsx`).toContain(key);
  });
});
