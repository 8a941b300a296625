/**
 * The contract calls for configurations, their secret, history, export and
 * import. The secret only ever flows renderer → keychain (setSecret) and
 * keychain → clipboard (copySecret); no handler returns it.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore, ImportWrite } from '../store/config-store';
import type { Configuration } from '../../../common/contract';
import { diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import { loadSecret } from '../secrets/load-secret';
import { createSecretClipboard } from '../secrets/secret-clipboard';
import { writeFileAtomic } from '../store/atomic-write';
import { parseExportFile, toExportFile } from '../store/export-format';
import { APP_VERSION } from './app-info';
import { cleanPasted } from '../../../common/rules/clean-pasted';

/** The identifiers the admin pastes, without what copy and paste brings along (the UI's field checks said so). */
function cleanIdentifiers<T extends { clientId?: string; issuerUrl?: string }>(fields: T): T {
  const out = { ...fields };
  if (out.clientId !== undefined) out.clientId = cleanPasted(out.clientId).value;
  if (out.issuerUrl !== undefined) out.issuerUrl = cleanPasted(out.issuerUrl).value;
  return out;
}

type ConfigCalls =
  | 'listConfigs'
  | 'getConfig'
  | 'createConfig'
  | 'updateConfig'
  | 'setStepDone'
  | 'setCurrentStep'
  | 'duplicateConfig'
  | 'deleteConfig'
  | 'restoreConfig'
  | 'emptyTrash'
  | 'setSecret'
  | 'copySecret'
  | 'getHistory'
  | 'exportConfigs'
  | 'importConfigs';

/** How long a delete can be undone before the trash is emptied. */
export const UNDO_DELETE_MS = 10_000;
/** The main side empties the trash a little after the UI's undo window closes, so a late Undo click still lands. */
const UNDO_GRACE_MS = 2_000;

