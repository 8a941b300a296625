/**
 * previewRoles through the dispatcher (input validation, contract-checked
 * output) on the real file store: the saved or the edited mapping, applied to
 * the claims of the latest successful test login.
 */
import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult, RolePreview } from '../../common/contract';
import { dispatch, type Handlers } from '../../main/core/app/dispatch';
import type { AppDeps } from '../../main/core/app/services';
import { createRoleHandlers, NO_SUCCESSFUL_TEST_WARNING } from '../../main/core/app/role-handlers';
import type { ConfigStore } from '../../main/core/store/config-store';
import { historyRecord, openStore, tempDataDir } from './store-helpers';

let dataDir: string;
let store: ConfigStore;
let handlers: Handlers;

beforeEach(async () => {
  dataDir = await tempDataDir();
  store = openStore(dataDir);
  // previewRoles touches only the store; the other ports are deliberately absent.
  handlers = createRoleHandlers({ store } as unknown as AppDeps & { store: ConfigStore }) as Handlers;
});

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function preview(input: unknown): Promise<CallResult<RolePreview>> {
  return (await dispatch(handlers, 'previewRoles', input)) as CallResult<RolePreview>;
}

async function previewValue(input: unknown): Promise<RolePreview> {
  const result = await preview(input);
  if (!result.ok) throw new Error(`previewRoles failed: ${result.error.code} ${result.error.cause}`);
  return result.value;
}

const savedMapping = {
  attributePath: 'groups',
  rules: [
    { idpValue: 'hf-admins', role: 'admin' as const },
    { idpValue: 'hf-writers', role: 'write' as const },
  ],
  resourceGroupRules: [{ idpValue: 'nlp', resourceGroup: 'nlp-models', role: 'write' as const }],
};

describe('previewRoles', () => {
  it('asks for a successful test login while there is none, and still checks the mapping', async () => {
    const config = await store.create({ orgId: 'acme-corp', roleMapping: { attributePath: 'groups', rules: [{ idpValue: 'x', role: 'read' }], resourceGroupRules: [] } });
    // A failed test does not count.
    await store.appendHistory(historyRecord(config.id, '2026-03-01T10:05:00.000Z', { outcome: 'failure', code: 'TOKEN_INVALID_CLIENT' }));

    const value = await previewValue({ configId: config.id });
    expect(value.role).toBeNull();
    expect(value.matchedRule).toBeNull();
    expect(value.basedOnTestAt).toBeUndefined();
    expect(value.warnings[0]).toBe(NO_SUCCESSFUL_TEST_WARNING);
    expect(value.warnings.slice(1)).toEqual([expect.stringContaining('at least one mapping to the admin role')]);
  });

  it('applies the saved mapping to the claims of the latest successful test', async () => {
    const config = await store.create({ orgId: 'acme-corp', roleMapping: savedMapping });
    await store.appendHistory(
      historyRecord(config.id, '2026-03-01T10:05:00.000Z', { claims: { sub: '00u1', email: 'a@acme.test', groups: ['hf-admins'], other: {} } }),
    );
    await store.appendHistory(
      historyRecord(config.id, '2026-03-01T10:06:00.000Z', { claims: { sub: '00u2', email: 'b@acme.test', groups: ['Everyone', 'hf-writers', 'nlp'], other: {} } }),
    );
    // A later failure does not hide the last success.
    await store.appendHistory(historyRecord(config.id, '2026-03-01T10:07:00.000Z', { outcome: 'failure', code: 'IDP_USER_NOT_ASSIGNED' }));

    const value = await previewValue({ configId: config.id });
    expect(value).toMatchObject({
      role: 'write',
      matchedRule: 1,
      resourceGroups: [{ resourceGroup: 'nlp-models', role: 'write' }],
      valuesAtPath: ['Everyone', 'hf-writers', 'nlp'],
      warnings: [],
      basedOnTestAt: '2026-03-01T10:06:00.000Z',
    });
    // Every tested user, newest first, each with their own role.
    expect(value.users.map((u) => [u.email, u.role, u.testedAt])).toEqual([
      ['b@acme.test', 'write', '2026-03-01T10:06:00.000Z'],
      ['a@acme.test', 'admin', '2026-03-01T10:05:00.000Z'],
    ]);
  });

  it('previews the mapping being edited instead of the saved one, without saving it', async () => {
    const config = await store.create({ orgId: 'acme-corp', roleMapping: savedMapping });
    await store.appendHistory(
      historyRecord(config.id, '2026-03-01T10:05:00.000Z', { claims: { sub: '00u1', other: { user: { role: 'maintainer' } } } }),
    );

    const edited = { attributePath: 'user.role', rules: [{ idpValue: 'maintainer', role: 'admin' }] };
    const value = await previewValue({ configId: config.id, roleMapping: edited });
    expect(value.role).toBe('admin');
    expect(value.valuesAtPath).toEqual(['maintainer']);
    expect(value.basedOnTestAt).toBe('2026-03-01T10:05:00.000Z');
    expect((await store.get(config.id)).roleMapping).toEqual(savedMapping);

    // The saved mapping reads `groups`, which this user's token lacks.
    const saved = await previewValue({ configId: config.id });
    expect(saved.role).toBeNull();
    expect(saved.warnings).toEqual([expect.stringContaining('"groups" is missing from the claims')]);
  });

  it('reports an unknown configuration as CONFIG_NOT_FOUND', async () => {
    const result = await preview({ configId: '7d9f1c2e-8a41-4c1b-9f0e-2b6a5c3d4e5f' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('CONFIG_NOT_FOUND');
  });

  it('refuses a mapping to a role the Hub does not have', async () => {
    const config = await store.create({ orgId: 'acme-corp' });
    const result = await preview({ configId: config.id, roleMapping: { attributePath: 'groups', rules: [{ idpValue: 'x', role: 'owner' }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.evidence.fields).toContain('roleMapping.rules.0.role');
    }
  });
});
