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
import { CheckMark } from '../../components/CheckMark';
import { CopyButton } from '../../components/CopyButton';
import { Figure } from '../../components/Figure';
import { idpSteps } from '../../idp/steps';
import { idpProfile } from '../../../../common/idp/profiles';
import { SECRET_EXPIRY_WARNING_DAYS } from '../../../../common/rules/secret-expiry';
import { IssuerChecks } from '../../components/IssuerChecks';
import { RoleMappingEditor } from '../../components/RoleMappingEditor';
import { SecretField } from '../../components/SecretField';
import { TestProgress, TestResult } from '../../components/TestLoginPanel';
import { TextField } from '../../components/TextField';
import { STEP3_FIELDS, credentialsUnsaved, useApp } from '../../state/store';
import { useConfigStatus } from '../../state/config-status';
import { StatusBadge } from '../../components/StatusBadge';
import { isPassing } from '../../../../common/rules/config-status';
import type { Configuration } from '../../../../common/contract';
import { checkClientId, checkIssuerUrl, checkSecret } from '../../../../common/rules/field-checks';
import { SaveErrorBox } from '../../components/SaveErrorBox';
import { useShortcuts } from '../../state/use-shortcuts';
import { StepGuide } from './StepGuide';

export function CredentialsStep() {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const saveDraft = useApp((s) => s.saveDraft);
  const saving = useApp((s) => s.saving);
  const checkIssuer = useApp((s) => s.checkIssuer);
  const issuerCheck = useApp((s) => s.issuerCheck);
  const testLogin = useApp((s) => s.testLogin);
  const testRun = useApp((s) => s.testRun);
  const lastTestRecord = useApp((s) => s.lastTestRecord);
  const notify = useApp((s) => s.notify);
  const [submitted, setSubmitted] = useState(false);
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
  const run = testRun?.configId === config.id ? testRun : undefined;
  const running = run?.running === true;
  const status = useConfigStatus(config, { withDraft: true });
  const passing = isPassing(status);
  const orgMissing = config.orgId === '';

  const focusFirstInvalid = () => {
    const ids = [clientIdCheck.error && 'client-id', secretCheck.error && 'secret', issuerCheckField.error && 'issuer-url'];
    const first = ids.find(Boolean);
    if (first === 'secret') (document.querySelector('.secret-input-row input') as HTMLInputElement | null)?.focus();
    else if (first) document.getElementById(first)?.focus();
  };

  const save = async () => {
    setSubmitted(true);
    if (!valid) {
      focusFirstInvalid();
      return;
    }
    if (await saveDraft(STEP3_FIELDS)) notify(useApp.getState().config?.hasSecret ? 'Saved. The client secret is in the keychain.' : 'Saved.');
  };

  const test = async () => {
    setSubmitted(true);
    if (!valid) {
      focusFirstInvalid();
      return;
    }
    await testLogin();
  };

  // Ctrl/Cmd+Enter: the same path as the button (validation first, nothing while a test or a save runs).
  useShortcuts({
    testLogin: () => {
      if (running || saving) return false;
      void test();
    },
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
            <div className="form-actions">
              <button type="submit" disabled={saving || running}>
                Save
              </button>
              <button type="button" onClick={() => void checkIssuer()} disabled={issuerCheck?.running || issuerUrl.trim() === '' || !!issuerCheckField.error}>
                Check issuer
              </button>
              <button type="button" className="primary" onClick={() => void test()} disabled={running || saving} aria-keyshortcuts="Control+Enter Meta+Enter">
                Test login
              </button>
              <span className="save-state" aria-live="polite">
                {saving ? 'Saving…' : dirty ? 'Unsaved changes (saved when you test)' : ''}
              </span>
            </div>
            {orgMissing && (
              <p className="field-warning">
                Note: the organization identifier is not set yet (step 2); the test needs it to build the redirect URI.
              </p>
            )}
            {!running && <SaveErrorBox />}
          </form>

          <h2>Issuer check</h2>
          <IssuerChecks state={issuerCheck} currentIssuer={issuerUrl} />

          <h2 className="with-check" id="test-login-title">
            Test login <CheckMark done={passing} label={passing ? '(step 3 done)' : '(step 3 not done yet)'} />
          </h2>
          <p className="test-status" aria-label="Configuration status">
            <StatusBadge status={status} withDetail />
          </p>
          <p className="muted">{ui.loginNote}</p>
          <TestProgress run={run} />
          <TestResult run={run} previous={run ? undefined : lastTestRecord} credentialsDone={passing} />

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

/**
 * The values the admin pastes into the Hub's SSO settings, with copy buttons.
 * Before a passing test of these exact values, the panel says so plainly and
 * copying needs one deliberate extra click.
 */
function HubValues({ passing }: { passing: boolean }) {
  const config = useApp((s) => s.config)!;
  const copySecret = useApp((s) => s.copySecret);
  const [anyway, setAnyway] = useState(false);
  const open = passing || anyway;
  return (
    <section className="hub-values" aria-labelledby="hub-values-title">
      <h2 id="hub-values-title">Paste these into the Hub</h2>
      {!passing && (
        <div className="gate-box" role="note">
          <p>
            <strong>These values have not passed a test yet.</strong> Pasting them into the Hub now may lock members out when SSO
            is enabled. Run “Test login” above until it passes.
          </p>
          {!anyway && (
            <button type="button" onClick={() => setAnyway(true)}>
              Show the values anyway
            </button>
          )}
        </div>
      )}
      {open && (
        <>
          <p>
            On the Hub, open your organization’s <strong>Settings → SSO</strong>, choose OIDC, paste these values and press{' '}
            <strong>Update and Test OIDC configuration</strong>.
          </p>
          {passing && <Figure id="hub-sso-settings" />}
          <HubValueList config={config} copySecret={copySecret} />
        </>
      )}
    </section>
  );
}

function HubValueList({ config, copySecret }: { config: Configuration; copySecret: (id: string) => Promise<void> }) {
  return (
      <dl className="hub-value-list">
        <div className="value-row">
          <dt>Client ID</dt>
          <dd>
            <code className="value">{config.clientId || '—'}</code>
            <CopyButton value={config.clientId} label="Copy Client ID" />
          </dd>
        </div>
        <div className="value-row">
          <dt>Client secret</dt>
          <dd>
            <span className="value muted">{config.hasSecret ? 'Stored in the keychain' : 'Not saved yet'}</span>
            <button type="button" className="copy-button" onClick={() => void copySecret(config.id)} disabled={!config.hasSecret}>
              Copy client secret
            </button>
          </dd>
        </div>
        <div className="value-row">
          <dt>Issuer URL</dt>
          <dd>
            <code className="value">{config.issuerUrl || '—'}</code>
            <CopyButton value={config.issuerUrl} label="Copy Issuer URL" />
          </dd>
        </div>
      </dl>
  );
}
