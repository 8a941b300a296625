/**
 * What copy and paste brings along with a value: spaces at either end, and
 * invisible characters (zero-width spaces and joiners, byte-order marks,
 * word joiners, non-breaking spaces) that make an identifier silently differ
 * from the one the IdP holds. Identifiers, URLs and secrets never contain them.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NBSP = /[\u00A0\u202F\u2007]/g;

export interface Cleaned {
  value: string;
  /** What was removed, in words, for the field's note ("" when nothing). */
  removed: string;
}

export function cleanPasted(raw: string): Cleaned {
  const invisible = raw.match(INVISIBLE)?.length ?? 0;
  const withoutInvisible = raw.replace(INVISIBLE, '');
  // A non-breaking space inside a value becomes a plain one (and is then refused where spaces are); at the ends it goes.
  const nbsp = withoutInvisible.match(NBSP)?.length ?? 0;
  const plain = withoutInvisible.replace(NBSP, ' ');
  const value = plain.trim();
  const parts: string[] = [];
  if (invisible > 0) parts.push(`${invisible} invisible character${invisible > 1 ? 's' : ''} (zero-width)`);
  if (nbsp > 0) parts.push(`${nbsp} non-breaking space${nbsp > 1 ? 's' : ''}`);
  if (value !== plain) parts.push('spaces at the start or end');
  return { value, removed: parts.join(', ') };
}

/** The note a field shows when cleaning changed its value. */
export function cleanedNote(cleaned: Cleaned): string | undefined {
  return cleaned.removed ? `Removed ${cleaned.removed}: they come with copy and paste and would make the value differ.` : undefined;
}

/** A piece of a pasted value: plain text, or one character copy and paste hid in it, named ("U+200B"). */
export interface PastedPart {
  text: string;
  hidden: boolean;
}

/**
 * The value as pasted, with every invisible character and non-breaking space
 * named where it stands, so the field can show what cleaning removes. Empty
 * when the value holds none.
 */
export function hiddenCharacters(raw: string): PastedPart[] {
  const found = [...raw.matchAll(new RegExp(`${INVISIBLE.source}|${NBSP.source}`, 'g'))];
  if (found.length === 0) return [];
  const parts: PastedPart[] = [];
  let last = 0;
  for (const m of found) {
    if (m.index > last) parts.push({ text: raw.slice(last, m.index), hidden: false });
    parts.push({ text: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, hidden: true });
    last = m.index + m[0].length;
  }
  if (last < raw.length) parts.push({ text: raw.slice(last), hidden: false });
  return parts;
}
