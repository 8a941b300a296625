import { describe, expect, it } from 'vitest';
import { checkRequest, cookieValue } from '../../main/browser/request-guard';

const token = 'A'.repeat(32);
const host = '127.0.0.1:4000';
const page = { host, origin: `http://${host}`, authorization: `Bearer ${token}` };

describe('request guard', () => {
  it('accepts our own page (bearer + own Origin), a bearer client, and the cookie for static files', () => {
    expect(checkRequest(page, { host, token })).toEqual({ ok: true });
    expect(checkRequest({ host, authorization: `Bearer ${token}` }, { host, token })).toEqual({ ok: true });
    expect(checkRequest({ host, cookie: `sso_assistant_session=${token}` }, { host, token, acceptCookie: true })).toEqual({ ok: true });
  });
  it('refuses each kind of foreign request with its own reason', () => {
    expect(checkRequest({ ...page, host: 'evil:4000' }, { host, token })).toMatchObject({ status: 421 });
    expect(checkRequest({ ...page, origin: 'http://127.0.0.1:4001' }, { host, token })).toMatchObject({ status: 403, reason: 'foreign Origin' });
    expect(checkRequest({ ...page, 'sec-fetch-site': 'same-site' }, { host, token })).toMatchObject({ status: 403 });
    expect(checkRequest({ host, origin: page.origin }, { host, token })).toMatchObject({ status: 401 });
    expect(checkRequest({ ...page, authorization: `Bearer ${'B'.repeat(32)}` }, { host, token })).toMatchObject({ status: 401 });
    expect(checkRequest({ ...page, authorization: `Bearer ${token}x` }, { host, token })).toMatchObject({ status: 401 });
  });
  it('does not take the cookie as the token for bridge calls (cookies are sent to every port of 127.0.0.1)', () => {
    expect(checkRequest({ host, origin: page.origin, cookie: `sso_assistant_session=${token}` }, { host, token })).toMatchObject({ status: 401 });
  });
  it('reads one cookie among several', () => {
    expect(cookieValue('a=1; sso_assistant_session=xyz; b=2', 'sso_assistant_session')).toBe('xyz');
    expect(cookieValue('xsso_assistant_session=1', 'sso_assistant_session')).toBeUndefined();
  });
});
