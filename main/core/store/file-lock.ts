/**
 * A cross-process lock around read-modify-write: a lock file created with
 * O_EXCL holding the owner's pid, host and a token. A lock whose owner is dead
 * (same host, pid gone) or that is older than `staleMs` is broken, so a
 * crashed writer (SIGKILL) never blocks the store for good.
 *
 * Breaking is done by renaming the stale file to a unique name and checking it
 * was the one judged stale; if a fresh lock was grabbed by mistake it is put
 * back with link() (which never overwrites).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';

export interface LockOptions {
  /** Give up waiting after this long (ms). */
  timeoutMs?: number;
  /** A lock older than this is considered abandoned whoever holds it (ms). */
  staleMs?: number;
}

interface LockContent {
  pid: number;
  host: string;
  token: string;
  at: number;
}

export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`Timed out waiting for the lock ${lockPath}`);
    this.name = 'LockTimeoutError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(lockPath: string): Promise<{ content: LockContent | null; mtimeMs: number } | null> {
  try {
    const [text, st] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
    let content: LockContent | null = null;
    try {
      content = JSON.parse(text) as LockContent;
    } catch {
      // a writer was killed between create and write: judge by age only
    }
    return { content, mtimeMs: st.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function isStale(lock: { content: LockContent | null; mtimeMs: number }, staleMs: number): boolean {
  const age = Date.now() - lock.mtimeMs;
  if (age > staleMs) return true;
  const c = lock.content;
  if (!c) return age > 2000; // empty/garbled lock file: its writer died right after creating it
  return c.host === os.hostname() && !isAlive(c.pid);
}

async function tryBreak(lockPath: string, judged: { content: LockContent | null }): Promise<void> {
  const aside = `${lockPath}.breaking-${randomBytes(6).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return; // someone else broke or released it
  }
  const moved = await readLock(aside);
  const sameLock = moved && (moved.content?.token ?? null) === (judged.content?.token ?? null);
  if (!sameLock) {
    // We took a lock that was fresh: put it back unless a newer one already exists.
    await fs.link(aside, lockPath).catch(() => {});
  }
  await fs.rm(aside, { force: true });
}

export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const staleMs = options.staleMs ?? 30_000;
  const token = randomBytes(12).toString('hex');
  const content: LockContent = { pid: process.pid, host: os.hostname(), token, at: Date.now() };
  const started = Date.now();
  let delay = 2;
  for (;;) {
    try {
      const handle = await fs.open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(content));
      } finally {
        await handle.close();
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const existing = await readLock(lockPath);
    if (existing && isStale(existing, staleMs)) {
      await tryBreak(lockPath, existing);
      continue;
    }
    if (Date.now() - started > timeoutMs) throw new LockTimeoutError(lockPath);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
  try {
    return await fn();
  } finally {
    // Release only our own lock (it may have been broken as stale if we were extremely slow).
    const current = await readLock(lockPath).catch(() => null);
    if (current?.content?.token === token) await fs.rm(lockPath, { force: true });
  }
}
