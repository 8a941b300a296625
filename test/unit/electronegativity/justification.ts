/**
 * What "justified inline" means for an Electronegativity finding, concretely:
 *
 *   // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — why this is safe, in words
 *   <!-- electronegativity-ignore: CSP_GLOBAL_CHECK — why this is safe, in words -->
 *
 * - the comment names the finding's check ID exactly (upper case, as the scanner prints it);
 * - it sits on the flagged line, or in the unbroken block of comment lines that
 *   ends right above it;
 * - after the ID comes a dash (—, – or -) and a reason of at least
 *   MIN_REASON_WORDS words (the reason may continue on the block's next lines).
 *
 * A finding with no location (the scanner's "N/A" global findings, such as
 * "no CSP detected" or "no navigation limits") cannot be justified inline: it fails.
 * The scanner's own `eng-disable` comments are not accepted at all (they hide a
 * finding without giving a reason; the test refuses them separately).
 */

export const MIN_REASON_WORDS = 6;

const MARKER = /electronegativity-ignore:\s*([A-Z][A-Z0-9_]*)\s*(?:—|–|-{1,2})\s*(.*)$/;

/** Comment text without the comment punctuation. */
function commentText(line: string): string {
  return line
    .trim()
    .replace(/^(\/\/+|\/\*+|\*+(?!\/)|<!--)/, '')
    .replace(/(\*\/|-->)\s*$/, '')
    .trim();
}

/**
 * 0-based index of the first line of the unbroken run of comments that ends
 * right above line index `below` (== `below` when there is none). Knows `//`
 * lines and multi-line `/* … *\/` and `<!-- … -->` blocks.
 */
function commentBlockStart(lines: string[], below: number): number {
  let i = below - 1;
  let start = below;
  while (i >= 0) {
    const t = lines[i]!.trim();
    if (t.startsWith('//')) {
      start = i;
      i -= 1;
      continue;
    }
    const closer = t.endsWith('*/') ? '/*' : t.endsWith('-->') ? '<!--' : null;
    if (!closer) break;
    // Walk up to the line that opens this block; it must hold nothing but the comment.
    let open = i;
    while (open >= 0 && !lines[open]!.includes(closer)) open -= 1;
    if (open < 0 || !lines[open]!.trim().startsWith(closer)) break;
    start = open;
    i = open - 1;
  }
  return start;
}

export interface Justification {
  checkId: string;
  reason: string;
  /** 1-based line of the marker, within the text given. */
  line: number;
}

/** Every justification marker in a piece of comment text; a reason runs on until the next marker or the end. */
export function justificationsIn(text: string): Justification[] {
  const lines = text.split(/\r?\n/);
  const found: Justification[] = [];
  lines.forEach((raw, index) => {
    const match = MARKER.exec(raw);
    if (!match) return;
    const parts = [commentText(match[2] ?? '')];
    for (let next = index + 1; next < lines.length && !MARKER.test(lines[next]!); next++) parts.push(commentText(lines[next]!));
    found.push({ checkId: match[1]!, reason: parts.join(' ').replace(/\s+/g, ' ').trim(), line: index + 1 });
  });
  return found;
}

export function reasonIsEnough(reason: string): boolean {
  return reason.split(/\s+/).filter((w) => /\w/.test(w)).length >= MIN_REASON_WORDS;
}

/**
 * The justification that covers a finding of `checkId` on 1-based `line`, or
 * why there is none. Looks at the flagged line and the comment block just above it.
 */
export function justificationFor(text: string, checkId: string, line: number): { ok: true; reason: string } | { ok: false; why: string } {
  if (!Number.isInteger(line) || line < 1) return { ok: false, why: 'no location: a global finding cannot be justified inline' };
  const lines = text.split(/\r?\n/);
  if (line > lines.length) return { ok: false, why: `line ${line} is past the end of the file` };
  // The unbroken comment block right above the flagged line, then a trailing comment on the line itself.
  const blockStart = commentBlockStart(lines, line - 1);
  const flagged = lines[line - 1]!;
  const trailing = flagged.search(/\/\/|\/\*|<!--/);
  const candidates = [
    ...justificationsIn(lines.slice(blockStart, line - 1).join('\n')),
    ...(trailing >= 0 ? justificationsIn(flagged.slice(trailing)) : []),
  ];
  const named = candidates.filter((j) => j.checkId === checkId);
  if (named.length === 0) return { ok: false, why: `no "electronegativity-ignore: ${checkId} — reason" comment on or right above line ${line}` };
  const good = named.find((j) => reasonIsEnough(j.reason));
  if (!good) return { ok: false, why: `the justification for ${checkId} gives no reason (at least ${MIN_REASON_WORDS} words)` };
  return { ok: true, reason: good.reason };
}
