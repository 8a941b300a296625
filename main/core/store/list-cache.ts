/**
 * The summaries list() answers with, kept in memory: an entry is valid while
 * its file's inode, size and mtime are unchanged, and the whole set is known
 * current while store.gen and the configs folder's mtime are (list-index.ts,
 * which also persists the set as index.json for a fast cold start). When
 * another process wrote meanwhile, its entries in changes.log
 * (change-journal.ts) name the files to re-read; only a gap there costs a scan.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ConfigSummary, Configuration } from '../../../common/contract';
import { decodeConfig } from './decode-files';
import { appendChange, changesBetween } from './change-journal';
import { bumpGeneration, type CachedEntry, loadIndex, readGeneration, saveIndex, type Snapshot } from './list-index';
import { ID_FILE, isNotFound } from './store-layout';

/** See list(): how recent a folder change must be for its mtime not to be trusted yet. */
const RACY_MS = 100;

/** A configuration file list() could not read: to be quarantined. */
export interface BadConfigFile {
  id: string;
  file: string;
  reason: string;
  newer: boolean;
}

export interface ListCache {
  /**
   * Summaries of every readable configuration, most recently updated first.
   * Bad files found while scanning are handed to `quarantine` (after the scan).
   */
  list(quarantine: (bad: BadConfigFile) => Promise<unknown>): Promise<ConfigSummary[]>;
  /**
   * Call with the store lock held: moves store.gen on first so that every
   * other reader rescans, runs `fn`; our own cache stays current if it was.
   */
  whileLocked<T>(fn: () => Promise<T>): Promise<T>;
  /** After `file` was written with `configuration`: remember its summary. */
  written(file: string, configuration: Configuration): void;
  /** Forget a configuration (deleted, or its file moved aside). */
  drop(id: string): void;
}

function summaryOf(c: Configuration): ConfigSummary {
  const s: ConfigSummary = {
    id: c.id,
    name: c.name,
    orgId: c.orgId,
    idpKind: c.idpKind,
    issuerUrl: c.issuerUrl,
    clientId: c.clientId,
    requestGroups: c.requestGroups,
    secretRevision: c.secretRevision,
    verdict: c.verdict,
    protocol: c.protocol,
    updatedAt: c.updatedAt,
    progress: c.progress,
    revision: c.revision,
  };
  if (c.lastTest) s.lastTest = c.lastTest;
  if (c.secretExpiresOn) s.secretExpiresOn = c.secretExpiresOn;
  if (c.protocol === 'saml') {
    const { spEntityId, ssoUrl, idpEntityId, certificateSha256, certificateExpiresOn } = c.saml;
    s.saml = { spEntityId, ssoUrl, idpEntityId, ...(certificateSha256 ? { certificateSha256 } : {}), ...(certificateExpiresOn ? { certificateExpiresOn } : {}) };
  }
  return s;
}

function byUpdatedDesc(a: ConfigSummary, b: ConfigSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1;
}

