/**
 * Where the store's files live in the data folder (see README.md), and making
 * sure its folders exist before the first read or write.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { sweepTempFiles } from './atomic-write';
import { writeFailed } from './store-lock';

/** A configuration or history file: `<id>.json`, the id being a UUID. */
export const ID_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;

export interface StoreLayout {
  readonly dataDir: string;
  readonly configsDir: string;
  readonly historyDir: string;
  readonly trashDir: string;
  readonly lockPath: string;
  configPath(id: string): string;
  historyPath(id: string): string;
  /** A deleted configuration waiting for its undo window to pass (trash.ts). */
  trashedConfigPath(id: string): string;
  trashedHistoryPath(id: string): string;
  /** Creates the folders (once) and sweeps temp files crashed writers left. STORE_WRITE_FAILED when it cannot. */
  ensureDirs(): Promise<void>;
}

export function storeLayout(dataDir: string): StoreLayout {
  const configsDir = path.join(dataDir, 'configs');
  const historyDir = path.join(dataDir, 'history');
  const trashDir = path.join(dataDir, 'trash');

  let ready: Promise<void> | undefined;
  function ensureDirs(): Promise<void> {
    ready ??= (async () => {
      await fs.mkdir(configsDir, { recursive: true, mode: 0o700 });
      await fs.mkdir(historyDir, { recursive: true, mode: 0o700 });
      await fs.mkdir(trashDir, { recursive: true, mode: 0o700 });
      await sweepTempFiles(dataDir, 60_000, Date.now());
      // Temp files of writers killed mid-write (a minute old: never one being written now).
      await sweepTempFiles(configsDir, 60_000, Date.now());
      await sweepTempFiles(historyDir, 60_000, Date.now());
      await sweepTempFiles(trashDir, 60_000, Date.now());
    })().catch((err) => {
      ready = undefined;
      throw writeFailed(err, 'create the data folder', dataDir);
    });
    return ready;
  }

  return {
    dataDir,
    configsDir,
    historyDir,
    trashDir,
    lockPath: path.join(dataDir, 'store.lock'),
    configPath: (id) => path.join(configsDir, `${id.toLowerCase()}.json`),
    historyPath: (id) => path.join(historyDir, `${id.toLowerCase()}.json`),
    trashedConfigPath: (id) => path.join(trashDir, `${id.toLowerCase()}.json`),
    trashedHistoryPath: (id) => path.join(trashDir, `${id.toLowerCase()}.history.json`),
    ensureDirs,
  };
}

export function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/** A file's text, or undefined when it does not exist (any other error is thrown). */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
