/**
 * The one way the app races work against a deadline and a cancel button.
 * It always clears its timer and its abort listener, whoever wins, and never
 * keeps a Node process alive by itself (the timer is unref'd).
 */
export type Raced<T> = { kind: 'done'; value: T } | { kind: 'timeout' } | { kind: 'aborted' };

export interface RaceOptions {
  /** Aborting it ends the race at once with `{ kind: 'aborted' }` (the work itself is not stopped here). */
  signal?: AbortSignal;
}

/** Settles with the work's value, `timeout` after `ms`, or `aborted`; a rejection of the work is passed on (a late one is ignored, never unhandled). */
export function withTimeout<T>(work: Promise<T>, ms: number, options: RaceOptions = {}): Promise<Raced<T>> {
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve({ kind: 'aborted' });
  return new Promise<Raced<T>>((resolve, reject) => {
    const timer = setTimeout(() => finish(() => resolve({ kind: 'timeout' })), ms);
    (timer as { unref?: () => void }).unref?.();
    const onAbort = () => finish(() => resolve({ kind: 'aborted' }));
    signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    work.then(
      (value) => finish(() => resolve({ kind: 'done', value })),
      (err: unknown) => finish(() => reject(err)),
    );
  });
}
