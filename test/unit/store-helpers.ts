/**
 * Shared bits for the store's unit tests: a throwaway data folder, a clock the
 * test moves, and the real store on top of them.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { HistoryRecord } from '../../common/contract';
import { DiagnosisError } from '../../common/diagnosis';
import { createConfigStore } from '../../main/core/store/config-store';

export async function tempDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'sso-store-test-'));
}

export function steppingClock(start = Date.parse('2026-03-01T10:00:00.000Z')) {
  let t = start;
  return { now: () => (t += 1000) };
}

export function openStore(dataDir: string, clock = steppingClock()) {
  return createConfigStore(dataDir, { clock, appVersion: '0.1.0-test' });
}

/** The diagnosis code a promise rejects with (fails the test if it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DiagnosisError) return err.diagnosis.code;
    throw err;
  }
  throw new Error('expected a DiagnosisError, but the call succeeded');
}

export async function errorOf(p: Promise<unknown>): Promise<DiagnosisError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DiagnosisError) return err;
    throw err;
  }
  throw new Error('expected a DiagnosisError, but the call succeeded');
}

export function historyRecord(configId: string, at: string, overrides: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    id: randomUUID(),
    configId,
    at,
    kind: 'test-login',
    outcome: 'success',
    stages: [{ stage: 'done', ms: 12 }],
    appVersion: '0.1.0-test',
    ...overrides,
  };
}
