/**
 * Step 3: Client ID, client secret (write-only) and Issuer URL with inline
 * validation; "Check issuer"; "Test login" (also Ctrl/Cmd+Enter) with live
 * progress and the result, first on screen; the IdP's instructions beside
 * them (or folded under them when narrow); copy buttons for what goes into
 * the Hub; role-mapping preview.
 * The step's check mark comes from the main side: only a successful test of
 * the current values sets it.
 */
import { useState } from 'react';
import { idpSteps } from '../../idp/steps';
import { idpProfile } from '../../../../common/idp/profiles';
import { SECRET_EXPIRY_WARNING_DAYS } from '../../../../common/rules/secret-expiry';
import { IssuerChecks } from '../../components/IssuerChecks';
import { RoleMappingEditor } from '../../components/RoleMappingEditor';
import { SecretField } from '../../components/SecretField';
import { TextField } from '../../components/TextField';
import { credentialsUnsaved, useApp } from '../../state/store';
import { useIsPassing } from '../../state/config-status';
import { checkClientId, checkIssuerUrl, checkSecret } from '../../../../common/rules/field-checks';
import { SaveErrorBox } from '../../components/SaveErrorBox';
import { Step3Buttons } from './Step3Buttons';
import { StepGuide } from './StepGuide';
import { useStep3Actions } from './use-step3-actions';
import { HubValues } from './HubValues';
import { TestLoginSection } from './TestLoginSection';

export function CredentialsStep() {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const checkIssuer = useApp((s) => s.checkIssuer);
  const issuerCheck = useApp((s) => s.issuerCheck);
  const [touched, setTouched] = useState<Record<string, boolean>>({});

  const clientId = draft.clientId ?? config.clientId;
  const issuerUrl = draft.issuerUrl ?? config.issuerUrl;
  const requestGroups = draft.requestGroups ?? config.requestGroups;
  const secretExpiresOn = draft.secretExpiresOn ?? config.secretExpiresOn ?? '';
  const idpKind = config.idpKind;
  const profile = idpProfile(idpKind);
  const ui = idpSteps(idpKind).credentials;
  const clientIdCheck = checkClientId(clientId, idpKind);
  const issuerCheckField = checkIssuerUrl(issuerUrl, idpKind);
  const secretEditing = !config.hasSecret || draft.replacingSecret === true;
  const secretCheck = secretEditing ? checkSecret(draft.secret ?? '', idpKind) : {};
  const valid = !clientIdCheck.error && !issuerCheckField.error && !secretCheck.error;
  const dirty = credentialsUnsaved({ config, draft });
  const running = useApp((s) => s.testRun?.running === true && s.testRun.configId === config.id);
  const passing = useIsPassing(config, { withDraft: true });
  const orgMissing = config.orgId === '';

  const focusFirstInvalid = () => {
    const ids = [clientIdCheck.error && 'client-id', secretCheck.error && 'secret', issuerCheckField.error && 'issuer-url'];
    const first = ids.find(Boolean);
    if (first === 'secret') (document.querySelector('.secret-input-row input') as HTMLInputElement | null)?.focus();
    else if (first) document.getElementById(first)?.focus();
  };

  const { save, test, submitted, saving } = useStep3Actions({
    valid,
    focusFirstInvalid,
    savedText: () => (useApp.getState().config?.hasSecret ? 'Saved. The client secret is in the keychain.' : 'Saved.'),
  });

  return (
    <>
      <p className="lead">{ui.lead}</p>
      <div className="work-and-guide">
        <div className="step-work">
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="credential-fields">
            <TextField
              id="client-id"
              label="Client ID"
              value={clientId}
              onChange={(v) => setDraft({ clientId: v })}
              onBlur={() => setTouched({ ...touched, clientId: true })}
              check={clientIdCheck}
              showError={submitted || touched.clientId === true}
              disabled={running}
            />
            <SecretField showError={submitted} />
            <TextField
              id="issuer-url"
              label="Issuer URL"
              hint={ui.issuerHint}
              value={issuerUrl}
              onChange={(v) => setDraft({ issuerUrl: v })}
              onBlur={() => setTouched({ ...touched, issuerUrl: true })}
              check={issuerCheckField}
              showError={submitted || touched.issuerUrl === true}
              inputMode="url"
              disabled={running}
            />
            {profile.issuer.fixed && issuerUrl.trim() === '' && (
              <p className="field-note">
                <button type="button" onClick={() => setDraft({ issuerUrl: profile.issuer.fixed })} disabled={running}>
                  Use {profile.issuer.fixed}
                </button>
              </p>
            )}
            {ui.asksSecretExpiry && (
              <TextField
                id="secret-expires-on"
                label="Secret expires on (optional)"
                hint={`The Expires date Entra shows beside the secret. The home screen warns you ${SECRET_EXPIRY_WARNING_DAYS} days ahead; logins stop that day.`}
                type="date"
                value={secretExpiresOn}
                onChange={(v) => setDraft({ secretExpiresOn: v })}
                disabled={running}
              />
            )}
            {/* Only Okta's custom authorization servers know a groups scope (the profile says so). */}
            {profile.roleMapping.groupsScope !== false && (
              <label className="checkbox">
                <input type="checkbox" checked={requestGroups} onChange={(e) => setDraft({ requestGroups: e.target.checked })} disabled={running} />
                {/* One flex item: a bare <code> beside text would be a flex item of its own and break as "group / s". */}
                <span>
                  Ask for the <code>groups</code> scope (needed by an Okta custom authorization server to send groups)
                </span>
              </label>
            )}
            </div>
            <Step3Buttons saving={saving} running={running} dirty={dirty} onTest={() => void test()}>
              <button type="button" onClick={() => void checkIssuer()} disabled={issuerCheck?.running || issuerUrl.trim() === '' || !!issuerCheckField.error}>
                Check issuer
              </button>
            </Step3Buttons>
            {orgMissing && (
              <p className="field-warning">
                Note: the organization identifier is not set yet (step 2); the test needs it to build the redirect URI.
              </p>
            )}
            {!running && <SaveErrorBox />}
          </form>

          <h2>Issuer check</h2>
          <IssuerChecks state={issuerCheck} currentIssuer={issuerUrl} />

          <TestLoginSection loginNote={ui.loginNote} />

        </div>

        <StepGuide title={ui.guideTitle}>
          <ui.Guide />
        </StepGuide>
      </div>

      <HubValues passing={passing} />
      <RoleMappingEditor />
    </>
  );
}
