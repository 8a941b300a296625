/** main/core/spare.ts: one thing made ahead, handed out once, let go when unused, broken, or closed. */
import { describe, expect, it } from 'vitest';
import { createSpare } from '../../main/core/spare';

function harness(opts: { idleMs?: number; failMake?: boolean } = {}) {
  let made = 0;
  const discarded: number[] = [];
  const broken = new Set<number>();
  const spare = createSpare<number>({
    make: async () => {
      made++;
      if (opts.failMake) throw new Error('no browser');
      return made;
    },
    usable: (n) => !broken.has(n),
    discard: async (n) => void discarded.push(n),
    idleMs: opts.idleMs ?? 60_000,
  });
  return { spare, made: () => made, discarded, broken };
}

describe('createSpare', () => {
  it('makes one spare however often it is asked, and hands it out once', async () => {
    const h = harness();
    expect(h.spare.has()).toBe(false);
    await Promise.all([h.spare.prepare(), h.spare.prepare()]);
    await h.spare.prepare();
    expect(h.made()).toBe(1);
    expect(h.spare.has()).toBe(true);
    expect(await h.spare.take()).toBe(1);
    expect(h.spare.has()).toBe(false);
    expect(await h.spare.take()).toBeNull();
  });

  it('hands out one still being made once it is ready', async () => {
    const h = harness();
    void h.spare.prepare();
    expect(await h.spare.take()).toBe(1);
  });

  it('never hands out one that is no longer usable: it is discarded', async () => {
    const h = harness();
    await h.spare.prepare();
    h.broken.add(1);
    expect(await h.spare.take()).toBeNull();
    expect(h.discarded).toEqual([1]);
  });

  it('a failed make is no error: take() gives null', async () => {
    const h = harness({ failMake: true });
    await expect(h.spare.prepare()).resolves.toBeUndefined();
    expect(await h.spare.take()).toBeNull();
  });

  it('lets an unused spare go after its idle time, and on close; nothing is made after close', async () => {
    const h = harness({ idleMs: 30 });
    await h.spare.prepare();
    await new Promise((r) => setTimeout(r, 80));
    expect(h.discarded).toEqual([1]);
    expect(await h.spare.take()).toBeNull();
    await h.spare.prepare();
    await h.spare.close();
    expect(h.discarded).toEqual([1, 2]);
    await h.spare.prepare();
    expect(h.made()).toBe(2);
  });
});
