/**
 * Crash-safe file replacement: write a temp file in the same folder, fsync it,
 * rename it over the target, fsync the folder. After a crash the target holds
 * either the old or the new content, never half of each.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Temp files start with this; readers skip them, and stale ones are swept. */
export const TEMP_PREFIX = '.tmp-';

export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { syncDir?: boolean } = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}-${process.pid}-${randomBytes(6).toString('hex')}`);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw err;
  }
  // Batches of writes into one folder sync it once at the end instead.
  if (options.syncDir !== false) await syncDir(dir);
}

/**
 * On Windows a rename over a file another process has open (a reader, an
 * antivirus scan) fails for a moment with EPERM/EACCES/EBUSY: retry briefly.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 10 + attempt * 10));
    }
  }
}

/** Makes a rename or unlink in `dir` durable. Not supported on Windows (nothing to do there). */
export async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw err;
  } finally {
    await handle?.close();
  }
}

/** Removes temp files a crashed writer left behind (older than `olderThanMs`). */
export async function sweepTempFiles(dir: string, olderThanMs: number, now: number): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = path.join(dir, name);
    try {
      const st = await fs.stat(file);
      if (now - st.mtimeMs > olderThanMs) await fs.rm(file, { force: true });
    } catch {
      // gone already
    }
  }
}
