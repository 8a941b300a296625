/**
 * previewRoles: which Hub role and resource groups the user of the latest
 * successful test login would get under a role mapping (the one being edited,
 * or the configuration's saved one). Reads the store; decides nothing itself.
 */
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore } from '../store/config-store';
import { mappingWarnings, previewRoleMapping } from '../../../common/rules/role-mapping';

export const NO_SUCCESSFUL_TEST_WARNING = 'Run a successful test login to preview roles.';

export function createRoleHandlers(deps: AppDeps & { store: ConfigStore }): Pick<Handlers, 'previewRoles'> {
  return {
    previewRoles: async ({ configId, roleMapping }) => {
      // CONFIG_NOT_FOUND / STORE_CORRUPT come from the store as diagnoses.
      const config = await deps.store.get(configId);
      const mapping = roleMapping ?? config.roleMapping;
      const test = await deps.store.latestSuccessfulTest(configId);
      if (!test?.claims) {
        // Still point out what is wrong with the mapping itself.
        return {
          role: null,
          matchedRule: null,
          resourceGroups: [],
          valuesAtPath: [],
          warnings: [NO_SUCCESSFUL_TEST_WARNING, ...mappingWarnings(mapping)],
        };
      }
      return { ...previewRoleMapping(test.claims, mapping), basedOnTestAt: test.at };
    },
  };
}
