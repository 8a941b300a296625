/**
 * One thing made ahead of its use (issue 15: the next login window), for any shell: made when asked, handed out
 * once, let go when unused for `idleMs` or on close. A failed make is no error here: the user of the spare makes
 * its own at the moment of use, as it would without one, and reports a failure there.
 */
export interface Spare<T> {
  /** Makes the spare unless one is ready or being made; resolves when it is ready (or could not be made). */
  prepare(): Promise<void>;
  /** A spare is ready or being made (so take() may hand one out). */
  has(): boolean;
  /** The spare (waited for if still being made), handed out once; null when there is none, or none usable. */
  take(): Promise<T | null>;
  /** Lets go of an unused spare; later prepare() calls make nothing. */
  close(): Promise<void>;
}

export interface SpareDeps<T> {
  make(): Promise<T>;
  /** Still fit for use at take() (its window or page not gone, its parent unchanged, ...). */
  usable(made: T): boolean;
  /** Lets go of one that was not handed out (never throws). */
  discard(made: T): Promise<void>;
  idleMs: number;
}

export function createSpare<T>(deps: SpareDeps<T>): Spare<T> {
  let spare: Promise<T | null> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const detach = () => {
    const s = spare;
    spare = undefined;
    clearTimeout(idleTimer);
    return s;
  };
  const discard = async (made: Promise<T | null> | undefined) => {
    const m = await made;
    if (m !== null && m !== undefined) await deps.discard(m).catch(() => undefined);
  };

  return {
    prepare() {
      if (closed) return Promise.resolve();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void discard(detach()), deps.idleMs);
      idleTimer.unref?.();
      spare ??= deps.make().catch(() => null);
      return spare.then(() => undefined);
    },
    has: () => spare !== undefined,
    async take() {
      const m = await detach();
      if (m === null || m === undefined) return null;
      if (deps.usable(m)) return m;
      await deps.discard(m).catch(() => undefined);
      return null;
    },
    async close() {
      closed = true;
      await discard(detach());
    },
  };
}
