/**
 * Step 2: the organization identifier, the redirect URI built from it (to
 * paste into Okta as the Sign-in redirect URI), sign-out URI left blank, save.
 */
import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { Figure } from '../../components/Figure';
import { StepDoneToggle } from '../../components/StepDoneToggle';
import { TextField } from '../../components/TextField';
import { hubConsumeUri } from '../../../../common/rules/hub-urls';
import { useApp } from '../../state/store';
import { checkOrgId } from '../../../../common/rules/field-checks';
import { cleanPasted } from '../../../../common/rules/clean-pasted';
import { SaveErrorBox } from '../../components/SaveErrorBox';

export function ConfigureAppStep() {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const saveDraft = useApp((s) => s.saveDraft);
  const saving = useApp((s) => s.saving);
  const notify = useApp((s) => s.notify);
  const [touched, setTouched] = useState(false);

  const orgId = draft.orgId ?? config.orgId;
  const name = draft.name ?? config.name;
  const orgCheck = checkOrgId(orgId);
  const dirty = (draft.orgId !== undefined && draft.orgId !== config.orgId) || (draft.name !== undefined && draft.name !== config.name);
  // Built from the value as it will be saved (draftChanges cleans it), never with what copy and paste hid in it.
  const redirectUri = orgCheck.error ? '' : hubConsumeUri(cleanPasted(orgId).value);

  const save = async () => {
    setTouched(true);
    if (orgCheck.error) {
      document.getElementById('org-id')?.focus();
      return;
    }
    if (await saveDraft(['orgId', 'name'])) notify('Saved.');
  };

  return (
    <>
      <p className="lead">
        Okta sends users back to the Hub at one address, the <strong>Sign-in redirect URI</strong>. It is built from your
        organization’s identifier on the Hub.
      </p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <TextField
          id="org-id"
          label="Organization identifier"
          hint="The part after huggingface.co/ in your organization’s address, e.g. acme-corp for https://huggingface.co/acme-corp."
          value={orgId}
          onChange={(v) => setDraft({ orgId: v })}
          onBlur={() => setTouched(true)}
          check={orgCheck}
          showError={touched || orgId !== ''}
          required
        />
        <TextField
          id="config-name"
          label="Name for this configuration (optional)"
          hint="Shown in the list of configurations. Defaults to the organization identifier."
          value={name}
          onChange={(v) => setDraft({ name: v })}
          maxLength={200}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
          <span className="save-state" aria-live="polite">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : ''}
          </span>
        </div>
        <SaveErrorBox />
      </form>

      <div className="value-box">
        <p className="value-label" id="redirect-uri-label">
          Sign-in redirect URI
        </p>
        {redirectUri ? (
          <div className="value-row">
            <code className="value">
              {redirectUri}
            </code>
            <CopyButton value={redirectUri} label="Copy redirect URI" />
          </div>
        ) : (
          <p className="muted">Enter a valid organization identifier to see the redirect URI.</p>
        )}
      </div>

      <ol className="substeps">
        <li>
          <h2>Paste the redirect URI in Okta</h2>
          <p>
            On the <strong>New Web App Integration</strong> page (General Settings), give the app a name such as “Hugging
            Face”, keep the grant type <strong>Authorization Code</strong>, and paste the redirect URI above into{' '}
            <strong>Sign-in redirect URIs</strong>, replacing Okta’s example. Leave <strong>Sign-out redirect URIs</strong>{' '}
            blank.
          </p>
          <Figure id="okta-general-settings-redirect" />
        </li>
        <li>
          <h2>Choose who may sign in, then save</h2>
          <p>
            Under <strong>Assignments</strong>, choose who may use the app (you can change it later), then press{' '}
            <strong>Save</strong> at the bottom of the page.
          </p>
          <Figure id="okta-save-app" />
        </li>
      </ol>
      <StepDoneToggle step="configureApp" label="I pasted the redirect URI and saved the app in Okta" />
    </>
  );
}
