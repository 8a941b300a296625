/** The admin ticks steps 1, 2 and 4 themselves; the main side keeps the mark. */
import { useState } from 'react';
import type { StepId } from '../../../preload/contract';
import { useApp } from '../state/store';

export function StepDoneToggle({ step, label }: { step: Exclude<StepId, 'credentials'>; label: string }) {
  const done = useApp((s) => s.config?.progress.done[step] === true);
  const setStepDone = useApp((s) => s.setStepDone);
  const [busy, setBusy] = useState(false);
  return (
    <div className="step-done">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={done}
          disabled={busy}
          onChange={async (e) => {
            setBusy(true);
            await setStepDone(step, e.target.checked);
            setBusy(false);
          }}
        />
        {label}
      </label>
    </div>
  );
}
