// PLACEHOLDER — replaced by the secrets/store work (issue 4).
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore } from '../store/config-store';
import { DiagnosisError } from '../diagnoses';

type ConfigCalls = 'listConfigs' | 'getConfig' | 'createConfig' | 'updateConfig' | 'setStepDone' | 'setCurrentStep' | 'duplicateConfig' | 'deleteConfig' | 'setSecret' | 'copySecret' | 'getHistory' | 'exportConfigs' | 'importConfigs';
const notYet = async (): Promise<never> => { throw DiagnosisError.of('INTERNAL_ERROR', { reason: 'not built yet' }); };
export function createConfigHandlers(_deps: AppDeps & { store: ConfigStore }): { handlers: Pick<Handlers, ConfigCalls>; close(): Promise<void> } {
  const handlers = {
    listConfigs: async () => [],
    getConfig: notYet, createConfig: notYet, updateConfig: notYet, setStepDone: notYet, setCurrentStep: notYet,
    duplicateConfig: notYet, deleteConfig: notYet, setSecret: notYet, copySecret: notYet, getHistory: notYet,
    exportConfigs: notYet, importConfigs: notYet,
  };
  return { handlers, close: async () => {} };
}
