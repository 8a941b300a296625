/**
 * The values the admin pastes into the Hub's SSO settings, with copy buttons: for OIDC the Client ID, the
 * secret (copied by the main side) and the Issuer URL; for SAML the Sign-on URL, the public certificate and
 * the optional Issuer. Before a passing test of these exact values, the panel says so and copying needs one
 * deliberate extra click.
 */
import { useState } from 'react';
import type { Configuration } from '../../../../common/contract';
import { CopyButton } from '../../components/CopyButton';
import { Figure } from '../../components/Figure';
import { useApp } from '../../state/store';

export function HubValues({ passing }: { passing: boolean }) {
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
          {config.protocol === 'saml' ? (
            <>
              <p>
                On the Hub, open your organization’s <strong>Settings → SSO</strong>, choose SAML, paste these values and press{' '}
                <strong>Save and Test SAML Configuration</strong>.
              </p>
              <SamlHubValueList config={config} />
            </>
          ) : (
            <>
              <p>
                On the Hub, open your organization’s <strong>Settings → SSO</strong>, choose OIDC, paste these values and press{' '}
                <strong>Update and Test OIDC configuration</strong>.
              </p>
              {passing && <Figure id="hub-sso-settings" />}
              <HubValueList config={config} copySecret={copySecret} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function HubValueList({ config, copySecret }: { config: Configuration; copySecret: (id: string) => Promise<void> }) {
  return (
      <dl className="hub-value-list">
        <CopyableValue term="Client ID" value={config.clientId} copyLabel="Copy Client ID" />
        <div className="value-row">
          <dt>Client secret</dt>
          <dd>
            <span className="value muted">{config.hasSecret ? 'Stored in the keychain' : 'Not saved yet'}</span>
            <button type="button" className="copy-button" onClick={() => void copySecret(config.id)} disabled={!config.hasSecret}>
              Copy client secret
            </button>
          </dd>
        </div>
        <CopyableValue term="Issuer URL" value={config.issuerUrl} copyLabel="Copy Issuer URL" />
      </dl>
  );
}

/** A SAML configuration's values for the Hub's form: the IdP's SSO URL and certificate, and its Issuer when entered. */
function SamlHubValueList({ config }: { config: Configuration }) {
  const { ssoUrl, idpEntityId, certificate, certificateSha256 } = config.saml;
  return (
    <dl className="hub-value-list">
      <CopyableValue term="Sign On URL" value={ssoUrl} copyLabel="Copy Sign On URL" disabled={!ssoUrl} />
      <div className="value-row">
        <dt>Public certificate</dt>
        <dd>
          <span className="value">{certificateSha256 ? <>SHA-256 <code>{certificateSha256}</code></> : <span className="muted">Not saved yet</span>}</span>
          <CopyButton value={certificate} label="Copy certificate" disabled={!certificate} fallbackLabel="The certificate (PEM)" />
        </dd>
      </div>
      {idpEntityId && <CopyableValue term="Issuer (optional on the Hub)" value={idpEntityId} copyLabel="Copy Issuer" />}
    </dl>
  );
}

/** One value the Hub's form asks for, as the IdP gave it ('—' while empty), with its copy button. */
function CopyableValue({ term, value, copyLabel, disabled }: { term: string; value: string; copyLabel: string; disabled?: boolean }) {
  return (
    <div className="value-row">
      <dt>{term}</dt>
      <dd>
        <code className="value">{value || '—'}</code>
        <CopyButton value={value} label={copyLabel} {...(disabled === undefined ? {} : { disabled })} />
      </dd>
    </div>
  );
}
