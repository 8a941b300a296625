/** Files written by older app versions load, and are saved in the current format on the next write. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateConfigFile, migrateHistoryFile, NewerSchemaError } from '../../main/core/store/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../main/core/store/stored-files';
import { openStore, tempDataDir } from './store-helpers';

function v0Configuration(id: string) {
  return {
    id,
    name: 'From 0.0.x',
    orgId: 'acme',
    clientId: 'cid',
    issuerUrl: 'https://acme.okta.com',
    idpKind: 'okta',
    requestGroups: false,
    roleMapping: { attributePath: '', rules: [], resourceGroupRules: [] },
    revision: 4,
    hasSecret: true,
    progress: { done: { createApp: true, configureApp: true, credentials: true, enableSso: false }, currentStep: 'credentials' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

describe('migrations', () => {
  it('upgrades a version-0 (unwrapped) configuration and history', async () => {
    const dir = await tempDataDir();
    const id = randomUUID();
    await fs.mkdir(path.join(dir, 'configs'), { recursive: true });
    await fs.mkdir(path.join(dir, 'history'), { recursive: true });
    await fs.writeFile(path.join(dir, 'configs', `${id}.json`), JSON.stringify(v0Configuration(id)));
    const record = { id: randomUUID(), configId: id, at: '2026-01-02T00:00:00.000Z', kind: 'test-login', outcome: 'success', stages: [], appVersion: '0.0.9' };
    await fs.writeFile(path.join(dir, 'history', `${id}.json`), JSON.stringify([record]));

    const store = openStore(dir);
    const c = await store.get(id);
    expect(c).toMatchObject({ name: 'From 0.0.x', revision: 4, hasSecret: true });
    expect(c.progress.done.credentials).toBe(true);
    expect(await store.history(id)).toEqual([record]);
    expect(store.problems()).toEqual([]);

    // The tick survives migration (tested at revision 4); the next save writes the current format.
    await store.markCredentialsTested(id, 4);
    await store.update(id, { name: 'saved again' });
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'configs', `${id}.json`), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.configuration.name).toBe('saved again');
  });

  it('refuses newer versions and garbage version numbers', () => {
    expect(() => migrateConfigFile({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(NewerSchemaError);
    expect(() => migrateConfigFile({ schemaVersion: 'one' })).toThrow(/whole number/);
    expect(() => migrateConfigFile('text')).toThrow(/not a JSON object/);
    expect(migrateHistoryFile([], 'x')).toEqual({ schemaVersion: 1, configId: 'x', records: [] });
  });
});
