/**
 * Step 3 is ticked by a passing test only: when no tested value changed between the revision the test ran
 * with and now (credentialsRevision moves with every change of a tested value). Shared by the tick on its
 * own and the tick written with the test's history record, in the same locked write.
 */
import type { ConfigFile } from './stored-files';

/** The file with step 3 ticked, or null when it must not be (values changed since) or already is. */
export function withStep3Ticked(current: ConfigFile, testedRevision: number): ConfigFile | null {
  const c = current.configuration;
  if (testedRevision < current.credentialsRevision || testedRevision > c.revision) return null;
  if (c.progress.done.credentials) return null;
  return { ...current, configuration: { ...c, progress: { ...c.progress, done: { ...c.progress.done, credentials: true } } } };
}
