/** "Check issuer" for the open configuration: the values on screen, saved or not. */
import type { Diagnosis, IssuerCheckResult } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export interface IssuerCheckState {
  running: boolean;
  result?: IssuerCheckResult;
  error?: Diagnosis;
  /** The values the check ran with, to flag a stale result. */
  issuerUrl: string;
}

export interface IssuerCheckSlice {
  issuerCheck?: IssuerCheckState;
  checkIssuer(): Promise<void>;
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
});
