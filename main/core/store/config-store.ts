// PLACEHOLDER — replaced by the secrets/store work (issue 4).
import type { Clock } from '../ports';
export interface ConfigStore { dataDir: string }
export function createConfigStore(dataDir: string, _opts: { clock: Clock; appVersion: string }): ConfigStore {
  return { dataDir };
}
