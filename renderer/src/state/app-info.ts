/** The app's name, version, shell and data folder, for the footer. */
import type { CallOutput, Diagnosis } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';

export type AppInfo = CallOutput<'getAppInfo'>;

export interface AppInfoSlice {
  appInfo?: AppInfo;
  appInfoError?: Diagnosis;
  loadAppInfo(): Promise<void>;
}

export const appInfoSlice: Slice<AppInfoSlice> = (set) => ({
  async loadAppInfo() {
    const info = await request('getAppInfo', {});
    set(info.ok ? { appInfo: info.value, appInfoError: undefined } : { appInfoError: info.error });
  },
});
