/**
 * The frame of every store write: the data folders exist, `store.lock` is held
 * (file-lock.ts) with store.gen moved on (list-cache.ts), and any failure
 * reaches the caller as STORE_WRITE_FAILED naming what was being done.
 */
import { diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import { LockTimeoutError, withFileLock } from './file-lock';

export interface StoreLock {
  /** Runs `fn` holding the store lock. Errors pass through unchanged (for use by readers, e.g. quarantine). */
  underLock<T>(fn: () => Promise<T>): Promise<T>;
  /** A write: ensures the folders, runs `fn` under the lock, maps failures to STORE_WRITE_FAILED. */
  locked<T>(action: string, fn: () => Promise<T>): Promise<T>;
}

export interface StoreLockDeps {
  dataDir: string;
  lockPath: string;
  lockTimeoutMs: number | undefined;
  ensureDirs(): Promise<void>;
  /** Wraps what runs under the lock (the listing cache's generation bookkeeping). */
  whileLocked<T>(fn: () => Promise<T>): Promise<T>;
}

export function createStoreLock(deps: StoreLockDeps): StoreLock {
  function underLock<T>(fn: () => Promise<T>): Promise<T> {
    return withFileLock(deps.lockPath, () => deps.whileLocked(fn), { timeoutMs: deps.lockTimeoutMs ?? 15_000 });
  }

  async function locked<T>(action: string, fn: () => Promise<T>): Promise<T> {
    await deps.ensureDirs();
    try {
      return await underLock(fn);
    } catch (err) {
      throw writeFailed(err, action, deps.dataDir);
    }
  }

  return { underLock, locked };
}

/** STORE_WRITE_FAILED for `action` (a DiagnosisError passes through as it is). */
export function writeFailed(err: unknown, action: string, dataDir: string): DiagnosisError {
  if (err instanceof DiagnosisError) return err;
  if (err instanceof LockTimeoutError) {
    return diagnosisError('STORE_WRITE_FAILED', { action, reason: 'another window or process kept the store busy', lock: err.lockPath });
  }
  const code = (err as NodeJS.ErrnoException)?.code;
  return diagnosisError('STORE_WRITE_FAILED', { action, reason: code ?? (err instanceof Error ? err.name : 'unknown'), dataDir });
}
