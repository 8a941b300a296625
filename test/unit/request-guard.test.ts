import { describe, expect, it } from 'vitest';
import { checkRequest, cookieValue } from '../../main/browser/request-guard';

const token = 'A'.repeat(32);
const host = '127.0.0.1:4000';
const ok = { host, cookie: `sso_assistant_session=${token}`, origin: `http://${host}` };

describe('request guard', () => {
  it('accepts our own page (cookie + own Origin) and a bearer client', () => {
    expect(checkRequest(ok, { host, token, requireOrigin: true })).toEqual({ ok: true });
    expect(checkRequest({ host, authorization: `Bearer ${token}` }, { host, token, requireOrigin: true })).toEqual({ ok: true });
  });
  it('refuses each kind of foreign request with its own reason', () => {
    expect(checkRequest({ ...ok, host: 'evil:4000' }, { host, token })).toMatchObject({ status: 421 });
    expect(checkRequest({ ...ok, origin: 'http://127.0.0.1:4001' }, { host, token })).toMatchObject({ status: 403, reason: 'foreign Origin' });
    expect(checkRequest({ host, cookie: ok.cookie }, { host, token, requireOrigin: true })).toMatchObject({ status: 403, reason: 'missing Origin' });
    expect(checkRequest({ ...ok, 'sec-fetch-site': 'same-site' }, { host, token })).toMatchObject({ status: 403 });
    expect(checkRequest({ host, origin: ok.origin }, { host, token })).toMatchObject({ status: 401 });
    expect(checkRequest({ ...ok, cookie: `sso_assistant_session=${'B'.repeat(32)}` }, { host, token })).toMatchObject({ status: 401 });
    expect(checkRequest({ ...ok, cookie: `sso_assistant_session=${token}x` }, { host, token })).toMatchObject({ status: 401 });
  });
  it('reads one cookie among several', () => {
    expect(cookieValue('a=1; sso_assistant_session=xyz; b=2', 'sso_assistant_session')).toBe('xyz');
    expect(cookieValue('xsso_assistant_session=1', 'sso_assistant_session')).toBeUndefined();
  });
});
