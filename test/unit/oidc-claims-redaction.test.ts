import { describe, expect, it } from 'vitest';
import { summarizeClaims } from '../../main/core/oidc/claims';
import { redactText, redactUrl, scrubDiagnosis } from '../../main/core/oidc/redact';
import { diagnose } from '../../common/diagnosis';

describe('summarizeClaims', () => {
  it('keeps what the Hub uses, drops protocol plumbing, and keeps the rest for role paths', () => {
    const s = summarizeClaims({
      iss: 'https://acme.okta.com',
      aud: '0oa1',
      exp: 2,
      iat: 1,
      nonce: 'n',
      at_hash: 'h',
      c_hash: 'c',
      auth_time: 1,
      amr: ['pwd'],
      idp: '00o',
      jti: 'ID.x',
      ver: 1,
      azp: '0oa1',
      sid: 's',
      sub: '00ualice',
      email: 'alice@acme.example',
      email_verified: true,
      name: 'Alice Admin',
      preferred_username: 'alice@acme.example',
      groups: ['Everyone', 'hf-admins'],
      locale: 'en_US',
      user: { role: 'admin' },
    });
    expect(s).toEqual({
      sub: '00ualice',
      email: 'alice@acme.example',
      email_verified: true,
      name: 'Alice Admin',
      preferred_username: 'alice@acme.example',
      groups: ['Everyone', 'hf-admins'],
      other: { locale: 'en_US', user: { role: 'admin' } },
    });
  });

  it('reads "false" strings, a single group, and leaves odd groups in other', () => {
    expect(summarizeClaims({ sub: 'x', email_verified: 'false', groups: 'admins' })).toMatchObject({ email_verified: false, groups: ['admins'] });
    const odd = summarizeClaims({ sub: 'x', groups: [{ id: 1 }] });
    expect(odd.groups).toBeUndefined();
    expect(odd.other.groups).toEqual([{ id: 1 }]);
    expect(summarizeClaims({ sub: 'x' })).toEqual({ sub: 'x', other: {} });
  });
});

describe('redaction', () => {
  it('removes code, state and tokens from URLs, query and fragment alike', () => {
    const url = 'https://huggingface.co/organizations/acme/oidc/consume?code=SECRETCODE&state=STATE123&iss=https%3A%2F%2Facme.okta.com#id_token=eyJx&access_token=at&keep=1';
    const r = redactUrl(url);
    for (const s of ['SECRETCODE', 'STATE123', 'eyJx', 'access_token']) expect(r).not.toContain(s);
    expect(r).toContain('iss=');
    expect(r).toContain('keep=1');
    expect(redactUrl('not a url')).toBe('(not a URL)');
  });

  it('blanks known sensitive values anywhere, encoded too', () => {
    const secret = 'abc/def+ghi=';
    expect(redactText(`x ${secret} y ${encodeURIComponent(secret)} z`, [secret])).toBe('x [redacted] y [redacted] z');
    expect(redactText('short ab', ['ab', undefined])).toBe('short ab');
  });

  it('scrubs every evidence value, the cause and the fix of a diagnosis', () => {
    const d = diagnose('TOKEN_ENDPOINT_ERROR', { detail: 'sent code CODE-1234', other: 'fine' }, { cause: 'secret SECRET-9 leaked' });
    const s = scrubDiagnosis(d, ['CODE-1234', 'SECRET-9']);
    expect(JSON.stringify(s)).not.toMatch(/CODE-1234|SECRET-9/);
    expect(s.evidence.other).toBe('fine');
  });
});
