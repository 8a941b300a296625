/**
 * Turns the text of a stored file into its current-schema value (parse,
 * migrate, validate), or says why it cannot. Pure: moving a bad file aside is
 * corrupt-files.ts's job. A reason never quotes file content (it may be anything).
 */
import { migrateConfigFile, migrateHistoryFile, NewerSchemaError } from './migrations';
import { ConfigFile, HistoryFile } from './stored-files';
import { readTextIfExists } from './store-layout';

export type ReadResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  | { kind: 'bad'; reason: string; newer: boolean };

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

function decode<T>(text: string, migrate: (raw: unknown) => unknown, schema: Schema<T>): ReadResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'bad', reason: 'not valid JSON (truncated or edited by hand)', newer: false };
  }
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (err) {
    return { kind: 'bad', reason: err instanceof Error ? err.message : 'cannot be migrated', newer: err instanceof NewerSchemaError };
  }
  const parsed = schema.safeParse(migrated);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`)
      .join('; ');
    return { kind: 'bad', reason: `invalid content — ${reason}`.slice(0, 500), newer: false };
  }
  return { kind: 'ok', value: parsed.data };
}

/** Migrates a configuration file, refusing one whose inner id is not its file name's. */
const checkConfig = (id: string) => (raw: unknown) => {
  const migrated = migrateConfigFile(raw);
  const f = migrated as { configuration?: { id?: unknown } };
  if (f?.configuration && typeof f.configuration.id === 'string' && f.configuration.id.toLowerCase() !== id.toLowerCase()) {
    throw new Error('the id inside the file does not match its file name');
  }
  return migrated;
};

/** configs/<id>.json */
export function decodeConfig(id: string, text: string): ReadResult<ConfigFile> {
  return decode(text, checkConfig(id), ConfigFile);
}

/** history/<id>.json (a version-0 file takes its configId from the file name). */
export function decodeHistory(id: string, text: string): ReadResult<HistoryFile> {
  return decode(text, (raw) => migrateHistoryFile(raw, id), HistoryFile);
}

/** Reads a stored file and decodes it; an absent file reads as `missing`. */
export async function readDecoded<T>(file: string, decode: (text: string) => ReadResult<T>): Promise<ReadResult<T>> {
  const text = await readTextIfExists(file);
  return text === undefined ? { kind: 'missing' } : decode(text);
}
