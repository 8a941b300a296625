/**
 * Writing imported configurations (export-format.ts parses the file): in
 * batches under the store lock, so other windows can still save during a big
 * import. An imported configuration never carries a secret and must re-earn
 * step 3 on this machine.
 */
import fs from 'node:fs/promises';
import type { ConfigFields, Configuration } from '../../../common/contract';
import { withSamlFacts } from '../saml/certificate-facts';
import { DiagnosisError } from '../../../common/diagnosis';
import { syncDir } from './atomic-write';
import type { ConfigFiles } from './config-files';
import type { StoreLock } from './store-lock';
import type { StoreLayout } from './store-layout';
import { type ConfigFile, CURRENT_SCHEMA_VERSION, freshProgress } from './stored-files';

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

export interface ImportResult {
  written: Configuration[];
  skipped: ImportedConfiguration[];
}

/** Lock holds stay short: this many configurations per hold. */
const BATCH = 250;

export async function importMany(
  writes: ImportWrite[],
  deps: { layout: StoreLayout; lock: StoreLock; configFiles: ConfigFiles; nowIso: () => string },
): Promise<ImportResult> {
  const { layout, lock, configFiles, nowIso } = deps;
  const written: Configuration[] = [];
  const skipped: ImportedConfiguration[] = [];
  for (let start = 0; start < writes.length; start += BATCH) {
    const batch = writes.slice(start, start + BATCH);
    await lock.locked('import', async () => {
      const files: ConfigFile[] = [];
      for (const { config: imported, replace, keepSecret } of batch) {
        let existing: ConfigFile | undefined;
        try {
          existing = await configFiles.readHeld(imported.id);
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
          ...withSamlFacts(imported.fields),
          id: imported.id,
          revision,
          // An export never carries a secret; a replaced configuration keeps its keychain entry only when told so.
          hasSecret: Boolean(existing?.configuration.hasSecret && keepSecret),
          secretRevision: existing?.configuration.secretRevision ?? 0,
          // Results belong to the machine that tested: an import starts untested.
          verdict: {},
          // Step 3 must be re-earned by a test on this machine.
          progress: { ...progress, done: { ...progress.done, credentials: false } },
          createdAt: imported.createdAt ?? at,
          updatedAt: at,
        };
        files.push({ schemaVersion: CURRENT_SCHEMA_VERSION, configuration, credentialsRevision: revision });
        // The history belonged to the replaced values.
        if (existing) await fs.rm(layout.historyPath(imported.id), { force: true });
      }
      // A few writes at a time: their fsyncs overlap; the folder is synced once.
      for (let i = 0; i < files.length; i += 8) {
        await Promise.all(files.slice(i, i + 8).map((f) => configFiles.write(f, { syncDir: false })));
      }
      await syncDir(layout.configsDir);
      written.push(...files.map((f) => f.configuration));
    });
  }
  return { written, skipped };
}
