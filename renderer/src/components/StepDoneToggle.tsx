/**
 * The admin ticks steps 1, 2 and 4 themselves; the main side keeps the mark.
 * Steps are done in order: ticking one while an earlier one is not done (or,
 * for step 4, before a passing test of the current values) needs a second,
 * deliberate confirmation, and the mark then says what it skipped.
 */
import { useState } from 'react';
import type { StepId } from '../../../common/contract';
import { useIsPassing } from '../state/config-status';
import { skippedBefore } from '../state/step-order';
import { useApp } from '../state/store';

export function StepDoneToggle({ step, label }: { step: Exclude<StepId, 'credentials'>; label: string }) {
  const config = useApp((s) => s.config)!;
  const done = config.progress.done[step] === true;
  const setStepDone = useApp((s) => s.setStepDone);
  const passing = useIsPassing(config, { withDraft: true });
  const skipped = skippedBefore(config, passing, step);
  // Shown at once, then replaced by what the main side answers (reverts on failure).
  const [pending, setPending] = useState<boolean | undefined>();
  const [confirming, setConfirming] = useState(false);
  const skippedText = skipped.length === 1 ? `step ${skipped[0]} is` : `steps ${skipped.join(', ')} are`;

  const mark = async (wanted: boolean) => {
    setConfirming(false);
    setPending(wanted);
    await setStepDone(step, wanted);
    setPending(undefined);
  };

  return (
    <div className="step-done">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? done}
          onChange={(e) => {
            if (e.target.checked && skipped.length > 0) setConfirming(true);
            else void mark(e.target.checked);
          }}
        />
        {label}
      </label>
      {confirming && (
        <div className="gate-box" role="alert">
          <p>
            {skippedText[0]!.toUpperCase() + skippedText.slice(1)} not done yet
            {skipped.includes(3) ? ' (no passing test of the current values)' : ''}. Mark this step done anyway?
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void mark(true)}>
              Mark done anyway
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Not now
            </button>
          </div>
        </div>
      )}
      {done && skipped.length > 0 && !confirming && (
        <p className="field-warning">
          Marked done while {skippedText} not done{skipped.includes(3) ? ' (step 3: no passing test of the current values)' : ''}.
        </p>
      )}
    </div>
  );
}
