/**
 * Step 2: the organization identifier, the redirect URI built from it (to
 * paste into the IdP: Okta's Sign-in redirect URI, Entra's Web Redirect URI,
 * Google's Authorized redirect URI), save. The words are the profile's.
 */
import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { idpSteps } from '../../idp/steps';
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
  const ui = idpSteps(config.idpKind).configureApp;

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
      <p className="lead">{ui.lead}</p>
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
          {ui.redirectLabel}
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

      <ui.Substeps />
      <StepDoneToggle step="configureApp" label={ui.doneLabel} />
    </>
  );
}
