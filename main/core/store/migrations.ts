/**
 * Upgrades files written by older versions to the current schema, one version
 * at a time. Each step takes the parsed JSON of version N and returns version
 * N+1; validation happens after the last step. Files from a newer app version
 * are refused (never downgraded or overwritten).
 *
 * Version 0: the first format, a bare Configuration / a bare array of history
 * records, without a `schemaVersion` wrapper.
 */
import { CURRENT_SCHEMA_VERSION } from './stored-files';

type Json = Record<string, unknown>;
type Step = (file: Json) => Json;

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`written by a newer version of the app (schemaVersion ${found}, this app reads up to ${CURRENT_SCHEMA_VERSION})`);
    this.name = 'NewerSchemaError';
  }
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

const configSteps: Record<number, Step> = {
  0: (bare) => ({
    schemaVersion: 1,
    configuration: bare,
    // Unknown history: treat the stored values as tested at the stored revision.
    credentialsRevision: typeof bare.revision === 'number' ? bare.revision : 0,
  }),
};

const historySteps: Record<number, Step> = {
  0: (bare) => ({ schemaVersion: 1, configId: bare.configId, records: bare.records }),
};

function versionOf(raw: unknown): { version: number; file: Json } {
  if (Array.isArray(raw)) return { version: 0, file: { records: raw } };
  if (!raw || typeof raw !== 'object') throw new MigrationError('not a JSON object');
  const file = raw as Json;
  if (!('schemaVersion' in file)) return { version: 0, file };
  const v = file.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new MigrationError('schemaVersion is not a whole number');
  if (v > CURRENT_SCHEMA_VERSION) throw new NewerSchemaError(v);
  return { version: v, file };
}

function migrate(raw: unknown, steps: Record<number, Step>, extra: (file: Json) => Json = (f) => f): unknown {
  let { version, file } = versionOf(raw);
  if (version === 0) file = extra(file);
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new MigrationError(`no migration from schemaVersion ${version}`);
    file = step(file);
    version += 1;
  }
  return file;
}

export function migrateConfigFile(raw: unknown): unknown {
  return migrate(raw, configSteps);
}

/** `configId` is needed for version-0 history files (bare arrays): it comes from the file name. */
export function migrateHistoryFile(raw: unknown, configId: string): unknown {
  return migrate(raw, historySteps, (file) => ({ configId, ...file }));
}
