import { describe, expect, it } from 'vitest';
import { diagnose } from '../../common/diagnosis';
import { redactEmail, redactEmailsIn, redactId, redactUser } from '../../common/rules/redact-person';

describe('redact-person', () => {
  it('keeps an email’s first letter and domain, an id’s first three and last two characters', () => {
    const masked = (f: (s: string) => string, inputs: string[]) => inputs.map(f);
    expect(masked(redactEmail, ['alice@acme.example', 'no-at-sign', '@acme.example'])).toEqual(['a•••@acme.example', '•••', '•••']);
    expect(masked(redactId, ['00ualice00000000001', 'short'])).toEqual(['00u•••01', '•••']);
    // A verdict's user is an email, or a sub when there is none.
    expect(masked(redactUser, ['alice@acme.example', '00ualice00000000001'])).toEqual(['a•••@acme.example', '00u•••01']);
  });

  it('masks the emails a diagnosis quotes, and nothing else', () => {
    const d = diagnose('EMAIL_NOT_VERIFIED', { email: 'alice@acme.example', note: 'sent by alice@acme.example', status: 200 });
    const masked = redactEmailsIn(d, ['alice@acme.example']);
    expect(masked.evidence).toEqual({ email: 'a•••@acme.example', note: 'sent by a•••@acme.example', status: '200' });
    expect(masked.fix).toEqual(d.fix);
    expect(redactEmailsIn(d, [])).toBe(d);
  });
});