/** Where `s` goes in a list sorted by byUpdatedDesc (ids make the order total). */
function sortedIndex(list: ConfigSummary[], s: ConfigSummary): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byUpdatedDesc(list[mid]!, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function removeSorted(list: ConfigSummary[], s: ConfigSummary): void {
  const at = sortedIndex(list, s);
  const i = list[at] === s ? at : list.indexOf(s);
  if (i !== -1) list.splice(i, 1);
}

const matches = (s: Snapshot | null, gen: string, dirMtimeMs: number) => s !== null && s.gen === gen && s.dirMtimeMs === dirMtimeMs && dirMtimeMs !== -1;

export function createListCache(dataDir: string, configsDir: string): ListCache {
  const cache = new Map<string, CachedEntry>();
  /**
   * When `cache` is known complete and current: the store.gen token (moved by
   * every write, see list-index.ts) and the configs folder's mtime (moved by
   * files added or removed by hand, e.g. a restored backup).
   */
  let snapshot: Snapshot | null = null;
  const configsMtime = (): number => {
    try {
      return fsSync.statSync(configsDir).mtimeMs;
    } catch {
      return -1;
    }
  };
  let indexLoaded = false;
  let sorted: ConfigSummary[] | null = null;
  let indexTimer: NodeJS.Timeout | undefined;
  // One or two summaries changing (a save here or in another window) move in the sorted list
  // instead of re-sorting ten thousand; bulk loads clear `sorted` first and sort once.
  const setEntry = (id: string, e: CachedEntry) => {
    const old = cache.get(id);
    cache.set(id, e);
    if (sorted) {
      if (old) removeSorted(sorted, old.summary);
      sorted.splice(sortedIndex(sorted, e.summary), 0, e.summary);
    }
  };
  const dropEntry = (id: string) => {
    const old = cache.get(id);
    if (!cache.delete(id) || !old) return;
    if (sorted) removeSorted(sorted, old.summary);
  };
  /** Set when a write could not update the cache: the next listing rescans. */
  let cacheUnsure = false;
  /** The ids the running locked write touched, for changes.log (null: no locked write running). */
  let touched: Set<string> | null = null;

  function persistIndex(): void {
    if (snapshot === null) return;
    void saveIndex(dataDir, snapshot, cache).catch(() => {}); // a cache: losing it costs one scan
  }
  /** After the listing has answered: serialising thousands of summaries is not the caller's wait. */
  function persistIndexNext(): void {
    clearTimeout(indexTimer);
    indexTimer = setTimeout(persistIndex, 0);
    indexTimer.unref?.();
  }
  function persistIndexSoon(): void {
    clearTimeout(indexTimer);
    indexTimer = setTimeout(persistIndex, 1000);
    indexTimer.unref?.();
  }

  async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
    const prev = readGeneration(dataDir);
    const current = matches(snapshot, prev, configsMtime());
    const token = bumpGeneration(dataDir);
    cacheUnsure = false;
    touched = new Set();
    let completed = false;
    try {
      const result = await fn();
      completed = true;
      return result;
    } finally {
      // A write that threw may have changed a file it never reported: readers rescan.
      const ids = completed && !cacheUnsure ? [...touched] : '*';
      touched = null;
      const dirMtimeMs = configsMtime();
      appendChange(dataDir, { token, prev, dirMtimeMs, ids });
      // Every store writer holds this lock, so what changed meanwhile is only what fn did (and fn kept the cache up to date).
      if (current && !cacheUnsure) {
        snapshot = { gen: token, dirMtimeMs };
        persistIndexSoon();
      } else {
        snapshot = null;
      }
    }
  }

  function written(file: string, configuration: Configuration): void {
    const id = configuration.id.toLowerCase();
    touched?.add(id);
    try {
      const st = fsSync.statSync(file);
      setEntry(id, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, summary: summaryOf(configuration) });
    } catch {
      dropEntry(id);
      cacheUnsure = true;
    }
  }

  function sortedSummaries(): ConfigSummary[] {
    sorted ??= [...cache.values()].map((e) => e.summary).sort(byUpdatedDesc);
    return sorted.slice();
  }

  /** What index.json was current for, when our summaries came from it (cleared by the first scan). */
  let indexSnapshot: Snapshot | null = null;

  /**
   * Brings one configuration's summary up to date from its file: true when it is listed.
   * A file that cannot be decoded is dropped and, when bad (not merely newer), queued for quarantine.
   */
  function refresh(id: string, name: string, bad: BadConfigFile[]): boolean {
    const file = path.join(configsDir, name);
    let st: fsSync.Stats;
    try {
      st = fsSync.statSync(file);
    } catch {
      return false; // deleted (meanwhile)
    }
    const hit = cache.get(id);
    if (hit && hit.ino === st.ino && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return true;
    let text: string;
    try {
      text = fsSync.readFileSync(file, 'utf8');
    } catch {
      return cache.has(id);
    }
    const r = decodeConfig(id, text);
    if (r.kind === 'ok') {
      setEntry(id, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, summary: summaryOf(r.value.configuration) });
      return true;
    }
    dropEntry(id);
    if (r.kind === 'bad') bad.push({ id, file, reason: r.reason, newer: r.newer });
    return false;
  }

  /** Lists files that appeared and forgets ones that vanished, by name (a readdir, no stat per file); false when the folder is gone. */
  async function reconcileNames(bad: BadConfigFile[]): Promise<boolean> {
    let names: string[];
    try {
      names = await fs.readdir(configsDir);
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
    const onDisk = new Set<string>();
    for (const name of names) {
      const m = ID_FILE.exec(name);
      if (!m) continue;
      const id = m[1]!.toLowerCase();
      onDisk.add(id);
      if (!cache.has(id) && !refresh(id, name, bad)) onDisk.delete(id);
    }
    for (const id of [...cache.keys()]) if (!onDisk.has(id)) dropEntry(id);
    return true;
  }

  async function list(quarantine: (bad: BadConfigFile) => Promise<unknown>): Promise<ConfigSummary[]> {
    // Read before scanning: a write that lands during the scan moves it on, and the next listing rescans.
    const gen = readGeneration(dataDir);
    const dirMtimeMs = configsMtime();
    if (matches(snapshot, gen, dirMtimeMs)) return sortedSummaries();
    if (!indexLoaded) {
      indexLoaded = true;
      const index = loadIndex(dataDir);
      if (index) {
        sorted = null;
        for (const [id, e] of index.entries) setEntry(id, e);
        indexSnapshot = index.snapshot;
        if (matches(index.snapshot, gen, dirMtimeMs)) {
          snapshot = index.snapshot;
          return sortedSummaries();
        }
      }
    }
    // Another process wrote since our summaries were current: re-read only what its writes named.
    // Files added or removed by hand move the folder's mtime past what the journal recorded (or the
    // snapshot was taken while the folder was still changing): then the names are compared too.
    const base = snapshot ?? indexSnapshot;
    const delta = base && dirMtimeMs !== -1 ? changesBetween(dataDir, base.gen, gen) : null;
    if (delta) {
      const bad: BadConfigFile[] = [];
      for (const id of delta.ids) if (!refresh(id, `${id}.json`, bad)) dropEntry(id);
      const expected = delta.dirMtimeMs !== -1 ? delta.dirMtimeMs : base!.dirMtimeMs; // -1 from the journal: no write in between
      const untracked = base!.dirMtimeMs === -1 || dirMtimeMs !== expected;
      if (untracked && !(await reconcileNames(bad))) return [];
      snapshot = { gen, dirMtimeMs: Date.now() - dirMtimeMs > RACY_MS ? dirMtimeMs : -1 };
      persistIndexNext();
      for (const b of bad) await quarantine(b);
      return sortedSummaries();
    }
    let names: string[];
    try {
      names = await fs.readdir(configsDir);
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
    sorted = null;
    const present = new Set<string>();
    const bad: BadConfigFile[] = [];
    // Synchronous stat/read in slices: much faster than thousands of parallel
    // async calls, while still yielding to the event loop between slices.
    const SLICE = 250;
    for (let start = 0; start < names.length; start += SLICE) {
      if (start > 0) await new Promise((r) => setImmediate(r));
      for (const name of names.slice(start, start + SLICE)) {
        const m = ID_FILE.exec(name);
        if (!m) continue;
        const id = m[1]!.toLowerCase();
        if (refresh(id, name, bad)) present.add(id);
      }
    }
    for (const id of [...cache.keys()]) if (!present.has(id)) dropEntry(id);
    indexSnapshot = null;
    // A folder changed within the file system's timestamp granularity (ext4, btrfs,
    // xfs, tmpfs, APFS, NTFS: at most ~10 ms) could change again without its mtime
    // moving: such a snapshot is not trusted, the next listing checks the files again.
    snapshot = { gen, dirMtimeMs: Date.now() - dirMtimeMs > RACY_MS ? dirMtimeMs : -1 };
    persistIndexNext();
    for (const b of bad) await quarantine(b);
    return sortedSummaries();
  }

  function drop(id: string): void {
    touched?.add(id);
    dropEntry(id);
  }

  return { list, whileLocked, written, drop };
}
