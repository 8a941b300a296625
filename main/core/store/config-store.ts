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
 *
 * This file is the facade and the rules of an admin's edits (revision, step 3);
 * the parts it composes: store-layout.ts (paths, folders), store-lock.ts (the
 * write frame), list-cache.ts (listing), decode-files.ts + corrupt-files.ts
 * (reading, quarantine), config-files.ts, history-file.ts, import-batch.ts.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import {
  ConfigFields,
  type ConfigFieldsPatch,
  type ConfigSummary,
  type Configuration,
  type Diagnosis,
  type HistoryRecord,
  type StepId,
} from '../../../common/contract';
import { diagnosisError } from '../../../common/diagnosis';
import type { Clock } from '../ports';
import { createConfigFiles } from './config-files';
import { createCorruptFiles } from './corrupt-files';
import { decodeConfig } from './decode-files';
import { createHistoryFiles } from './history-file';
import { type ImportedConfiguration, importMany, type ImportWrite } from './import-batch';
import { withCertificateFacts, withSamlFacts } from '../saml/certificate-facts';
import { createListCache } from './list-cache';
import { withStep3Ticked } from './step3-tick';
import { createStoreLock } from './store-lock';
import { createTrash, type TrashedConfiguration } from './trash';
import { fileExists, storeLayout } from './store-layout';
import { type ConfigFile, CURRENT_SCHEMA_VERSION, freshProgress } from './stored-files';

export type { ImportedConfiguration, ImportWrite } from './import-batch';
export type { TrashedConfiguration } from './trash';

