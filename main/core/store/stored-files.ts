/**
 * The shapes of the files on disk, at the current schema version. The
 * configuration itself is the contract's `Configuration`; the file adds what
 * only the store needs. There is deliberately no field for a secret or a token.
 */
import { z } from 'zod';
import { Configuration, HistoryRecord } from '../../../common/contract';

export const CURRENT_SCHEMA_VERSION = 1;

export const ConfigFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  configuration: Configuration,
  /**
   * The revision at which the values a test login depends on (organization,
   * Client ID, Issuer URL, groups scope, secret) last changed. A test of an
   * older revision cannot tick step 3.
   */
  credentialsRevision: z.number().int().nonnegative(),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

/** The progress of a configuration no step of which is done yet (a new one, or an import without progress). */
export function freshProgress(): Configuration['progress'] {
  return { done: { createApp: false, configureApp: false, credentials: false, enableSso: false }, currentStep: 'createApp' };
}

export const HISTORY_LIMIT = 100;

export const HistoryFile = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  configId: z.string().uuid(),
  /** Newest first, at most HISTORY_LIMIT. */
  records: z.array(HistoryRecord).max(HISTORY_LIMIT),
});
export type HistoryFile = z.infer<typeof HistoryFile>;
