/**
 * Configurations and their test history on disk, in the app's data folder:
 *
 *   configs/<id>.json   one configuration (ConfigFile), small, so listing is cheap
 *   history/<id>.json   its test history (HistoryFile), newest first, at most 100
 *   store.lock          held around every read-modify-write (see file-lock.ts)
 *
 * Every write is atomic (atomic-write.ts). Concurrent writers (two windows, two
 * processes) never lose an update: writes happen under the lock, re-read the
 * file inside it, and apply only what changed; `expectedRevision` lets the UI
 * refuse to overwrite an edit it has not seen. A file that cannot be read is
 * moved aside as `<name>.corrupt-<timestamp>` and reported, never replaced.
 *
 * Nothing here can hold a secret or a token: the schemas have no field for one.
 */
import { randomUUID } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigFields,
  type ConfigFieldsPatch,
  type ConfigSummary,
  type Configuration,
  type Diagnosis,
  HistoryRecord,
  type StepId,
} from '../../../preload/contract';
import { diagnose, DiagnosisError } from '../diagnoses';
import type { Clock } from '../ports';
import { sweepTempFiles, syncDir, writeFileAtomic } from './atomic-write';
import { LockTimeoutError, withFileLock } from './file-lock';
import { bumpGeneration, type CachedEntry, loadIndex, readGeneration, saveIndex, type Snapshot } from './list-index';
import { migrateConfigFile, migrateHistoryFile, NewerSchemaError } from './migrations';
import { ConfigFile, CURRENT_SCHEMA_VERSION, HISTORY_LIMIT, HistoryFile } from './stored-files';

export interface ConfigStoreOptions {
  clock: Clock;
  appVersion: string;
  /** How long a writer waits for another one to finish (ms). */
  lockTimeoutMs?: number;
}

/** What an import writes: the exported values, under an id chosen by the caller. */
export interface ImportedConfiguration {
  id: string;
  fields: ConfigFields;
  progress?: Configuration['progress'];
  createdAt?: string;
}

export interface ImportWrite {
  config: ImportedConfiguration;
  /** Overwrite a configuration with the same id. */
  replace: boolean;
  /** When replacing: keep hasSecret (the keychain entry stays valid for these values). */
  keepSecret: boolean;
}

export interface ConfigStore {
  readonly dataDir: string;
  /** Summaries of every readable configuration, most recently updated first. */
  list(): Promise<ConfigSummary[]>;
  /** CONFIG_NOT_FOUND when absent; STORE_CORRUPT when its file cannot be read. */
  get(id: string): Promise<Configuration>;
  has(id: string): Promise<boolean>;
  create(fields: Partial<ConfigFields>): Promise<Configuration>;
  /** Applies only the given fields. CONFIG_CHANGED_ELSEWHERE when `expectedRevision` is stale. */
  update(id: string, fields: ConfigFieldsPatch, expectedRevision?: number): Promise<Configuration>;
  /** Steps ticked by the admin. STEP_NEEDS_TEST for 'credentials'. */
  setStepDone(id: string, step: StepId, done: boolean): Promise<Configuration>;
  setCurrentStep(id: string, step: StepId): Promise<Configuration>;
  /** A copy with a new id, without secret, history or step 3. */
  duplicate(id: string): Promise<Configuration>;
  /** Removes the configuration and its history. */
  delete(id: string): Promise<void>;
  /** Records that a secret was saved (clears step 3: it must be re-earned) or removed. */
  setHasSecret(id: string, hasSecret: boolean): Promise<Configuration>;
  /** Appends a test record (keeps the newest 100) and sets the configuration's lastTest. */
  appendHistory(record: HistoryRecord): Promise<void>;
  /** Newest first. */
  history(id: string): Promise<HistoryRecord[]>;
  latestSuccessfulTest(id: string): Promise<HistoryRecord | undefined>;
  /** Ticks step 3, unless the tested values changed since `revision` was read. */
  markCredentialsTested(id: string, revision: number): Promise<void>;
  /**
   * Writes imported configurations, in batches under the lock. An existing id
   * is only overwritten with `replace`; otherwise it is returned in `skipped`.
   */
  importMany(writes: ImportWrite[]): Promise<{ written: Configuration[]; skipped: ImportedConfiguration[] }>;
  /** Problems found while reading (files moved aside, files from a newer version). */
  onProblem(listener: (problem: Diagnosis) => void): () => void;
  problems(): Diagnosis[];
}

