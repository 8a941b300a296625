/** Step 1's "Open the … console" for an IdP whose console has one address for every tenant (Entra, Google). */
import { useState } from 'react';
import { useApp } from '../state/store';

export function OpenConsole({ url, name }: { url: string; name: string }) {
  const openExternal = useApp((s) => s.openExternal);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    await openExternal(url, name);
    setBusy(false);
  };
  return (
    <div className="value-box okta-console">
      <p className="value-label">{name}</p>
      <div className="value-row">
        <button type="button" className="primary" onClick={() => void open()} disabled={busy}>
          Open the {name}
        </button>
        <code className="value">{url}</code>
      </div>
    </div>
  );
}
