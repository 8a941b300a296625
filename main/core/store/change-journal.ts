/**
 * Which configurations each store write touched: `changes.log`, one JSON line
 * per locked write, `{ token, prev, dirMtimeMs, ids }`, appended by the lock
 * holder after its write. A reader whose summaries are current for token T
 * follows the chain T → … → the current store.gen token and re-reads only the
 * files those writes named, instead of checking all of them (another window
 * saved one configuration: one file, not ten thousand).
 *
 * Like store.gen and index.json it is a cache: missing, damaged or broken
 * chains mean "unknown", and the reader falls back to its full scan. `ids` is
 * '*' when a write could not say what it touched.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TEMP_PREFIX } from './atomic-write';

export interface JournalEntry {
  /** The store.gen token this write set. */
  token: string;
  /** The token before it. */
  prev: string;
  /** The configs folder's mtime once the write was done (a hand-made change moves it again). */
  dirMtimeMs: number;
  ids: string[] | '*';
}

/** What changed between two tokens: the ids to re-read, and the folder mtime the last write left. */
export interface JournalDelta {
  ids: Set<string>;
  dirMtimeMs: number;
}

const journalPath = (dataDir: string) => path.join(dataDir, 'changes.log');

/** Long enough to bridge any reader that listed recently; rewritten to the newest half when longer. */
const MAX_ENTRIES = 512;
/** More ids than this in one write (an import): readers rescan instead. */
const MAX_IDS = 1000;

/** Call with the store lock held, after the write. A failure only costs readers a full scan. */
export function appendChange(dataDir: string, entry: JournalEntry): void {
  const line = JSON.stringify(entry.ids !== '*' && entry.ids.length > MAX_IDS ? { ...entry, ids: '*' } : entry);
  try {
    fs.appendFileSync(journalPath(dataDir), `${line}\n`, { mode: 0o600 });
    const size = fs.statSync(journalPath(dataDir)).size;
    // About 100 bytes a line: trim before it grows past a few hundred KB.
    if (size > MAX_ENTRIES * 200) trim(dataDir);
  } catch {
    // readers fall back to their full scan
  }
}

/** Synchronous, so it finishes while the caller still holds the lock (no other writer's line is lost). */
function trim(dataDir: string): void {
  const lines = fs.readFileSync(journalPath(dataDir), 'utf8').split('\n').filter(Boolean);
  const temp = path.join(dataDir, `${TEMP_PREFIX}changes.log-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.writeFileSync(temp, `${lines.slice(-MAX_ENTRIES / 2).join('\n')}\n`, { mode: 0o600 });
  fs.renameSync(temp, journalPath(dataDir));
}

/** The writes from `from` to `to`, or null when the journal cannot bridge them (then: full scan). */
export function changesBetween(dataDir: string, from: string, to: string): JournalDelta | null {
  if (!from || !to) return null;
  let text: string;
  try {
    text = fs.readFileSync(journalPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  const byPrev = new Map<string, JournalEntry>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const e = parseEntry(line);
    if (e) byPrev.set(e.prev, e);
  }
  const ids = new Set<string>();
  let at = from;
  let dirMtimeMs = -1;
  for (let hops = 0; at !== to; hops++) {
    const e = byPrev.get(at);
    if (!e || e.ids === '*' || hops > MAX_ENTRIES) return null;
    for (const id of e.ids) ids.add(id);
    dirMtimeMs = e.dirMtimeMs;
    at = e.token;
  }
  return { ids, dirMtimeMs };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const e = JSON.parse(line) as Partial<JournalEntry>;
    const idsOk = e.ids === '*' || (Array.isArray(e.ids) && e.ids.every((id) => typeof id === 'string'));
    if (typeof e.token !== 'string' || typeof e.prev !== 'string' || typeof e.dirMtimeMs !== 'number' || !idsOk) return null;
    return e as JournalEntry;
  } catch {
    return null; // a torn last line from a crashed writer
  }
}
