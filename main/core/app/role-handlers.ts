// PLACEHOLDER — replaced by the role-mapping work (issue 5).
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore } from '../store/config-store';
import { DiagnosisError } from '../diagnoses';

export function createRoleHandlers(_deps: AppDeps & { store: ConfigStore }): Pick<Handlers, 'previewRoles'> {
  return { previewRoles: async () => { throw DiagnosisError.of('INTERNAL_ERROR', { reason: 'not built yet' }); } };
}
