/** The admin ticks steps 1, 2 and 4 themselves; the main side keeps the mark. */
import { useState } from 'react';
import type { StepId } from '../../../common/contract';
import { useApp } from '../state/store';

export function StepDoneToggle({ step, label }: { step: Exclude<StepId, 'credentials'>; label: string }) {
  const done = useApp((s) => s.config?.progress.done[step] === true);
  const setStepDone = useApp((s) => s.setStepDone);
  // Shown at once, then replaced by what the main side answers (reverts on failure).
  const [pending, setPending] = useState<boolean | undefined>();
  return (
    <div className="step-done">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? done}
          onChange={async (e) => {
            const wanted = e.target.checked;
            setPending(wanted);
            await setStepDone(step, wanted);
            setPending(undefined);
          }}
        />
        {label}
      </label>
    </div>
  );
}
