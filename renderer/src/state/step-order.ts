/**
 * Steps are done in order. A step marked done while an earlier one is not
 * stays marked (the admin may know better), but says what it skipped; step 3
 * counts as done only with a passing test of the current values.
 */
import type { Configuration, StepId } from '../../../common/contract';
import { STEPS } from '../steps';

/** The numbers of the earlier steps not done, for a step that is marked done. */
export function skippedBefore(config: Pick<Configuration, 'progress'>, passing: boolean, step: StepId): number[] {
  const index = STEPS.findIndex((s) => s.id === step);
  return STEPS.slice(0, index)
    .filter((s) => (s.id === 'credentials' ? !passing : config.progress.done[s.id] !== true))
    .map((s) => s.number);
}
