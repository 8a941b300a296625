/**
 * Reading and writing one `configs/<id>.json`. A file that cannot be read is
 * quarantined (corrupt-files.ts) and STORE_CORRUPT thrown; every write keeps
 * the listing cache current.
 */
import { DiagnosisError } from '../../../common/diagnosis';
import { writeFileAtomic } from './atomic-write';
import type { CorruptFiles } from './corrupt-files';
import { decodeConfig, readDecoded } from './decode-files';
import type { ListCache } from './list-cache';
import type { StoreLayout } from './store-layout';
import type { ConfigFile } from './stored-files';

export interface ConfigFiles {
  /** Outside the lock. undefined when absent. */
  read(id: string): Promise<ConfigFile | undefined>;
  /** Same as read, for use inside the lock (quarantine happens inline, no re-lock). */
  readHeld(id: string): Promise<ConfigFile | undefined>;
  /** Inside the lock. */
  write(file: ConfigFile, options?: { syncDir?: boolean }): Promise<void>;
}

export function createConfigFiles(layout: StoreLayout, corrupt: CorruptFiles, listCache: ListCache): ConfigFiles {
  async function read(id: string): Promise<ConfigFile | undefined> {
    const file = layout.configPath(id);
    const r = await readDecoded(file, (text) => decodeConfig(id, text));
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'missing') return undefined;
    const d = await corrupt.quarantine(file, r.reason, r.newer, (t) => decodeConfig(id, t).kind === 'ok', () => listCache.drop(id.toLowerCase()));
    if (!d) return read(id);
    throw new DiagnosisError(d);
  }

  async function readHeld(id: string): Promise<ConfigFile | undefined> {
    const file = layout.configPath(id);
    const r = await readDecoded(file, (text) => decodeConfig(id, text));
    if (r.kind === 'ok') return r.value;
    if (r.kind === 'missing') return undefined;
    throw new DiagnosisError(await corrupt.quarantineHeld(file, r.reason, r.newer, () => listCache.drop(id.toLowerCase())));
  }

  async function write(file: ConfigFile, options: { syncDir?: boolean } = {}): Promise<void> {
    const target = layout.configPath(file.configuration.id);
    await writeFileAtomic(target, JSON.stringify(file), options);
    listCache.written(target, file.configuration);
  }

  return { read, readHeld, write };
}