/** See list(): how recent a folder change must be for its mtime not to be trusted yet. */
const RACY_MS = 100;

const ID_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;
/** Values a test login depends on: changing one un-ticks step 3. */
const CREDENTIAL_FIELDS = ['orgId', 'clientId', 'issuerUrl', 'requestGroups'] as const;

function freshProgress(): Configuration['progress'] {
  return { done: { createApp: false, configureApp: false, credentials: false, enableSso: false }, currentStep: 'createApp' };
}

function summaryOf(c: Configuration): ConfigSummary {
  const s: ConfigSummary = {
    id: c.id,
    name: c.name,
    orgId: c.orgId,
    idpKind: c.idpKind,
    issuerUrl: c.issuerUrl,
    updatedAt: c.updatedAt,
    progress: c.progress,
  };
  if (c.lastTest) s.lastTest = c.lastTest;
  return s;
}

function byUpdatedDesc(a: ConfigSummary, b: ConfigSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1;
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

type ReadResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'bad'; reason: string; newer: boolean };

/** Parses, migrates and validates; the reason never quotes file content (it may be anything). */
function decode<T>(text: string, migrate: (raw: unknown) => unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): ReadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'not valid JSON (truncated or edited by hand)', newer: false };
  }
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (err) {
    return { kind: 'bad', reason: err instanceof Error ? err.message : 'cannot be migrated', newer: err instanceof NewerSchemaError };
  }
  const parsed = schema.safeParse(migrated);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    return { kind: 'bad', reason: `invalid content — ${reason}`.slice(0, 500), newer: false };
  }
  return { kind: 'ok', value: parsed.data };
}

