/**
 * The history screen: every issuer check and test login of one configuration,
 * newest first; whether the tested users' personal data is masked on screen;
 * and the evidence report, exported for the whole history or one test.
 */
import type { CallInput, Diagnosis, HistoryRecord } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export type ReportFormat = CallInput<'exportReport'>['format'];
export type ReportClaims = NonNullable<CallInput<'exportReport'>['claims']>;

/** Which report: the whole history (no testId) or one test, in one format. */
export interface ReportTarget {
  testId?: string;
  format: ReportFormat;
}

export interface HistorySlice {
  history?: HistoryRecord[];
  historyError?: Diagnosis;
  /** "Hide personal data": the tested users' emails and subs are masked on the history screen. */
  hidePersonalData: boolean;
  /** What the evidence report shows of the tested users: redacted unless the admin asks for all. */
  reportClaims: ReportClaims;
  /** The export under way. */
  reportExporting?: ReportTarget;
  /** The last export that failed (not a cancel), shown beside the buttons that started it. */
  reportError?: { target: ReportTarget; diagnosis: Diagnosis };
  /** Where the last report was saved. */
  reportSaved?: { target: ReportTarget; path: string | null };
  loadHistory(id: string): Promise<void>;
  setHidePersonalData(hide: boolean): void;
  setReportClaims(claims: ReportClaims): void;
  exportReport(configId: string, target: ReportTarget): Promise<void>;
}

export const historySlice: Slice<HistorySlice> = (set, get) => ({
  hidePersonalData: false,
  reportClaims: 'redacted',

  async loadHistory(id) {
    set({ history: undefined, historyError: undefined, reportError: undefined, reportSaved: undefined });
    const records = await request('getHistory', { id });
    set(records.ok ? { history: records.value.sort((a, b) => b.at.localeCompare(a.at)) } : { historyError: records.error });
  },

  setHidePersonalData(hide) {
    set({ hidePersonalData: hide });
  },

  setReportClaims(claims) {
    set({ reportClaims: claims });
  },

  async exportReport(configId, target) {
    if (get().reportExporting) return;
    set({ reportExporting: target, reportError: undefined });
    const claims = get().reportClaims;
    const saved = await request('exportReport', { configId, format: target.format, claims, ...(target.testId ? { testId: target.testId } : {}) });
    set({ reportExporting: undefined });
    const what = `${target.testId ? 'Test report' : 'Report'} (${target.format.toUpperCase()}${claims === 'all' ? ', all personal data' : ', personal data redacted'})`;
    if (saved.ok) {
      set({ reportSaved: { target, path: saved.value.path } });
      get().notify(saved.value.path ? `${what} saved to ${saved.value.path}` : `${what} saved.`);
    } else if (saved.error.code === 'EXPORT_CANCELLED') {
      get().notify('Export cancelled: no file was saved.');
    } else {
      set({ reportError: { target, diagnosis: saved.error } });
    }
  },
});
