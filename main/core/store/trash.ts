/**
 * The trash: a deleted configuration waits here, with its history, until its
 * undo window passes (config-handlers.ts empties it after 10 s, at the next
 * delete and when the app starts). Trashed configurations are invisible to
 * list, get, history and export: they are not in configs/.
 *
 *   trash/<id>.json           the configuration file, moved here by rename
 *   trash/<id>.history.json   its history file, if it had one
 *
 * Every step is a rename or a removal, so a crash at any point leaves files
 * that a restore or a purge finishes:
 *
 *   trash:   configs → trash (the configuration is now deleted), then history → trash
 *   restore: history → history/ first, then trash → configs (the configuration is back, whole)
 *   purge:   trashed history, then an orphan history/<id>.json, then the trashed
 *            configuration last: while it is there, the purge is still owed (and the
 *            keychain entry is still there: the caller removes it before purging)
 *
 * A history/<id>.json without configs/<id>.json (a crash between two steps) is
 * never read: history reads need the configuration.
 */
import fs from 'node:fs/promises';
import type { Configuration } from '../../../common/contract';
import { diagnosisError } from '../../../common/diagnosis';
import { syncDir } from './atomic-write';
import type { ConfigFiles } from './config-files';
import { decodeConfig } from './decode-files';
import type { ListCache } from './list-cache';
import type { StoreLock } from './store-lock';
import { fileExists, isNotFound, readTextIfExists, type StoreLayout } from './store-layout';

/** What the trash holds for one id; `configuration` is missing when its file cannot be read (it is still purged). */
export interface TrashedConfiguration {
  id: string;
  configuration?: Configuration;
}

export interface Trash {
  /** Moves a configuration and its history to the trash. CONFIG_NOT_FOUND when absent. */
  trash(id: string): Promise<Configuration>;
  /** Moves it back, with its history. UNDO_EXPIRED when the trash no longer holds it, or the id is in use again. */
  restore(id: string): Promise<Configuration>;
  /** Everything in the trash. */
  list(): Promise<TrashedConfiguration[]>;
  /** Removes a trashed configuration's files for good. */
  purge(id: string): Promise<void>;
}

const TRASHED_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

async function renameIfExists(from: string, to: string): Promise<boolean> {
  try {
    await fs.rename(from, to);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

export function createTrash(deps: { layout: StoreLayout; lock: StoreLock; configFiles: ConfigFiles; listCache: ListCache }): Trash {
  const { layout, lock, configFiles, listCache } = deps;

  async function readTrashed(id: string): Promise<Configuration | undefined> {
    const text = await readTextIfExists(layout.trashedConfigPath(id));
    if (text === undefined) return undefined;
    const r = decodeConfig(id, text);
    return r.kind === 'ok' ? r.value.configuration : undefined;
  }

  return {
    trash: (id) =>
      lock.locked('delete', async () => {
        const current = await configFiles.readHeld(id);
        if (!current) throw diagnosisError('CONFIG_NOT_FOUND', { id });
        // A leftover of an earlier delete of the same id must not lend it its history.
        await fs.rm(layout.trashedHistoryPath(id), { force: true });
        await fs.rename(layout.configPath(id), layout.trashedConfigPath(id));
        listCache.drop(id.toLowerCase());
        await renameIfExists(layout.historyPath(id), layout.trashedHistoryPath(id));
        await Promise.all([syncDir(layout.configsDir), syncDir(layout.historyDir), syncDir(layout.trashDir)]);
        return current.configuration;
      }),

    restore: (id) =>
      lock.locked('undo delete', async () => {
        const configuration = await readTrashed(id);
        if (!(await fileExists(layout.trashedConfigPath(id)))) throw diagnosisError('UNDO_EXPIRED', { id });
        if (await fileExists(layout.configPath(id))) {
          throw diagnosisError(
            'UNDO_EXPIRED',
            { id, reason: 'id in use again' },
            { cause: 'A configuration with the same identifier was imported or restored since the delete, so the deleted one cannot come back. It stays deleted.' },
          );
        }
        if (!configuration) throw diagnosisError('STORE_CORRUPT', { file: layout.trashedConfigPath(id), reason: 'the deleted configuration’s file cannot be read' });
        // History first: a crash in between leaves the configuration still deleted, its history ready for the next try.
        await renameIfExists(layout.trashedHistoryPath(id), layout.historyPath(id));
        await fs.rename(layout.trashedConfigPath(id), layout.configPath(id));
        await Promise.all([syncDir(layout.configsDir), syncDir(layout.historyDir), syncDir(layout.trashDir)]);
        // Writers under the lock keep the listing cache current themselves (list-cache.ts).
        listCache.written(layout.configPath(id), configuration);
        return configuration;
      }),

    async list() {
      await layout.ensureDirs();
      const names = await fs.readdir(layout.trashDir);
      const out: TrashedConfiguration[] = [];
      for (const name of names) {
        const m = TRASHED_FILE.exec(name);
        if (!m) continue;
        const id = m[1]!.toLowerCase();
        const configuration = await readTrashed(id);
        out.push(configuration ? { id, configuration } : { id });
      }
      return out;
    },

    purge: (id) =>
      lock.locked('empty the trash', async () => {
        await fs.rm(layout.trashedHistoryPath(id), { force: true });
        // A crash between the two renames of trash() left the history behind; it belongs to the trashed one
        // unless the id is in use again.
        if (!(await fileExists(layout.configPath(id)))) await fs.rm(layout.historyPath(id), { force: true });
        await fs.rm(layout.trashedConfigPath(id), { force: true });
        await syncDir(layout.trashDir);
      }),
  };
}
