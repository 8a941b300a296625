/** "Check issuer" for the open configuration: the values on screen, saved or not. */
import type { Diagnosis, HistoryRecord, IssuerCheckResult } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export interface IssuerCheckState {
  running: boolean;
  result?: IssuerCheckResult;
  error?: Diagnosis;
  /** The values the check ran with, to flag a stale result. */
  issuerUrl: string;
  /** When a check shown after a reload ran (from the history); absent for one run in this window. */
  recordedAt?: string;
}

export interface IssuerCheckSlice {
  issuerCheck?: IssuerCheckState;
  checkIssuer(): Promise<void>;
  /** Shows the newest recorded issuer check of the open configuration when none ran in this window. */
  restoreIssuerCheck(records: HistoryRecord[]): void;
}

export const issuerCheckSlice: Slice<IssuerCheckSlice> = (set, get) => ({
  async checkIssuer() {
    const { config, draft } = get();
    if (!config) return;
    const issuerUrl = (draft.issuerUrl ?? config.issuerUrl).trim();
    const clientId = (draft.clientId ?? config.clientId).trim();
    set({ issuerCheck: { running: true, issuerUrl } });
    const checked = await request('checkIssuer', { issuerUrl, ...(clientId ? { clientId } : {}), configId: config.id });
    set({ issuerCheck: checked.ok ? { running: false, result: checked.value, issuerUrl } : { running: false, error: checked.error, issuerUrl } });
  },

  restoreIssuerCheck(records) {
    if (get().issuerCheck) return;
    const last = records.filter((r) => r.kind === 'issuer-check' && r.issuerCheck).sort((a, b) => b.at.localeCompare(a.at))[0];
    if (!last?.issuerCheck) return;
    set({ issuerCheck: { running: false, result: last.issuerCheck, issuerUrl: last.values?.issuer ?? last.issuerCheck.normalizedIssuer, recordedAt: last.at } });
  },
});
