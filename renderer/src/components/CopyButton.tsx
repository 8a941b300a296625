/**
 * Copies a non-secret value (Client ID, Issuer URL, redirect URI) with the
 * clipboard API. The client secret never passes here: it is copied by the
 * main side (`copySecret`).
 */
import { useState } from 'react';
import { useApp } from '../state/store';

export function CopyButton({ value, label, disabled }: { value: string; label: string; disabled?: boolean }) {
  const notify = useApp((s) => s.notify);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      notify(`${label.replace(/^Copy /, '')} copied to the clipboard.`);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      notify('Could not copy: the clipboard is not available. Select the text and copy it by hand.', 'error');
    }
  };
  return (
    <button type="button" className="copy-button" onClick={() => void copy()} disabled={disabled || value === ''}>
      {label}
      <span className="copy-done" aria-hidden="true">
        {copied ? ' ✓' : ''}
      </span>
    </button>
  );
}
