/**
 * The users tested on a configuration: one row each (by sub), from their
 * newest successful test login, newest first. The role preview and the
 * evidence report both list them.
 */
import type { HistoryRecord } from '../contract';

/** The newest successful test-login record of each user (by sub), newest first. */
export function latestTestPerUser(history: HistoryRecord[]): (HistoryRecord & { claims: NonNullable<HistoryRecord['claims']> })[] {
  const seen = new Set<string>();
  const rows: (HistoryRecord & { claims: NonNullable<HistoryRecord['claims']> })[] = [];
  const newestFirst = [...history].sort((a, b) => b.at.localeCompare(a.at));
  for (const record of newestFirst) {
    if (record.kind !== 'test-login' || record.outcome !== 'success' || !record.claims) continue;
    if (seen.has(record.claims.sub)) continue;
    seen.add(record.claims.sub);
    rows.push(record as HistoryRecord & { claims: NonNullable<HistoryRecord['claims']> });
  }
  return rows;
}
