/**
 * A step's instructions and pictures, beside the work on wide windows and
 * under it on narrow ones (styles/steps.css), in a <details> the admin can
 * fold: open on wide windows; on narrow ones open only if `openWhenNarrow`
 * (step 3 folds it, so the fields and Test login fill the first screen).
 */
import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';

/** Where the steps.css grid puts the guide beside the work (keep the two in step). */
const WIDE = '(min-width: 68.75rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => true);
}

export function StepGuide({ title, openWhenNarrow = false, children }: { title: string; openWhenNarrow?: boolean; children: ReactNode }) {
  const wide = useWideLayout();
  const titleId = useId();
  const [open, setOpen] = useState(wide || openWhenNarrow);
  // Crossing the breakpoint resets the default; within one layout, the admin's choice stays.
  useEffect(() => setOpen(wide || openWhenNarrow), [wide, openWhenNarrow]);
  return (
    <section className="step-guide" aria-labelledby={titleId}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="step-guide-summary" id={titleId}>
          {title}
        </summary>
        <div className="step-guide-body">{children}</div>
      </details>
    </section>
  );
}
