import { describe, expect, it } from 'vitest';
import { redactEmail, redactId } from '../../common/rules/redact-person';

describe('redact-person', () => {
  it('keeps an email’s first letter and domain', () => {
    expect(redactEmail('alice@acme.example')).toBe('a•••@acme.example');
    expect(redactEmail('no-at-sign')).toBe('•••');
    expect(redactEmail('@acme.example')).toBe('•••');
  });

  it('keeps an id’s first three and last two characters', () => {
    expect(redactId('00ualice00000000001')).toBe('00u•••01');
    expect(redactId('short')).toBe('•••');
  });
});
