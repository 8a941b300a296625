// PLACEHOLDER — replaced by the test-login work (issue 3).
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore } from '../store/config-store';
import { DiagnosisError } from '../diagnoses';

const notYet = async (): Promise<never> => { throw DiagnosisError.of('INTERNAL_ERROR', { reason: 'not built yet' }); };
export function createTestHandlers(_deps: AppDeps & { store: ConfigStore }): { handlers: Pick<Handlers, 'checkIssuer' | 'testLogin' | 'cancelTestLogin'>; close(): Promise<void> } {
  return { handlers: { checkIssuer: notYet, testLogin: notYet, cancelTestLogin: async () => ({ cancelled: false }) }, close: async () => {} };
}
