/**
 * The history slice's evidence-report export, through a fake bridge: the
 * claims choice goes with the call (redacted unless the admin picks all), a
 * saved report is announced with its path, a cancel is not an error, a
 * failure is kept as a diagnosis for the buttons that started it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult } from '../../common/contract';
import { API_GLOBAL } from '../../common/contract-names';
import { diagnose } from '../../common/diagnosis';
import { useApp } from '../../renderer/src/state/store';

const configId = '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f';
const testId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

let calls: { name: string; input: unknown }[] = [];
let answer: CallResult<unknown>;
const initial = useApp.getState();

beforeEach(() => {
  calls = [];
  (globalThis as Record<string, unknown>)[API_GLOBAL] = {
    call: async (name: string, input: unknown) => {
      calls.push({ name, input });
      return answer;
    },
    on: () => () => {},
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[API_GLOBAL];
  useApp.setState(initial, true);
});

describe('exporting the evidence report from the history', () => {
  it('asks for redacted claims by default, and announces where the report was saved', async () => {
    answer = { ok: true, value: { path: '/data/exports/sso-evidence-acme.pdf', bytes: 1234 } };
    await useApp.getState().exportReport(configId, { format: 'pdf' });
    expect(calls).toEqual([{ name: 'exportReport', input: { configId, format: 'pdf', claims: 'redacted' } }]);
    const s = useApp.getState();
    expect(s.notice?.tone).toBe('info');
    expect(s.notice?.text).toContain('saved to /data/exports/sso-evidence-acme.pdf');
    expect(s.reportSaved).toEqual({ target: { format: 'pdf' }, path: '/data/exports/sso-evidence-acme.pdf' });
    expect(s.reportExporting).toBeUndefined();
    expect(s.reportError).toBeUndefined();
  });

  it('sends the test id and the claims choice for one test’s report', async () => {
    answer = { ok: true, value: { path: '/data/exports/t.html', bytes: 10 } };
    useApp.getState().setReportClaims('all');
    await useApp.getState().exportReport(configId, { testId, format: 'html' });
    expect(calls[0]!.input).toEqual({ configId, testId, format: 'html', claims: 'all' });
    expect(useApp.getState().notice?.text).toMatch(/^Test report \(HTML, all personal data\) saved to/);
  });

  it('treats a cancelled save dialog as no error', async () => {
    answer = { ok: false, error: diagnose('EXPORT_CANCELLED') };
    await useApp.getState().exportReport(configId, { format: 'pdf' });
    expect(useApp.getState().reportError).toBeUndefined();
    expect(useApp.getState().notice?.text).toContain('Export cancelled');
  });

  it('keeps a failure as its diagnosis, for the buttons that started it', async () => {
    const failure = diagnose('REPORT_PRINT_FAILED', { reason: 'no printer' });
    answer = { ok: false, error: failure };
    await useApp.getState().exportReport(configId, { testId, format: 'pdf' });
    expect(useApp.getState().reportError).toEqual({ target: { testId, format: 'pdf' }, diagnosis: failure });
    expect(useApp.getState().reportSaved).toBeUndefined();
  });
});

describe('hiding personal data', () => {
  it('is off until the admin turns it on, for the whole screen', () => {
    expect(useApp.getState().hidePersonalData).toBe(false);
    useApp.getState().setHidePersonalData(true);
    expect(useApp.getState().hidePersonalData).toBe(true);
  });
});
