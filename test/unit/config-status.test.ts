/**
 * One status per configuration (common/rules/config-status.ts), and its words.
 * Each case is a history an admin really produces.
 */
import { describe, expect, it } from 'vitest';
import type { TestMark, Verdict } from '../../common/contract';
import { configStatus, isPassing, type StatusInput } from '../../common/rules/config-status';
import { statusText } from '../../common/rules/status-text';
import { testFingerprint } from '../../common/rules/test-fingerprint';
import { withTest } from '../../main/core/store/history-file';

const values = { orgId: 'acme', clientId: '0oahubacme000000001', issuerUrl: 'https://acme.okta.com', requestGroups: false, secretRevision: 1 };
const fp = testFingerprint(values);

function mark(at: string, outcome: TestMark['outcome'], extra: Partial<TestMark> = {}): TestMark {
  return { at: `2026-12-01T${at}.000Z`, fingerprint: fp, outcome, warnings: [], ...extra };
}

function input(verdict: Verdict, changes: Partial<StatusInput> = {}): StatusInput {
  return { ...values, verdict, ...changes };
}

const text = (v: Verdict, changes: Partial<StatusInput> = {}) => statusText(configStatus(input(v, changes)), { timeZone: 'UTC' });

describe('configuration status', () => {
  it('never tested', () => {
    expect(configStatus(input({}))).toEqual({ kind: 'never-tested' });
    expect(text({}).label).toBe('Not tested');
  });

  it('passed with these exact values, to the second, as whom', () => {
    const pass = mark('19:26:04', 'success', { user: 'alice@acme.example' });
    const s = configStatus(input({ lastPass: pass, latest: pass }));
    expect(s).toEqual({ kind: 'passed', pass });
    expect(isPassing(s)).toBe(true);
    expect(text({ lastPass: pass, latest: pass })).toEqual({ tone: 'ok', label: 'Passed', detail: 'Configuration passed at 2026-12-01 19:26:04 UTC as alice@acme.example.' });
  });

  it('a failure caused by the user does not undo a pass: shown beside it, as what it is', () => {
    const pass = mark('19:26:04', 'success', { user: 'alice@acme.example' });
    const carol = mark('19:27:10', 'failure', { code: 'USER_NOT_ASSIGNED', user: 'carol@acme.example', titles: { USER_NOT_ASSIGNED: 'This user is not assigned to the Okta app' } });
    const v = { lastPass: pass, lastFailure: carol, latest: carol };
    const s = configStatus(input(v));
    expect(s).toEqual({ kind: 'passed', pass, userIssue: carol });
    expect(text(v).detail).toBe(
      'Configuration passed at 2026-12-01 19:26:04 UTC as alice@acme.example; latest test as carol@acme.example failed: This user is not assigned to the Okta app (USER_NOT_ASSIGNED).',
    );
    // A closed window, a cancel: the same.
    for (const issue of [mark('19:28:00', 'failure', { code: 'LOGIN_WINDOW_CLOSED' }), mark('19:28:00', 'cancelled', { code: 'LOGIN_CANCELLED' })]) {
      expect(configStatus(input({ lastPass: pass, latest: issue, ...(issue.outcome === 'failure' ? { lastFailure: issue } : {}) })).kind).toBe('passed');
    }
  });

  it('a newer failure caused by the configuration (or the IdP) wins over an older pass', () => {
    const pass = mark('19:26:04', 'success', { user: 'alice@acme.example' });
    const broken = mark('19:30:00', 'failure', { code: 'INVALID_CLIENT_SECRET' });
    const s = configStatus(input({ lastPass: pass, lastFailure: broken, latest: broken }));
    expect(s).toEqual({ kind: 'failed', failure: broken, userCaused: false, earlierPass: pass });
    expect(isPassing(s)).toBe(false);
    expect(text({ lastPass: pass, lastFailure: broken, latest: broken }).tone).toBe('fail');
  });

  it('only a user-caused failure so far: not passed yet, and said to be about the sign-in', () => {
    const carol = mark('19:27:10', 'failure', { code: 'USER_NOT_ASSIGNED', user: 'carol@acme.example' });
    const s = configStatus(input({ lastFailure: carol, latest: carol }));
    expect(s).toEqual({ kind: 'failed', failure: carol, userCaused: true });
    expect(text({ lastFailure: carol, latest: carol })).toMatchObject({ tone: 'warn', label: 'Not passed yet' });
  });

  it('passed with warnings, named with the titles the test showed', () => {
    const pass = mark('19:26:04', 'success', { warnings: ['EMAIL_NOT_VERIFIED'], titles: { EMAIL_NOT_VERIFIED: 'The email is not verified' } });
    expect(configStatus(input({ lastPass: pass, latest: pass })).kind).toBe('passed-with-warnings');
    expect(text({ lastPass: pass, latest: pass }).detail).toContain('with warnings: The email is not verified (EMAIL_NOT_VERIFIED)');
    // A mark written before marks kept titles: the code alone, still searchable.
    const old = mark('19:26:04', 'success', { warnings: ['EMAIL_NOT_VERIFIED'] });
    expect(text({ lastPass: old, latest: old }).detail).toContain('with warnings: EMAIL_NOT_VERIFIED.');
  });

  it('a failure is named with its diagnosis title as the test showed it', () => {
    const broken = mark('19:30:00', 'failure', { code: 'INVALID_CLIENT_SECRET', titles: { INVALID_CLIENT_SECRET: 'The client secret was refused' } });
    expect(text({ lastFailure: broken, latest: broken }).detail).toContain('failed: The client secret was refused (INVALID_CLIENT_SECRET)');
  });

  it('values changed since the last test: an edit of any tested value, or a new secret', () => {
    const pass = mark('19:26:04', 'success');
    const v = { lastPass: pass, latest: pass };
    for (const change of [{ clientId: 'other' }, { issuerUrl: 'https://acme.okta.com/oauth2/default' }, { orgId: 'acme2' }, { requestGroups: true }, { secretRevision: 2 }]) {
      const s = configStatus(input(v, change));
      expect(s.kind, JSON.stringify(change)).toBe('changed');
      expect(isPassing(s)).toBe(false);
    }
    // A trailing slash or spaces are not a change.
    expect(configStatus(input(v, { issuerUrl: 'https://acme.okta.com/' })).kind).toBe('passed');
  });

  it('a running test keeps what was known before', () => {
    const pass = mark('19:26:04', 'success');
    const s = configStatus(input({ lastPass: pass, latest: pass }), { testId: 't', stage: 'window-opened', startedAt: '2026-12-01T19:40:00.000Z' });
    expect(s.kind).toBe('running');
    expect(isPassing(s)).toBe(true);
    expect(statusText(s).detail).toContain('Login window open');
  });

  it('the verdict the store keeps follows the records, and an older record never displaces a newer one', () => {
    const rec = (at: string, outcome: TestMark['outcome'], extra: object = {}) => ({
      id: crypto.randomUUID(), configId: crypto.randomUUID(), at: `2026-12-01T${at}.000Z`, kind: 'test-login' as const, outcome, stages: [], appVersion: '0', fingerprint: fp, ...extra,
    });
    let v: Verdict = {};
    v = withTest(v, rec('19:26:04', 'success', { claims: { sub: '00u1', email: 'alice@acme.example', other: {} } }));
    v = withTest(v, rec('19:27:10', 'failure', { code: 'USER_NOT_ASSIGNED', diagnosis: { code: 'USER_NOT_ASSIGNED', title: 'User is not assigned to the app', cause: 'c', fix: [], evidence: {} } }));
    v = withTest(v, rec('19:20:00', 'failure', { code: 'INVALID_CLIENT_SECRET' }));
    expect(v.lastPass?.user).toBe('alice@acme.example');
    expect(v.lastFailure?.code).toBe('USER_NOT_ASSIGNED');
    expect(v.latest?.code).toBe('USER_NOT_ASSIGNED');
    expect(v.latest?.titles).toEqual({ USER_NOT_ASSIGNED: 'User is not assigned to the app' });
    expect(withTest(v, { ...rec('19:30:00', 'success'), kind: 'issuer-check' })).toBe(v);
  });
});
