/** Step 4: the Hub's SSO settings page and a checklist first; what enabling SSO does beside them (under them when narrow). */
import { useState } from 'react';
import { CheckMark } from '../../components/CheckMark';
import { Figure } from '../../components/Figure';
import { StepDoneToggle } from '../../components/StepDoneToggle';
import { hubSsoSettingsUrl } from '../../../../common/rules/hub-urls';
import { useApp } from '../../state/store';
import { useConfigStatus } from '../../state/config-status';
import { StatusBadge } from '../../components/StatusBadge';
import { isPassing } from '../../../../common/rules/config-status';
import { StepGuide } from './StepGuide';
import { idpSamlSteps } from '../../idp/saml-steps';
import { idpSteps } from '../../idp/steps';
import { idpProfile } from '../../../../common/idp/profiles';

export function EnableSsoStep() {
  const config = useApp((s) => s.config)!;
  const openExternal = useApp((s) => s.openExternal);
  const [opening, setOpening] = useState(false);
  const url = config.orgId ? hubSsoSettingsUrl(config.orgId) : '';
  const status = useConfigStatus(config, { withDraft: true });
  const tested = isPassing(status);
  const saml = config.protocol === 'saml';
  const ui = saml ? idpSamlSteps(config.idpKind).enableSso : idpSteps(config.idpKind).enableSso;
  const idp = idpProfile(config.idpKind).displayName;

  const open = async () => {
    setOpening(true);
    await openExternal(url, 'The Hub’s SSO settings');
    setOpening(false);
  };

  return (
    <>
      <p className="lead">
        When the Hub’s own test shows a green check mark, enable SSO for the organization. Until then, nothing changes for
        its members.
      </p>
      <div className="work-and-guide">
        <div className="step-work">
          <p className="test-status" aria-label="Configuration status">
            <StatusBadge status={status} withDetail />
          </p>
          {!tested && (
            <p className="field-warning">
              Step 3 is not done: no passing test of the current values. Enabling SSO now may lock members out; test the login
              first.
            </p>
          )}
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void open()} disabled={!url || opening}>
              Open the Hub’s SSO settings
            </button>
            {url ? <code className="value">{url}</code> : <span className="muted">Set the organization identifier in step 2 first.</span>}
          </div>

          <h2>Checklist</h2>
          <ul className="checklist">
            <li>
              <CheckMark done={config.progress.done.createApp === true} /> {ui.appExists}
            </li>
            <li>
              <CheckMark done={config.progress.done.configureApp === true} /> {'acsSet' in ui ? ui.acsSet : ui.redirectSet}
            </li>
            <li>
              <CheckMark done={tested} /> A test login with the current values succeeded here (step 3).
            </li>
            <li>
              <CheckMark done={false} label="To do on the Hub" />{' '}
              {saml
                ? 'Sign On URL, public certificate (and the Issuer, if you use it) pasted into the Hub, and the Hub’s “Save and Test SAML Configuration” succeeds.'
                : 'Client ID, client secret and Issuer URL pasted into the Hub, and the Hub’s “Update and Test OIDC configuration” shows a green check mark.'}
            </li>
            <li>
              <CheckMark done={false} label={`To do in ${idp}`} /> {ui.accessLine}
            </li>
            <li>
              <CheckMark done={false} label="To do on the Hub" /> Choose Optional or Enforced and enable SSO.
            </li>
          </ul>
          <StepDoneToggle step="enableSso" label="I enabled SSO on the Hub" />
        </div>

        <StepGuide title="What enabling SSO does" openWhenNarrow>
          <ul className="explain-list">
            <li>
              <strong>Enforced</strong>: every member must sign in through {idp} to access the organization’s resources.
              Members without {idp === 'Okta' ? 'an Okta account' : `an account in ${idp}`} lose access to the organization (their personal Hub account stays).
            </li>
            <li>
              <strong>Optional</strong>: members may use {idp}, but are not required to; a good first step while you check
              that everyone’s email matches.
            </li>
            <li>
              <strong>Join links</strong>: with SSO enabled, people assigned to the app in {idp} can join the organization
              through the organization’s SSO join link, and get the role from the role mapping (or the default role).
            </li>
            <li>
              The Hub matches people by <strong>email</strong>: the email {idp} sends must be on their Hugging Face account.
            </li>
          </ul>
          <Figure id="hub-enable-sso" />
        </StepGuide>
      </div>
    </>
  );
}
