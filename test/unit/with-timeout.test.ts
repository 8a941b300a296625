import { describe, expect, it } from 'vitest';
import { withTimeout } from '../../common/with-timeout';

const never = new Promise<never>(() => {});

describe('withTimeout', () => {
  it('gives the value when the work wins', async () => {
    expect(await withTimeout(Promise.resolve(42), 1000)).toEqual({ kind: 'done', value: 42 });
  });

  it('gives timeout when the deadline wins', async () => {
    const started = Date.now();
    expect(await withTimeout(never, 30)).toEqual({ kind: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('passes a rejection on', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });

  it('ends at once on abort, before or during the race, and removes its listener', async () => {
    const before = new AbortController();
    before.abort();
    expect(await withTimeout(never, 1000, { signal: before.signal })).toEqual({ kind: 'aborted' });

    const during = new AbortController();
    let listeners = 0;
    const signal = during.signal;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...a: Parameters<typeof add>) => (listeners++, add(...a))) as typeof add;
    signal.removeEventListener = ((...a: Parameters<typeof remove>) => (listeners--, remove(...a))) as typeof remove;
    const raced = withTimeout(never, 1000, { signal });
    expect(listeners).toBe(1);
    during.abort();
    expect(await raced).toEqual({ kind: 'aborted' });
    expect(listeners).toBe(0);
  });

  it('a late result after a timeout changes nothing', async () => {
    let finish!: (v: string) => void;
    const late = new Promise<string>((r) => (finish = r));
    const raced = withTimeout(late, 10);
    expect(await raced).toEqual({ kind: 'timeout' });
    finish('late');
    expect(await raced).toEqual({ kind: 'timeout' });
  });

  it('a late rejection after a timeout is ignored, not left unhandled', async () => {
    let fail!: (e: Error) => void;
    const late = new Promise<string>((_, r) => (fail = r));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect(await withTimeout(late, 10)).toEqual({ kind: 'timeout' });
      fail(new Error('late'));
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
