import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../renderer/src/routes';
import { STEPS } from '../../renderer/src/steps';

const id = '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f';

describe('URL hash routes (a reload returns to the same place)', () => {
  it('round-trips every step, the history and home', () => {
    for (const step of STEPS) {
      const hash = formatHash({ name: 'config', id, step: step.id });
      expect(hash).toBe(`#/config/${id}/step/${step.slug}`);
      expect(parseHash(hash)).toEqual({ name: 'config', id, step: step.id });
    }
    expect(parseHash(`#/config/${id}/history`)).toEqual({ name: 'history', id });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('')).toEqual({ name: 'home' });
  });

  it('accepts the contract step ids as well as the slugs', () => {
    expect(parseHash(`#/config/${id}/step/credentials`)).toEqual({ name: 'config', id, step: 'credentials' });
    expect(parseHash(`#/config/${id}/step/enableSso`)).toEqual({ name: 'config', id, step: 'enableSso' });
  });

  it('resumes (no step) when the step is unknown, and goes home for anything that is not a configuration id', () => {
    expect(parseHash(`#/config/${id}/step/nope`)).toEqual({ name: 'config', id });
    expect(parseHash(`#/config/${id}`)).toEqual({ name: 'config', id });
    expect(parseHash('#/config/not-a-uuid/step/credentials')).toEqual({ name: 'home' });
    expect(parseHash('#/config/..%2F..%2Fetc/history')).toEqual({ name: 'home' });
    expect(parseHash(`#/config/${id}/step/credentials/extra`)).toEqual({ name: 'config', id });
  });
});