export function createConfigHandlers(deps: AppDeps & { store: ConfigStore; clipboardClearMs?: number; undoDeleteMs?: number }): {
  handlers: Pick<Handlers, ConfigCalls>;
  /** The trash emptying started with the app (it was left by the previous run): tests wait for it. */
  startup: Promise<void>;
  close(): Promise<void>;
} {
  const { store, vault } = deps;
  const undoForMs = deps.undoDeleteMs ?? UNDO_DELETE_MS;
  const secretClipboard = createSecretClipboard(deps.clipboard, deps.clipboardClearMs, (problem) => deps.emit('storeProblem', problem));
  // Files moved aside while reading reach the UI as an event (the list itself still loads).
  const stopProblems = store.onProblem((problem) => deps.emit('storeProblem', problem));

  /** The stored configuration with this id, if any (a damaged file is moved aside and reported: the id is free). */
  async function currentVersion(id: string): Promise<Configuration | undefined> {
    if (!(await store.has(id))) return undefined;
    try {
      return await store.get(id);
    } catch (err) {
      if (err instanceof DiagnosisError && (err.diagnosis.code === 'CONFIG_NOT_FOUND' || (err.diagnosis.code === 'STORE_CORRUPT' && err.diagnosis.evidence.movedTo))) return undefined;
      throw err;
    }
  }

  /**
   * Empties the trash: per configuration, its keychain entry first (when it had one and its id is not in use
   * again), then its files (store.purge). A locked keychain stops it with everything still in the trash, so no
   * secret is ever left without its configuration; the next emptying retries. One run at a time.
   */
  let emptying: Promise<number> = Promise.resolve(0);
  function emptyTrash(): Promise<number> {
    const run = emptying.catch(() => 0).then(async () => {
      let emptied = 0;
      for (const { id, configuration } of await store.trashed()) {
        // An unreadable trashed file may have had a secret: deleting a missing entry is harmless.
        const hadSecret = configuration?.hasSecret ?? true;
        if (hadSecret && !(await store.has(id))) await vault.delete(id);
        await store.purge(id);
        emptied += 1;
      }
      return emptied;
    });
    emptying = run;
    return run;
  }
  let emptyTimer: ReturnType<typeof setTimeout> | undefined;
  const reportEmptyFailure = (err: unknown) => {
    if (err instanceof DiagnosisError) deps.emit('storeProblem', err.diagnosis);
  };
  /** A trash left by the previous run (the app quit or crashed within an undo window) is emptied at start. */
  const startup = emptyTrash().then(() => undefined, reportEmptyFailure);

  const handlers: Pick<Handlers, ConfigCalls> = {
    listConfigs: () => store.list(),
    getConfig: ({ id }) => store.get(id),
    createConfig: ({ fields }) => store.create(cleanIdentifiers(fields)),
    updateConfig: ({ id, fields, expectedRevision }) => store.update(id, cleanIdentifiers(fields), expectedRevision),
    setStepDone: ({ id, step, done }) => store.setStepDone(id, step, done),
    setCurrentStep: ({ id, step }) => store.setCurrentStep(id, step),
    duplicateConfig: ({ id }) => store.duplicate(id),

    deleteConfig: async ({ id }) => {
      // One undo at a time: the previous delete becomes final now.
      clearTimeout(emptyTimer);
      await emptyTrash();
      // The keychain entry stays until the trash is emptied, so Undo brings the secret back too.
      await store.trash(id);
      emptyTimer = setTimeout(() => void emptyTrash().catch(reportEmptyFailure), undoForMs + UNDO_GRACE_MS);
      emptyTimer.unref?.(); // never what keeps the process alive
      return { deleted: true as const, undoForMs };
    },

    restoreConfig: ({ id }) => store.restore(id),

    emptyTrash: async () => {
      clearTimeout(emptyTimer);
      return { emptied: await emptyTrash() };
    },

    setSecret: async ({ id, secret }) => {
      await store.get(id); // CONFIG_NOT_FOUND before touching the keychain
      // Spaces and invisible characters from copy and paste are never part of a secret (the field said so).
      const cleaned = cleanPasted(secret).value;
      if (cleaned === '') throw diagnosisError('INVALID_INPUT', { call: 'setSecret', fields: 'secret: only spaces or invisible characters' });
      await vault.set(id, cleaned);
      try {
        await store.setHasSecret(id, true);
      } catch (err) {
        // Deleted from another window meanwhile: leave no orphan entry behind.
        if (err instanceof DiagnosisError && err.diagnosis.code === 'CONFIG_NOT_FOUND') await vault.delete(id).catch(() => false);
        throw err;
      }
      return { hasSecret: true as const };
    },

    copySecret: async ({ id }) => {
      const config = await store.get(id);
      const secret = await loadSecret(vault, config);
      return secretClipboard.copy(secret);
    },

    getHistory: ({ id }) => store.history(id),

    exportConfigs: async ({ ids }) => {
      const wanted = ids ?? (await store.list()).map((s) => s.id);
      const configurations = [];
      for (const id of wanted) configurations.push(await store.get(id));
      const now = new Date(deps.clock.now()).toISOString();
      const target = await deps.exportPicker.choose(`sso-configurations-${now.replace(/[:.]/g, '-')}.json`);
      if (!target) throw diagnosisError('EXPORT_CANCELLED');
      try {
        await writeFileAtomic(target, toExportFile(configurations, now, APP_VERSION));
      } catch (err) {
        throw diagnosisError('STORE_WRITE_FAILED', { action: 'export', file: target, reason: (err as NodeJS.ErrnoException).code ?? 'unknown' });
      }
      return { path: target, count: configurations.length };
    },

    importConfigs: async ({ json, onConflict }) => {
      const incoming = parseExportFile(json);
      const conflicts: { id: string; name: string; orgId: string }[] = [];
      const writes: ImportWrite[] = [];
      for (const item of incoming) {
        const existing = await currentVersion(item.id);
        if (!existing) {
          writes.push({ config: item, replace: false, keepSecret: false });
        } else if (onConflict === 'report') {
          conflicts.push({ id: item.id, name: item.fields.name, orgId: item.fields.orgId });
        } else if (onConflict === 'keep-both') {
          const name = `${item.fields.name || item.fields.orgId || 'Configuration'} (imported)`.slice(0, 200);
          writes.push({ config: { ...item, id: randomUUID(), fields: { ...item.fields, name } }, replace: false, keepSecret: false });
        } else {
          // A file from elsewhere must not steer the stored secret to another issuer or app: when a
          // replacement changes where the secret would be sent, the keychain entry goes (first, like delete).
          const redirectsSecret = existing.hasSecret && (existing.issuerUrl !== item.fields.issuerUrl || existing.clientId !== item.fields.clientId);
          if (redirectsSecret) await vault.delete(item.id);
          writes.push({ config: item, replace: true, keepSecret: !redirectsSecret });
        }
      }
      const { written, skipped } = await store.importMany(writes);
      // Created meanwhile by another window: reported, never overwritten.
      for (const s of skipped) conflicts.push({ id: s.id, name: s.fields.name, orgId: s.fields.orgId });
      return { imported: written.map((c) => ({ id: c.id, name: c.name })), conflicts };
    },
  };

  return {
    handlers,
    startup,
    close: async () => {
      clearTimeout(emptyTimer);
      // The trash stays as it is: the next start empties it.
      await emptying.catch(() => 0);
      stopProblems();
      await secretClipboard.close();
    },
  };
}
