/**
 * Step 2: the organization identifier, the redirect URI built from it (to
 * paste into the IdP: Okta's Sign-in redirect URI, Entra's Web Redirect URI,
 * Google's Authorized redirect URI), save. For SAML: the Hub's ACS URL built
 * from it and the SP Entity ID the admin pastes from the Hub (never guessed),
 * both to paste into the IdP's SAML app. The words are the profile's.
 */
import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { idpSamlSteps } from '../../idp/saml-steps';
import { idpSteps } from '../../idp/steps';
import { StepDoneToggle } from '../../components/StepDoneToggle';
import { TextField } from '../../components/TextField';
import { hubConsumeUri, hubSamlAcsUrl } from '../../../../common/rules/hub-urls';
import { checkSpEntityId } from '../../../../common/rules/saml-field-checks';
import { savedSamlValue } from '../../state/draft';
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
  const [entityTouched, setEntityTouched] = useState(false);
  const saml = config.protocol === 'saml';
  const ui = saml ? idpSamlSteps(config.idpKind).configureApp : idpSteps(config.idpKind).configureApp;

  const orgId = draft.orgId ?? config.orgId;
  const name = draft.name ?? config.name;
  const spEntityId = draft.saml?.spEntityId ?? config.saml.spEntityId;
  const orgCheck = checkOrgId(orgId);
  const entityCheck = saml ? checkSpEntityId(spEntityId) : {};
  const dirty =
    (draft.orgId !== undefined && draft.orgId !== config.orgId) ||
    (draft.name !== undefined && draft.name !== config.name) ||
    (saml && savedSamlValue('spEntityId', spEntityId) !== config.saml.spEntityId);
  // Built from the value as it will be saved (draftChanges cleans it), never with what copy and paste hid in it.
  const hubUri = orgCheck.error ? '' : (saml ? hubSamlAcsUrl : hubConsumeUri)(cleanPasted(orgId).value);
  const savedEntityId = entityCheck.error ? '' : savedSamlValue('spEntityId', spEntityId);

  const save = async () => {
    setTouched(true);
    setEntityTouched(true);
    if (orgCheck.error) {
      document.getElementById('org-id')?.focus();
      return;
    }
    // An empty SP Entity ID may be saved (the admin comes back with it); a wrong-field paste may not.
    if (entityCheck.error && spEntityId.trim() !== '') {
      document.getElementById('sp-entity-id')?.focus();
      return;
    }
    if (await saveDraft(saml ? ['orgId', 'name', 'saml'] : ['orgId', 'name'])) notify('Saved.');
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
        {saml && (
          <TextField
            id="sp-entity-id"
            label="SP Entity ID (from the Hub)"
            hint="On the Hub, open your organization’s Settings → SSO, choose SAML, and copy the SP Entity ID it shows."
            value={spEntityId}
            onChange={(v) => setDraft({ saml: { ...draft.saml, spEntityId: v } })}
            onBlur={() => setEntityTouched(true)}
            check={entityCheck}
            showError={entityTouched}
            spellCheck={false}
            autoComplete="off"
          />
        )}
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
          {'acsLabel' in ui ? `${ui.acsLabel}: the Hub’s ACS URL` : ui.redirectLabel}
        </p>
        {hubUri ? (
          <div className="value-row">
            <code className="value">{hubUri}</code>
            <CopyButton value={hubUri} label={saml ? 'Copy ACS URL' : 'Copy redirect URI'} />
          </div>
        ) : (
          <p className="muted">Enter a valid organization identifier to see the {saml ? 'ACS URL' : 'redirect URI'}.</p>
        )}
        {'entityIdLabel' in ui && (
          <>
            <p className="value-label">{ui.entityIdLabel}</p>
            {savedEntityId ? (
              <div className="value-row">
                <code className="value">{savedEntityId}</code>
                <CopyButton value={savedEntityId} label="Copy SP Entity ID" />
              </div>
            ) : (
              <p className="muted">Paste the SP Entity ID from the Hub above to see it here.</p>
            )}
          </>
        )}
      </div>

      <ui.Substeps />
      <StepDoneToggle step="configureApp" label={ui.doneLabel} />
    </>
  );
}
