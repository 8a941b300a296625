import { describe, expect, it } from 'vitest';
import { diagnose } from '../../common/diagnosis';
import { recordDiagnosis, recordOutcome } from '../../common/rules/record-outcome';

describe('a history record’s outcome', () => {
  it('tells a pass with warnings from a plain pass', () => {
    expect(recordOutcome({ outcome: 'success' })).toEqual({ label: 'Passed', tone: 'ok' });
    expect(recordOutcome({ outcome: 'success', warnings: [] })).toEqual({ label: 'Passed', tone: 'ok' });
    expect(recordOutcome({ outcome: 'success', warnings: [diagnose('EMAIL_NOT_VERIFIED')] })).toEqual({ label: 'Passed with warnings', tone: 'warn' });
    expect(recordOutcome({ outcome: 'failure' }).label).toBe('Failed');
    expect(recordOutcome({ outcome: 'cancelled' }).label).toBe('Cancelled');
  });

  it('counts an issuer check’s warning checks as warnings', () => {
    const check = (status: 'pass' | 'warn') => ({ normalizedIssuer: 'https://acme.okta.com', ok: true, durationMs: 1, checks: [{ id: 'a', label: 'A', status, detail: '' }] });
    expect(recordOutcome({ outcome: 'success', issuerCheck: check('pass') }).label).toBe('Passed');
    expect(recordOutcome({ outcome: 'success', issuerCheck: check('warn') }).label).toBe('Passed with warnings');
  });
});

describe('a history record’s diagnosis', () => {
  it('is the one kept, when kept', () => {
    const d = diagnose('INVALID_CLIENT_SECRET', { status: 401 });
    expect(recordDiagnosis({ diagnosis: d, code: d.code })).toEqual({ diagnosis: d, rebuilt: false });
  });

  it('is rebuilt from the catalogue for an older record, keeping its recorded title', () => {
    const found = recordDiagnosis({ code: 'USER_NOT_ASSIGNED', title: 'Recorded title' });
    expect(found?.rebuilt).toBe(true);
    expect(found?.diagnosis.title).toBe('Recorded title');
    expect(found?.diagnosis.fix).toEqual(diagnose('USER_NOT_ASSIGNED').fix);
    expect(found?.diagnosis.evidence).toEqual({});
  });

  it('is absent without a code, or for a code the catalogue does not know', () => {
    expect(recordDiagnosis({})).toBeUndefined();
    expect(recordDiagnosis({ code: 'NOT_A_CODE' })).toBeUndefined();
    expect(recordDiagnosis({ code: 'toString' })).toBeUndefined();
  });
});
