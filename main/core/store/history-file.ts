/**
 * A configuration's test history, `history/<id>.json`: newest first, at most
 * HISTORY_LIMIT records. Appending also sets the configuration's `lastTest`.
 */
import { type Configuration, HistoryRecord, type TestMark, type Verdict } from '../../../common/contract';
import { diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import { writeFileAtomic } from './atomic-write';
import type { ConfigFiles } from './config-files';
import type { CorruptFiles } from './corrupt-files';
import { decodeHistory, readDecoded } from './decode-files';
import type { StoreLock } from './store-lock';
import { fileExists, type StoreLayout } from './store-layout';
import { withStep3Ticked } from './step3-tick';
import { type ConfigFile, CURRENT_SCHEMA_VERSION, HISTORY_LIMIT, type HistoryFile } from './stored-files';

export interface HistoryFiles {
  /** Newest first. CONFIG_NOT_FOUND without the configuration; STORE_CORRUPT when the file cannot be read. */
  read(id: string): Promise<HistoryRecord[]>;
  /**
   * Appends a test record (keeps the newest 100) and sets the configuration's lastTest and verdict.
   * `tickStep3At`: a passing test's revision; step 3 is ticked in the same write when its values are unchanged.
   */
  append(record: HistoryRecord, options?: { tickStep3At?: number }): Promise<void>;
}

export function createHistoryFiles(layout: StoreLayout, lock: StoreLock, corrupt: CorruptFiles, configFiles: ConfigFiles): HistoryFiles {
  async function read(id: string): Promise<HistoryRecord[]> {
    await layout.ensureDirs();
    if (!(await fileExists(layout.configPath(id)))) throw diagnosisError('CONFIG_NOT_FOUND', { id });
    const file = layout.historyPath(id);
    const r = await readDecoded(file, (text) => decodeHistory(id, text));
    if (r.kind === 'ok') return r.value.records;
    if (r.kind === 'missing') return [];
    const d = await corrupt.quarantine(file, r.reason, r.newer, (t) => decodeHistory(id, t).kind === 'ok');
    if (!d) return read(id);
    throw new DiagnosisError(d);
  }

  /** Inside the lock: a damaged file is moved aside and counts as empty; one from a newer app is refused. */
  async function readHeld(id: string): Promise<HistoryRecord[]> {
    const file = layout.historyPath(id);
    const r = await readDecoded(file, (text) => decodeHistory(id, text));
    if (r.kind === 'ok') return r.value.records;
    if (r.kind === 'missing') return [];
    const d = await corrupt.quarantineHeld(file, r.reason, r.newer);
    if (r.newer) throw new DiagnosisError(d);
    return [];
  }

  async function append(record: HistoryRecord, options: { tickStep3At?: number } = {}): Promise<void> {
    const r = HistoryRecord.parse(record); // strips anything the schema does not know (never a token)
    await lock.locked('save test history', async () => {
      const current = await configFiles.readHeld(r.configId);
      if (!current) throw diagnosisError('CONFIG_NOT_FOUND', { id: r.configId });
      const records = [r, ...(await readHeld(r.configId)).filter((x) => x.id !== r.id)]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, HISTORY_LIMIT);
      const file: HistoryFile = { schemaVersion: CURRENT_SCHEMA_VERSION, configId: r.configId, records };
      await writeFileAtomic(layout.historyPath(r.configId), JSON.stringify(file));
      const newest = records[0]!;
      const lastTest: Configuration['lastTest'] = { at: newest.at, kind: newest.kind, outcome: newest.outcome };
      if (newest.code) lastTest.code = newest.code;
      const verdict = withTest(current.configuration.verdict, r);
      // lastTest and the verdict are not edits by the admin: the revision stays, so an open editor can still save.
      const next: ConfigFile = { ...current, configuration: { ...current.configuration, lastTest, verdict } };
      const tick = options.tickStep3At;
      await configFiles.write((r.outcome === 'success' && tick !== undefined ? withStep3Ticked(next, tick) : null) ?? next);
    });
  }

  return { read, append };
}

/** The verdict after one more record: only test logins count, and an older record never displaces a newer mark. */
export function withTest(verdict: Verdict, record: HistoryRecord): Verdict {
  if (record.kind !== 'test-login') return verdict;
  const user = record.claims?.email ?? record.claims?.sub;
  const titles: Record<string, string> = {};
  for (const w of record.warnings ?? []) titles[w.code] = w.title;
  const title = record.diagnosis?.title ?? record.title;
  if (record.code && title) titles[record.code] = title;
  const mark: TestMark = {
    at: record.at,
    fingerprint: record.fingerprint ?? '',
    outcome: record.outcome,
    warnings: (record.warnings ?? []).map((w) => w.code),
    ...(record.code ? { code: record.code } : {}),
    ...(user ? { user } : {}),
    ...(Object.keys(titles).length ? { titles } : {}),
  };
  const newer = (old: TestMark | undefined) => !old || old.at <= mark.at;
  const next: Verdict = { ...verdict };
  if (newer(verdict.latest)) next.latest = mark;
  if (record.outcome === 'success' && newer(verdict.lastPass)) next.lastPass = mark;
  if (record.outcome === 'failure' && newer(verdict.lastFailure)) next.lastFailure = mark;
  return next;
}
