/** Done / not done, in words as well as a mark, never colour alone. */
export function CheckMark({ done, label }: { done: boolean; label?: string }) {
  return (
    <span className={done ? 'check check-done' : 'check check-open'}>
      <span aria-hidden="true" className="check-icon">
        {done ? '✓' : ''}
      </span>
      <span className="sr-only">{label ?? (done ? 'Done' : 'Not done')}</span>
    </span>
  );
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