export function createConfigStore(dataDir: string, options: ConfigStoreOptions): ConfigStore {
  const { clock, appVersion } = options;
  const configsDir = path.join(dataDir, 'configs');
  const historyDir = path.join(dataDir, 'history');
  const lockPath = path.join(dataDir, 'store.lock');
  const configPath = (id: string) => path.join(configsDir, `${id.toLowerCase()}.json`);
  const historyPath = (id: string) => path.join(historyDir, `${id.toLowerCase()}.json`);
  const nowIso = () => new Date(clock.now()).toISOString();

  const listeners = new Set<(p: Diagnosis) => void>();
  const problemList: Diagnosis[] = [];
  /** Files already reported, so a file from a newer version is reported once, not at every list. */
  const reported = new Set<string>();
  /** Summary cache for list(): an entry is valid while its file's inode, size and mtime are unchanged. */
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
  const matches = (s: Snapshot | null, gen: string, dirMtimeMs: number) => s !== null && s.gen === gen && s.dirMtimeMs === dirMtimeMs && dirMtimeMs !== -1;
  let indexLoaded = false;
  let sorted: ConfigSummary[] | null = null;
  let indexTimer: NodeJS.Timeout | undefined;
  const setEntry = (id: string, e: CachedEntry) => {
    cache.set(id, e);
    sorted = null;
  };
  const dropEntry = (id: string) => {
    if (cache.delete(id)) sorted = null;
  };
  /** Set when a write could not update the cache: the next listing rescans. */
  let cacheUnsure = false;

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

  /**
   * Runs `fn` holding the store lock, having moved store.gen on first so that
   * every other reader rescans; our own cache stays current if it was.
   */
  async function underLock<T>(fn: () => Promise<T>): Promise<T> {
    return withFileLock(
      lockPath,
      async () => {
        const current = matches(snapshot, readGeneration(dataDir), configsMtime());
        const token = bumpGeneration(dataDir);
        cacheUnsure = false;
        try {
          return await fn();
        } finally {
          // Every store writer holds this lock, so what changed meanwhile is only what fn did (and fn kept the cache up to date).
          if (current && !cacheUnsure) {
            snapshot = { gen: token, dirMtimeMs: configsMtime() };
            persistIndexSoon();
          } else {
            snapshot = null;
          }
        }
      },
      { timeoutMs: options.lockTimeoutMs ?? 15_000 },
    );
  }

  let ready: Promise<void> | undefined;
  function ensureDirs(): Promise<void> {
    ready ??= (async () => {
      await fs.mkdir(configsDir, { recursive: true, mode: 0o700 });
      await fs.mkdir(historyDir, { recursive: true, mode: 0o700 });
      await sweepTempFiles(dataDir, 60_000, Date.now());
      // Temp files of writers killed mid-write (a minute old: never one being written now).
      await sweepTempFiles(configsDir, 60_000, Date.now());
      await sweepTempFiles(historyDir, 60_000, Date.now());
    })().catch((err) => {
      ready = undefined;
      throw writeFailed(err, 'create the data folder');
    });
    return ready;
  }

  function report(problem: Diagnosis, key: string): void {
    if (reported.has(key)) return;
    reported.add(key);
    problemList.push(problem);
    for (const l of listeners) {
      try {
        l(problem);
      } catch {
        // a listener's failure must not break reading
      }
    }
  }

  function writeFailed(err: unknown, action: string): DiagnosisError {
    if (err instanceof DiagnosisError) return err;
    if (err instanceof LockTimeoutError) {
      return DiagnosisError.of('STORE_WRITE_FAILED', { action, reason: 'another window or process kept the store busy', lock: err.lockPath });
    }
    const code = (err as NodeJS.ErrnoException)?.code;
    return DiagnosisError.of('STORE_WRITE_FAILED', { action, reason: code ?? (err instanceof Error ? err.name : 'unknown'), dataDir });
  }

  async function locked<T>(action: string, fn: () => Promise<T>): Promise<T> {
    await ensureDirs();
    try {
      return await underLock(fn);
    } catch (err) {
      throw writeFailed(err, action);
    }
  }

  /** Renames a damaged file to `<name>.corrupt-<timestamp>` (never over an earlier one). Call under the lock. */
  async function moveAside(file: string): Promise<string> {
    const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
    let movedTo = `${file}.corrupt-${stamp}`;
    for (let n = 1; fsSync.existsSync(movedTo); n++) movedTo = `${file}.corrupt-${stamp}-${n}`;
    await fs.rename(file, movedTo);
    return movedTo;
  }

  /**
   * A file that fails to parse or validate is moved aside, under the lock and
   * after reading it again (a writer may have just replaced it with a good one).
   * Returns the STORE_CORRUPT diagnosis, or null if the file turned out fine.
   */
  async function quarantine(file: string, reason: string, newer: boolean, revalidate: (text: string) => boolean): Promise<Diagnosis | null> {
    if (newer) {
      // Written by a newer app: leave it alone (that app can still read it), just report.
      const d = diagnose('STORE_CORRUPT', { file, reason }, {
        cause: 'A file in the data folder was written by a newer version of this app; this version cannot read it. It was left untouched.',
        fix: ['Update the app to read it.', 'Your other configurations are unaffected.'],
      });
      report(d, `newer:${file}`);
      return d;
    }
    const d = await underLock(async () => {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
      if (revalidate(text)) return null;
      const movedTo = await moveAside(file);
      dropEntry(idOfFile(file));
      return diagnose('STORE_CORRUPT', { file, movedTo, reason });
    });
    if (d) report(d, `moved:${d.evidence.movedTo}`);
    return d;
  }

  const checkConfig = (id: string) => (raw: unknown) => {
    const migrated = migrateConfigFile(raw);
    const f = migrated as { configuration?: { id?: unknown } };
    if (f?.configuration && typeof f.configuration.id === 'string' && f.configuration.id.toLowerCase() !== id.toLowerCase()) {
      throw new Error('the id inside the file does not match its file name');
    }
    return migrated;
  };

  function decodeConfig(id: string, text: string): ReadResult<ConfigFile> {
    return decode(text, checkConfig(id), ConfigFile);
  }

  /** Reads a configuration file; a bad one is moved aside and STORE_CORRUPT thrown. */
  async function readConfig(id: string): Promise<ConfigFile | undefined> {
    const file = configPath(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    const r = decodeConfig(id, text);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'missing') return undefined;
    const d = await quarantine(file, r.reason, r.newer, (t) => decodeConfig(id, t).kind === 'ok');
    if (!d) return readConfig(id);
    throw new DiagnosisError(d);
  }

  /** Same as readConfig, for use inside the lock (quarantine happens inline, no re-lock). */
  async function readConfigLocked(id: string): Promise<ConfigFile | undefined> {
    const file = configPath(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    const r = decodeConfig(id, text);
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'missing') return undefined;
    if (r.newer) {
      const d = await quarantine(file, r.reason, true, () => false);
      throw new DiagnosisError(d!);
    }
    const movedTo = await moveAside(file);
    dropEntry(id.toLowerCase());
    const d = diagnose('STORE_CORRUPT', { file, movedTo, reason: r.reason });
    report(d, `moved:${movedTo}`);
    throw new DiagnosisError(d);
  }

  async function writeConfig(file: ConfigFile, options: { syncDir?: boolean } = {}): Promise<void> {
    const target = configPath(file.configuration.id);
    await writeFileAtomic(target, JSON.stringify(file), options);
    const id = file.configuration.id.toLowerCase();
    try {
      const st = fsSync.statSync(target);
      setEntry(id, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, summary: summaryOf(file.configuration) });
    } catch {
      dropEntry(id);
      cacheUnsure = true;
    }
  }

  /** Read-modify-write of one configuration under the lock. */
  async function mutate(id: string, action: string, change: (current: ConfigFile) => ConfigFile | null): Promise<Configuration> {
    return locked(action, async () => {
      const current = await readConfigLocked(id);
      if (!current) throw DiagnosisError.of('CONFIG_NOT_FOUND', { id });
      const next = change(current);
      if (!next) return current.configuration;
      await writeConfig(next);
      return next.configuration;
    });
  }

  /** A save by the admin: bumps the revision and updatedAt. */
  function saved(current: ConfigFile, configuration: Configuration, credentialsChanged: boolean): ConfigFile {
    const revision = current.configuration.revision + 1;
    const next: Configuration = { ...configuration, revision, updatedAt: nowIso() };
    if (credentialsChanged) next.progress = { ...next.progress, done: { ...next.progress.done, credentials: false } };
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      configuration: next,
      credentialsRevision: credentialsChanged ? revision : current.credentialsRevision,
    };
  }

  async function readHistoryLocked(id: string): Promise<HistoryRecord[]> {
    const file = historyPath(id);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
    const r = decode(text, (raw) => migrateHistoryFile(raw, id), HistoryFile);
    if (r.kind === 'ok') return r.value.records;
    if (r.kind === 'missing') return [];
    if (r.newer) throw new DiagnosisError((await quarantine(file, r.reason, true, () => false))!);
    const movedTo = await moveAside(file);
    report(diagnose('STORE_CORRUPT', { file, movedTo, reason: r.reason }), `moved:${movedTo}`);
    return [];
  }

  function sortedSummaries(): ConfigSummary[] {
    sorted ??= [...cache.values()].map((e) => e.summary).sort(byUpdatedDesc);
    return sorted.slice();
  }

  async function list(): Promise<ConfigSummary[]> {
    await ensureDirs();
    // Read before scanning: a write that lands during the scan moves it on, and the next listing rescans.
    const gen = readGeneration(dataDir);
    const dirMtimeMs = configsMtime();
    if (matches(snapshot, gen, dirMtimeMs)) return sortedSummaries();
    if (!indexLoaded) {
      indexLoaded = true;
      const index = loadIndex(dataDir);
      if (index) {
        for (const [id, e] of index.entries) setEntry(id, e);
        if (matches(index.snapshot, gen, dirMtimeMs)) {
          snapshot = index.snapshot;
          return sortedSummaries();
        }
      }
    }
    let names: string[];
    try {
      names = await fs.readdir(configsDir);
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
    const present = new Set<string>();
    const bad: { id: string; file: string; reason: string; newer: boolean }[] = [];
    // Synchronous stat/read in slices: much faster than thousands of parallel
    // async calls, while still yielding to the event loop between slices.
    const SLICE = 250;
    for (let start = 0; start < names.length; start += SLICE) {
      if (start > 0) await new Promise((r) => setImmediate(r));
      for (const name of names.slice(start, start + SLICE)) {
        const m = ID_FILE.exec(name);
        if (!m) continue;
        const id = m[1]!.toLowerCase();
        const file = path.join(configsDir, name);
        let st: fsSync.Stats;
        try {
          st = fsSync.statSync(file);
        } catch {
          continue; // deleted meanwhile
        }
        present.add(id);
        const hit = cache.get(id);
        if (hit && hit.ino === st.ino && hit.size === st.size && hit.mtimeMs === st.mtimeMs) continue;
        let text: string;
        try {
          text = fsSync.readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        const r = decodeConfig(id, text);
        if (r.kind === 'ok') {
          setEntry(id, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, summary: summaryOf(r.value.configuration) });
        } else {
          dropEntry(id);
          present.delete(id);
          if (r.kind === 'bad') bad.push({ id, file, reason: r.reason, newer: r.newer });
        }
      }
    }
    for (const id of [...cache.keys()]) if (!present.has(id)) dropEntry(id);
    // A folder changed within the file system's timestamp granularity (ext4, btrfs,
    // xfs, tmpfs, APFS, NTFS: at most ~10 ms) could change again without its mtime
    // moving: such a snapshot is not trusted, the next listing checks the files again.
    snapshot = { gen, dirMtimeMs: Date.now() - dirMtimeMs > RACY_MS ? dirMtimeMs : -1 };
    persistIndexNext();
    for (const b of bad) {
      await quarantine(b.file, b.reason, b.newer, (t) => decodeConfig(b.id, t).kind === 'ok').catch(() => null);
    }
    return sortedSummaries();
  }

  async function writeNew(configuration: Configuration): Promise<Configuration> {
    return locked('create', async () => {
      if (await fileExists(configPath(configuration.id))) throw DiagnosisError.of('INTERNAL_ERROR', { reason: 'id already in use' });
      await writeConfig({ schemaVersion: CURRENT_SCHEMA_VERSION, configuration, credentialsRevision: 0 });
      return configuration;
    });
  }

  async function get(id: string): Promise<Configuration> {
    await ensureDirs();
    const f = await readConfig(id);
    if (!f) throw DiagnosisError.of('CONFIG_NOT_FOUND', { id });
    return f.configuration;
  }

  async function history(id: string): Promise<HistoryRecord[]> {
    await ensureDirs();
    if (!(await fileExists(configPath(id)))) throw DiagnosisError.of('CONFIG_NOT_FOUND', { id });
    const file = historyPath(id);
    const decodeHistory = (t: string) => decode(t, (raw) => migrateHistoryFile(raw, id), HistoryFile);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
    const r = decodeHistory(text);
    if (r.kind === 'ok') return r.value.records;
    if (r.kind === 'missing') return [];
    const d = await quarantine(file, r.reason, r.newer, (t) => decodeHistory(t).kind === 'ok');
    if (!d) return history(id);
    throw new DiagnosisError(d);
  }

  return {
    dataDir,
    list,
    get,
    history,

    async has(id) {
      await ensureDirs();
      return fileExists(configPath(id));
    },

    async create(fields) {
      const at = nowIso();
      const configuration: Configuration = {
        ...ConfigFields.parse(fields),
        id: randomUUID(),
        revision: 0,
        hasSecret: false,
        progress: freshProgress(),
        createdAt: at,
        updatedAt: at,
      };
      return writeNew(configuration);
    },

    update(id, fields, expectedRevision) {
      return mutate(id, 'save', (current) => {
        const c = current.configuration;
        if (expectedRevision !== undefined && expectedRevision !== c.revision) {
          throw DiagnosisError.of('CONFIG_CHANGED_ELSEWHERE', { id, expectedRevision, currentRevision: c.revision });
        }
        const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ConfigFieldsPatch;
        const next = { ...c, ...patch };
        const credentialsChanged = CREDENTIAL_FIELDS.some((k) => k in patch && patch[k] !== c[k]);
        return saved(current, next, credentialsChanged);
      });
    },

    setStepDone(id, step, done) {
      if (step === 'credentials') return Promise.reject(DiagnosisError.of('STEP_NEEDS_TEST', { id }));
      return mutate(id, 'tick step', (current) => {
        const c = current.configuration;
        if (c.progress.done[step] === done) return null;
        return saved(current, { ...c, progress: { ...c.progress, done: { ...c.progress.done, [step]: done } } }, false);
      });
    },

    setCurrentStep(id, step) {
      return mutate(id, 'change step', (current) => {
        const c = current.configuration;
        if (c.progress.currentStep === step) return null;
        return saved(current, { ...c, progress: { ...c.progress, currentStep: step } }, false);
      });
    },

    async duplicate(id) {
      const source = await get(id);
      const at = nowIso();
      const fields = ConfigFields.parse(source);
      const copy: Configuration = {
        ...fields,
        name: `${source.name || source.orgId || 'Configuration'} (copy)`.slice(0, 200),
        id: randomUUID(),
        revision: 0,
        hasSecret: false,
        progress: { ...source.progress, done: { ...source.progress.done, credentials: false } },
        createdAt: at,
        updatedAt: at,
      };
      return writeNew(copy);
    },

    async delete(id) {
      await locked('delete', async () => {
        const existed = await fileExists(configPath(id));
        if (!existed) throw DiagnosisError.of('CONFIG_NOT_FOUND', { id });
        // History first: a crash in between leaves a configuration without history, never orphan history.
        await fs.rm(historyPath(id), { force: true });
        await fs.rm(configPath(id), { force: true });
        dropEntry(id.toLowerCase());
      });
    },

    setHasSecret(id, hasSecret) {
      return mutate(id, 'save secret', (current) => saved(current, { ...current.configuration, hasSecret }, true));
    },

    async appendHistory(record) {
      const r = HistoryRecord.parse(record); // strips anything the schema does not know (never a token)
      await locked('save test history', async () => {
        const current = await readConfigLocked(r.configId);
        if (!current) throw DiagnosisError.of('CONFIG_NOT_FOUND', { id: r.configId });
        const records = [r, ...(await readHistoryLocked(r.configId)).filter((x) => x.id !== r.id)]
          .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
          .slice(0, HISTORY_LIMIT);
        const file: HistoryFile = { schemaVersion: CURRENT_SCHEMA_VERSION, configId: r.configId, records };
        await writeFileAtomic(historyPath(r.configId), JSON.stringify(file));
        const newest = records[0]!;
        const lastTest: Configuration['lastTest'] = { at: newest.at, kind: newest.kind, outcome: newest.outcome };
        if (newest.code) lastTest.code = newest.code;
        // lastTest is not an edit by the admin: the revision stays, so an open editor can still save.
        await writeConfig({ ...current, configuration: { ...current.configuration, lastTest } });
      });
    },

    async latestSuccessfulTest(id) {
      const records = await history(id);
      return records.find((r) => r.kind === 'test-login' && r.outcome === 'success');
    },

    async markCredentialsTested(id, revision) {
      await mutate(id, 'tick step 3', (current) => {
        const c = current.configuration;
        // Ticked only when no tested value changed between the tested revision and now.
        if (revision < current.credentialsRevision || revision > c.revision) return null;
        if (c.progress.done.credentials) return null;
        return { ...current, configuration: { ...c, progress: { ...c.progress, done: { ...c.progress.done, credentials: true } } } };
      });
    },

    async importMany(writes) {
      const written: Configuration[] = [];
      const skipped: ImportedConfiguration[] = [];
      // Batches keep each lock hold short, so other windows can still save during a big import.
      const BATCH = 250;
      for (let start = 0; start < writes.length; start += BATCH) {
        const batch = writes.slice(start, start + BATCH);
        await locked('import', async () => {
          const files: ConfigFile[] = [];
          for (const { config: imported, replace, keepSecret } of batch) {
            let existing: ConfigFile | undefined;
            try {
              existing = await readConfigLocked(imported.id);
            } catch (err) {
              // A damaged file was just moved aside (and reported): the id is free.
              if (!(err instanceof DiagnosisError && err.diagnosis.code === 'STORE_CORRUPT' && err.diagnosis.evidence.movedTo)) throw err;
            }
            if (existing && !replace) {
              skipped.push(imported);
              continue;
            }
            const at = nowIso();
            const progress = imported.progress ?? freshProgress();
            const revision = existing ? existing.configuration.revision + 1 : 0;
            const configuration: Configuration = {
              ...imported.fields,
              id: imported.id,
              revision,
              // An export never carries a secret; a replaced configuration keeps its keychain entry only when told so.
              hasSecret: Boolean(existing?.configuration.hasSecret && keepSecret),
              // Step 3 must be re-earned by a test on this machine.
              progress: { ...progress, done: { ...progress.done, credentials: false } },
              createdAt: imported.createdAt ?? at,
              updatedAt: at,
            };
            files.push({ schemaVersion: CURRENT_SCHEMA_VERSION, configuration, credentialsRevision: revision });
            // The history belonged to the replaced values.
            if (existing) await fs.rm(historyPath(imported.id), { force: true });
          }
          // A few writes at a time: their fsyncs overlap; the folder is synced once.
          for (let i = 0; i < files.length; i += 8) {
            await Promise.all(files.slice(i, i + 8).map((f) => writeConfig(f, { syncDir: false })));
          }
          await syncDir(configsDir);
          written.push(...files.map((f) => f.configuration));
        });
      }
      return { written, skipped };
    },

    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    problems: () => [...problemList],
  };
}

function idOfFile(file: string): string {
  return ID_FILE.exec(path.basename(file))?.[1]?.toLowerCase() ?? '';
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
