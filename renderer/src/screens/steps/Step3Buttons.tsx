/**
 * Step 3's row of buttons, the same for OIDC and SAML: Save, the protocol's own extra buttons (OIDC's "Check
 * issuer"), Test login (also Ctrl/Cmd+Enter), and the save state read out as it changes.
 */
import type { ReactNode } from 'react';

export function Step3Buttons({ saving, running, dirty, onTest, children }: { saving: boolean; running: boolean; dirty: boolean; onTest: () => void; children?: ReactNode }) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving || running}>
        Save
      </button>
      {children}
      <button type="button" className="primary" onClick={onTest} disabled={running || saving} aria-keyshortcuts="Control+Enter Meta+Enter">
        Test login
      </button>
      <span className="save-state" aria-live="polite">
        {saving ? 'Saving…' : dirty ? 'Unsaved changes (saved when you test)' : ''}
      </span>
    </div>
  );
}
