import { describe, expect, it } from 'vitest';
import { diagnose } from '../../common/diagnosis';
import { redactEmail, redactEmailsIn, redactId, redactUser } from '../../common/rules/redact-person';

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

describe('redactUser and redactEmailsIn', () => {
  it('masks a verdict’s user whether it is an email or a sub', () => {
    expect(redactUser('alice@acme.example')).toBe('a•••@acme.example');
    expect(redactUser('00ualice00000000001')).toBe('00u•••01');
  });

  it('masks the emails a diagnosis quotes, and nothing else', () => {
    const d = diagnose('EMAIL_NOT_VERIFIED', { email: 'alice@acme.example', note: 'sent by alice@acme.example', status: 200 });
    const masked = redactEmailsIn(d, ['alice@acme.example']);
    expect(masked.evidence).toEqual({ email: 'a•••@acme.example', note: 'sent by a•••@acme.example', status: '200' });
    expect(masked.fix).toEqual(d.fix);
    expect(redactEmailsIn(d, [])).toBe(d);
  });
});
