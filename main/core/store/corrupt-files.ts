/**
 * Damaged files: a file that fails to parse or validate is renamed to
 * `<name>.corrupt-<timestamp>` (never deleted, never overwritten) and reported
 * as STORE_CORRUPT; a file written by a newer app is left untouched and
 * reported. Each problem is reported once, to the store's listeners.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import type { Clock } from '../ports';
import { readTextIfExists } from './store-layout';

export interface CorruptFiles {
  /**
   * Outside the lock: takes the lock, reads the file again (a writer may have
   * just replaced it with a good one) and moves it aside if still bad.
   * Returns the STORE_CORRUPT diagnosis, or null if the file turned out fine.
   */
  /** `forget` drops what the list cache knows of the file (configuration files only: a bad history file does not hide its configuration). */
  quarantine(file: string, reason: string, newer: boolean, revalidate: (text: string) => boolean, forget?: () => void): Promise<Diagnosis | null>;
  /** Inside the lock, for a file just read there: moves it aside (`forget` runs before the report) and returns STORE_CORRUPT. */
  quarantineHeld(file: string, reason: string, newer: boolean, forget?: () => void): Promise<Diagnosis>;
  onProblem(listener: (problem: Diagnosis) => void): () => void;
  problems(): Diagnosis[];
}

export interface CorruptFilesDeps {
  clock: Clock;
  underLock<T>(fn: () => Promise<T>): Promise<T>;
}

export function createCorruptFiles(deps: CorruptFilesDeps): CorruptFiles {
  const { clock, underLock } = deps;
  const listeners = new Set<(p: Diagnosis) => void>();
  const problemList: Diagnosis[] = [];
  /** Files already reported, so a file from a newer version is reported once, not at every list. */
  const reported = new Set<string>();

  function report(problem: Diagnosis, key: string): void {
    if (reported.has(key)) return;
    reported.add(key);
    problemList.push(problem);
    for (const l of listeners) {
      try {
        l(problem);
      } catch {
        // a listener's failure must not break reading
      }
    }
  }

  /** Renames a damaged file to `<name>.corrupt-<timestamp>` (never over an earlier one). Call under the lock. */
  async function moveAside(file: string): Promise<string> {
    const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
    let movedTo = `${file}.corrupt-${stamp}`;
    for (let n = 1; fsSync.existsSync(movedTo); n++) movedTo = `${file}.corrupt-${stamp}-${n}`;
    await fs.rename(file, movedTo);
    return movedTo;
  }

  async function quarantine(file: string, reason: string, newer: boolean, revalidate: (text: string) => boolean, forget?: () => void): Promise<Diagnosis | null> {
    if (newer) {
      // Written by a newer app: leave it alone (that app can still read it), just report.
      const d = diagnose('STORE_CORRUPT', { file, reason }, {
        cause: 'A file in the data folder was written by a newer version of this app; this version cannot read it. It was left untouched.',
        fix: ['Update the app to read it.', 'Your other configurations are unaffected.'],
      });
      report(d, `newer:${file}`);
      return d;
    }
    const d = await underLock(async () => {
      // Re-read under the lock: another writer may have replaced or removed the file meanwhile.
      const text = await readTextIfExists(file);
      if (text === undefined || revalidate(text)) return null;
      const movedTo = await moveAside(file);
      forget?.();
      return diagnose('STORE_CORRUPT', { file, movedTo, reason });
    });
    if (d) report(d, `moved:${d.evidence.movedTo}`);
    return d;
  }

  async function quarantineHeld(file: string, reason: string, newer: boolean, forget?: () => void): Promise<Diagnosis> {
    if (newer) return (await quarantine(file, reason, true, () => false))!;
    const movedTo = await moveAside(file);
    forget?.();
    const d = diagnose('STORE_CORRUPT', { file, movedTo, reason });
    report(d, `moved:${movedTo}`);
    return d;
  }

  return {
    quarantine,
    quarantineHeld,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problems: () => [...problemList],
  };
}
