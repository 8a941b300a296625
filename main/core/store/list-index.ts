/**
 * What keeps listing cheap with thousands of configurations:
 *
 * - `store.gen`: a token every writer replaces (under the store lock) before it
 *   changes a file. A reader that saw token T before scanning knows its
 *   summaries are current for as long as the token is still T, in any process,
 *   and the configs folder's mtime has not moved (files added or removed by hand).
 * - `index.json`: the summaries and the file identities (inode, size, mtime)
 *   as of a token, so a fresh start reads one file instead of thousands. When
 *   the token moved on, it still spares re-reading every file whose identity
 *   is unchanged.
 *
 * Both are caches: missing or damaged, they are rebuilt from the configuration
 * files, which stay the only truth. (A file edited by hand in place, without
 * adding or removing files, is noticed when it is opened, or at the next
 * full scan: changes.log names only what the store itself wrote.)
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigSummary } from '../../../common/contract';
import { TEMP_PREFIX, writeFileAtomic } from './atomic-write';

/** The state a set of summaries is current for: the store.gen token and the configs folder's mtime. */
export interface Snapshot {
  gen: string;
  /** -1: not to be trusted (the folder had just changed). */
  dirMtimeMs: number;
}

export interface CachedEntry {
  ino: number;
  size: number;
  mtimeMs: number;
  summary: ConfigSummary;
}

// -2: summaries carry the tested values and the verdict; -3: the protocol and the SAML values (an older index is rebuilt from the files).
const INDEX_FORMAT = 'sso-setup-assistant/list-index-3';

const genPath = (dataDir: string) => path.join(dataDir, 'store.gen');
const indexPath = (dataDir: string) => path.join(dataDir, 'index.json');

export function readGeneration(dataDir: string): string {
  try {
    return fs.readFileSync(genPath(dataDir), 'utf8');
  } catch {
    return '';
  }
}

/** Call with the store lock held, before changing any configuration file. */
export function bumpGeneration(dataDir: string): string {
  const token = `${Date.now().toString(36)}-${randomBytes(8).toString('hex')}`;
  const temp = path.join(dataDir, `${TEMP_PREFIX}store.gen-${process.pid}-${randomBytes(4).toString('hex')}`);
  // No fsync: after a power loss a stale or empty token only costs one full scan.
  fs.writeFileSync(temp, token, { mode: 0o600 });
  fs.renameSync(temp, genPath(dataDir));
  return token;
}

export function loadIndex(dataDir: string): { snapshot: Snapshot; entries: Map<string, CachedEntry> } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(indexPath(dataDir), 'utf8'));
  } catch {
    return null;
  }
  const file = raw as { format?: unknown; gen?: unknown; dirMtimeMs?: unknown; entries?: unknown };
  if (file?.format !== INDEX_FORMAT || typeof file.gen !== 'string' || typeof file.dirMtimeMs !== 'number' || !Array.isArray(file.entries)) return null;
  const entries = new Map<string, CachedEntry>();
  for (const e of file.entries as unknown[]) {
    if (!Array.isArray(e) || e.length !== 5) return null;
    const [id, ino, size, mtimeMs, summary] = e as [unknown, unknown, unknown, unknown, unknown];
    if (typeof id !== 'string' || typeof ino !== 'number' || typeof size !== 'number' || typeof mtimeMs !== 'number') return null;
    if (!summary || typeof summary !== 'object' || (summary as ConfigSummary).id !== id) return null;
    entries.set(id, { ino, size, mtimeMs, summary: summary as ConfigSummary });
  }
  return { snapshot: { gen: file.gen, dirMtimeMs: file.dirMtimeMs }, entries };
}

export async function saveIndex(dataDir: string, snapshot: Snapshot, entries: Map<string, CachedEntry>): Promise<void> {
  const rows = [...entries].map(([id, e]) => [id, e.ino, e.size, e.mtimeMs, e.summary]);
  await writeFileAtomic(indexPath(dataDir), JSON.stringify({ format: INDEX_FORMAT, gen: snapshot.gen, dirMtimeMs: snapshot.dirMtimeMs, entries: rows }));
}