export interface ConfigStoreOptions {
  clock: Clock;
  appVersion: string;
  /** How long a writer waits for another one to finish (ms). */
  lockTimeoutMs?: number;
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
  /** Removes the configuration and its history for good (the UI's delete goes through the trash). */
  delete(id: string): Promise<void>;
  /** Moves the configuration and its history to the trash (trash.ts): invisible, until restored or purged. */
  trash(id: string): Promise<Configuration>;
  /** Brings a trashed configuration back with its history. UNDO_EXPIRED when it was purged. */
  restore(id: string): Promise<Configuration>;
  trashed(): Promise<TrashedConfiguration[]>;
  /** Removes a trashed configuration's files for good (its keychain entry must be removed before). */
  purge(id: string): Promise<void>;
  /** Records that a secret was saved (clears step 3: it must be re-earned) or removed. */
  setHasSecret(id: string, hasSecret: boolean): Promise<Configuration>;
  /** Appends a test record (keeps the newest 100) and sets the configuration's lastTest. */
  /** See HistoryFiles.append: `tickStep3At` ticks step 3 in the same locked write as the record. */
  appendHistory(record: HistoryRecord, options?: { tickStep3At?: number }): Promise<void>;
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

/** Values a test login depends on: changing one un-ticks step 3. */
const CREDENTIAL_FIELDS = ['orgId', 'clientId', 'issuerUrl', 'requestGroups', 'protocol', 'saml'] as const;

/** A field's value compared by content (the SAML settings are an object). */
const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function createConfigStore(dataDir: string, options: ConfigStoreOptions): ConfigStore {
  const { clock } = options;
  const nowIso = () => new Date(clock.now()).toISOString();
  const layout = storeLayout(dataDir);
  const listCache = createListCache(dataDir, layout.configsDir);
  const lock = createStoreLock({
    dataDir,
    lockPath: layout.lockPath,
    lockTimeoutMs: options.lockTimeoutMs,
    ensureDirs: layout.ensureDirs,
    whileLocked: listCache.whileLocked,
  });
  const corrupt = createCorruptFiles({ clock, underLock: lock.underLock });
  const configFiles = createConfigFiles(layout, corrupt, listCache);
  const historyFiles = createHistoryFiles(layout, lock, corrupt, configFiles);
  const trash = createTrash({ layout, lock, configFiles, listCache });
  const { locked } = lock;

  async function list(): Promise<ConfigSummary[]> {
    await layout.ensureDirs();
    return listCache.list((b) => corrupt.quarantine(b.file, b.reason, b.newer, (t) => decodeConfig(b.id, t).kind === 'ok', () => listCache.drop(b.id.toLowerCase())).catch(() => null));
  }

  async function get(id: string): Promise<Configuration> {
    await layout.ensureDirs();
    const f = await configFiles.read(id);
    if (!f) throw diagnosisError('CONFIG_NOT_FOUND', { id });
    return f.configuration;
  }

  async function writeNew(configuration: Configuration): Promise<Configuration> {
    return locked('create', async () => {
      if (await fileExists(layout.configPath(configuration.id))) throw diagnosisError('INTERNAL_ERROR', { reason: 'id already in use' });
      await configFiles.write({ schemaVersion: CURRENT_SCHEMA_VERSION, configuration, credentialsRevision: 0 });
      return configuration;
    });
  }

  /** Read-modify-write of one configuration under the lock; `change` returns null when there is nothing to write. */
  async function mutate(id: string, action: string, change: (current: ConfigFile) => ConfigFile | null): Promise<Configuration> {
    return locked(action, async () => {
      const current = await configFiles.readHeld(id);
      if (!current) throw diagnosisError('CONFIG_NOT_FOUND', { id });
      const next = change(current);
      if (!next) return current.configuration;
      await configFiles.write(next);
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

  return {
    dataDir,
    list,
    get,
    history: historyFiles.read,

    async has(id) {
      await layout.ensureDirs();
      return fileExists(layout.configPath(id));
    },

    async create(fields) {
      const at = nowIso();
      const configuration: Configuration = {
        ...withSamlFacts(ConfigFields.parse(fields)),
        id: randomUUID(),
        revision: 0,
        hasSecret: false,
        secretRevision: 0,
        verdict: {},
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
          throw diagnosisError('CONFIG_CHANGED_ELSEWHERE', { id, expectedRevision, currentRevision: c.revision });
        }
        const { saml: samlPatch, ...rest } = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ConfigFieldsPatch;
        const next: Configuration = { ...c, ...rest, ...(samlPatch ? { saml: withCertificateFacts({ ...c.saml, ...samlPatch }) } : {}) };
        const credentialsChanged = CREDENTIAL_FIELDS.some((k) => !sameValue(next[k], c[k]));
        return saved(current, next, credentialsChanged);
      });
    },

    setStepDone(id, step, done) {
      if (step === 'credentials') return Promise.reject(diagnosisError('STEP_NEEDS_TEST', { id }));
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
        secretRevision: 0,
        // The copy has no secret and no history yet: nothing has been tested for it.
        verdict: {},
        progress: { ...source.progress, done: { ...source.progress.done, credentials: false } },
        createdAt: at,
        updatedAt: at,
      };
      return writeNew(copy);
    },

    async delete(id) {
      await locked('delete', async () => {
        const existed = await fileExists(layout.configPath(id));
        if (!existed) throw diagnosisError('CONFIG_NOT_FOUND', { id });
        // History first: a crash in between leaves a configuration without history, never orphan history.
        await fs.rm(layout.historyPath(id), { force: true });
        await fs.rm(layout.configPath(id), { force: true });
        listCache.drop(id.toLowerCase());
      });
    },

    trash: trash.trash,
    restore: trash.restore,
    trashed: trash.list,
    purge: trash.purge,

    setHasSecret(id, hasSecret) {
      return mutate(id, 'save secret', (current) => {
        const c = current.configuration;
        // A new secret is a new tested value: earlier results no longer vouch for it.
        return saved(current, { ...c, hasSecret, secretRevision: hasSecret ? c.secretRevision + 1 : c.secretRevision }, true);
      });
    },

    appendHistory: historyFiles.append,

    async latestSuccessfulTest(id) {
      const records = await historyFiles.read(id);
      return records.find((r) => r.kind === 'test-login' && r.outcome === 'success');
    },

    async markCredentialsTested(id, revision) {
      await mutate(id, 'tick step 3', (current) => withStep3Ticked(current, revision));
    },

    importMany: (writes) => importMany(writes, { layout, lock, configFiles, nowIso }),

    onProblem: corrupt.onProblem,
    problems: corrupt.problems,
  };
}
