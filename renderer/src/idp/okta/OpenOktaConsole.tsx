/**
 * "Open the Okta Admin Console" (step 1): its address comes from the issuer
 * when it is an Okta one, else from the Okta domain, asked once and kept as
 * the configuration's Issuer URL (step 3 shows and checks it).
 */
import { useState } from 'react';
import { TextField } from '../../components/TextField';
import { oktaAdminConsoleUrl, oktaOrgIssuerForDomain } from '../../../../common/idp/okta/console-url';
import { useApp } from '../../state/store';
import { SaveErrorBox } from '../../components/SaveErrorBox';

const CONSOLE = 'Your Okta Admin Console';

/** "Open your Okta Admin Console": derived from the issuer, or from the Okta domain the admin types once. */
export function OpenOktaConsole() {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const saveDraft = useApp((s) => s.saveDraft);
  const openExternal = useApp((s) => s.openExternal);
  const [domain, setDomain] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const issuer = draft.issuerUrl ?? config.issuerUrl;
  const fromIssuer = oktaAdminConsoleUrl(issuer);

  const open = async (url: string) => {
    setBusy(true);
    await openExternal(url, CONSOLE);
    setBusy(false);
  };

  if (fromIssuer) {
    return (
      <div className="value-box okta-console">
        <p className="value-label">{CONSOLE}</p>
        <div className="value-row">
          <button type="button" className="primary" onClick={() => void open(fromIssuer)} disabled={busy}>
            Open the Okta Admin Console
          </button>
          <code className="value">{fromIssuer}</code>
        </div>
        <p className="muted okta-console-note">From this configuration’s Issuer URL (step 3).</p>
      </div>
    );
  }

  // No Okta issuer yet: ask for the domain once. With no issuer at all it becomes the Issuer URL; a custom one is left alone.
  const keepsIssuer = issuer.trim() !== '';
  const submit = async () => {
    const url = oktaAdminConsoleUrl(domain);
    if (!url) {
      setError('Enter your Okta domain, like acme.okta.com or dev-123456.oktapreview.com: the address of your Okta sign-in page.');
      document.getElementById('okta-domain')?.focus();
      return;
    }
    setError(undefined);
    const orgIssuer = oktaOrgIssuerForDomain(domain);
    if (!keepsIssuer && orgIssuer) {
      setDraft({ issuerUrl: orgIssuer });
      if (!(await saveDraft(['issuerUrl']))) return;
    }
    await open(url);
  };
  return (
    <form
      className="value-box okta-console form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        id="okta-domain"
        label="Your Okta domain"
        hint={
          keepsIssuer
            ? 'Like acme.okta.com. Your Issuer URL is not an Okta address, so the Admin Console’s cannot be derived from it; it stays as it is.'
            : 'Like acme.okta.com: the address of your Okta sign-in page. Kept as this configuration’s Issuer URL (step 3), where you can change it.'
        }
        value={domain}
        onChange={(v) => {
          setDomain(v);
          setError(undefined);
        }}
        check={error ? { error } : {}}
        inputMode="url"
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Open the Okta Admin Console
        </button>
      </div>
      <SaveErrorBox />
    </form>
  );
}
