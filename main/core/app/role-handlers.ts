/**
 * previewRoles: which Hub role and resource groups each user tested on this
 * configuration would get under a role mapping (the one being edited, or the
 * configuration's saved one). Admins test several accounts (an admin, a
 * reader, someone in no group) to see the mapping work: one row per user,
 * from their latest successful test. Reads the store; the rules are in
 * common/rules/role-mapping.ts.
 */
import type { RolePreview, TestedUserPreview } from '../../../common/contract';
import { mappingWarnings, previewRoleMapping } from '../../../common/rules/role-mapping';
import { latestTestPerUser } from '../../../common/rules/tested-users';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import type { ConfigStore } from '../store/config-store';

export const NO_SUCCESSFUL_TEST_WARNING = 'Run a successful test login to preview roles.';

export function createRoleHandlers(deps: AppDeps & { store: ConfigStore }): Pick<Handlers, 'previewRoles'> {
  return {
    previewRoles: async ({ configId, roleMapping }): Promise<RolePreview> => {
      // CONFIG_NOT_FOUND / STORE_CORRUPT come from the store as diagnoses.
      const config = await deps.store.get(configId);
      const mapping = roleMapping ?? config.roleMapping;
      const context = { issuer: config.issuerUrl, idpKind: config.idpKind };
      const users: TestedUserPreview[] = latestTestPerUser(await deps.store.history(configId)).map((record) => ({
        sub: record.claims.sub,
        ...(record.claims.email !== undefined ? { email: record.claims.email } : {}),
        testedAt: record.at,
        ...previewRoleMapping(record.claims, mapping, context),
      }));
      const latest = users[0];
      if (!latest) {
        // Still point out what is wrong with the mapping itself.
        return {
          role: null,
          matchedRule: null,
          matches: [],
          explanation: NO_SUCCESSFUL_TEST_WARNING,
          resourceGroups: [],
          valuesAtPath: [],
          warnings: [NO_SUCCESSFUL_TEST_WARNING, ...mappingWarnings(mapping)],
          users: [],
        };
      }
      const { sub: _sub, email: _email, testedAt, ...preview } = latest;
      return { ...preview, basedOnTestAt: testedAt, users };
    },
  };
}
