/**
 * Copies a non-secret value (Client ID, Issuer URL, redirect URI, a
 * diagnosis) with the clipboard API. The client secret never passes here: it
 * is copied by the main side (`copySecret`).
 *
 * With `fallbackLabel`, a clipboard that fails loses nothing: the text is
 * shown selected in a read-only text area (named by `fallbackLabel`) for the
 * admin to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../state/store';
import '../styles/copy-button.css';

export function CopyButton({ value, label, disabled, fallbackLabel }: { value: string; label: string; disabled?: boolean; fallbackLabel?: string }) {
  const notify = useApp((s) => s.notify);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!failed) return;
    area.current?.focus();
    area.current?.select();
  }, [failed]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setFailed(false);
      const what = label.replace(/^Copy /, '');
      notify(`${what.charAt(0).toUpperCase()}${what.slice(1)} copied to the clipboard.`);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      if (fallbackLabel) setFailed(true);
      else notify('Could not copy: the clipboard is not available. Select the text and copy it by hand.', 'error');
    }
  };
  return (
    <>
      <button type="button" className="copy-button" onClick={() => void copy()} disabled={disabled || value === ''}>
        {label}
        <span className="copy-done" aria-hidden="true">
          {copied ? ' ✓' : ''}
        </span>
      </button>
      {failed && fallbackLabel && (
        <div className="copy-fallback">
          <p className="copy-fallback-note" role="alert">
            Could not copy: the clipboard is not available. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.
          </p>
          <textarea ref={area} className="copy-fallback-text" readOnly value={value} aria-label={fallbackLabel} rows={Math.min(16, value.split('\n').length + 1)} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </>
  );
}
