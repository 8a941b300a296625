/** The history screen: every issuer check and test login of one configuration, newest first. */
import type { Diagnosis, HistoryRecord } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export interface HistorySlice {
  history?: HistoryRecord[];
  historyError?: Diagnosis;
  loadHistory(id: string): Promise<void>;
}

export const historySlice: Slice<HistorySlice> = (set) => ({
  async loadHistory(id) {
    set({ history: undefined, historyError: undefined });
    const records = await request('getHistory', { id });
    set(records.ok ? { history: records.value.sort((a, b) => b.at.localeCompare(a.at)) } : { historyError: records.error });
  },
});
