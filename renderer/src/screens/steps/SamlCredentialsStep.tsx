/**
 * Step 3 of a SAML configuration: the IdP's metadata (its URL, or a downloaded file) read into the fields, or
 * the SSO URL, Issuer and signing certificate pasted by hand, each checked inline; "Test login" runs the Hub's
 * SP-initiated login and holds the response to the Hub's rules; the IdP's instructions beside them; the values
 * to paste into the Hub; the role-mapping preview by attribute name. As for OIDC, step 3's check mark comes
 * only from a passing test of the values on screen.
 */
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { SamlMetadataRead, SamlSettingsPatch } from '../../../../common/contract';
import { checkSamlCertificate, checkSamlIssuer, checkSamlMetadataUrl, checkSamlSsoUrl, checkSpEntityId } from '../../../../common/rules/saml-field-checks';
import { CertificateField } from '../../components/CertificateField';
import { ErrorBox } from '../../components/DiagnosisView';
import { RoleMappingEditor } from '../../components/RoleMappingEditor';
import { SaveErrorBox } from '../../components/SaveErrorBox';
import { TextField } from '../../components/TextField';
import { idpSamlSteps } from '../../idp/saml-steps';
import { useIsPassing } from '../../state/config-status';
import { credentialsUnsaved, useApp } from '../../state/store';
import { HubValues } from './HubValues';
import { Step3Buttons } from './Step3Buttons';
import { StepGuide } from './StepGuide';
import { useStep3Actions } from './use-step3-actions';
import { TestLoginSection } from './TestLoginSection';
import '../../styles/saml.css';

/** A metadata file larger than this is not an IdP's metadata (the main side refuses more than 4 MB anyway). */
const MAX_METADATA_FILE_BYTES = 4_000_000;

export function SamlCredentialsStep() {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const ui = idpSamlSteps(config.idpKind).credentials;

  const value = (key: keyof SamlSettingsPatch) => draft.saml?.[key] ?? config.saml[key];
  const edit = (patch: SamlSettingsPatch) => setDraft({ saml: { ...useApp.getState().draft.saml, ...patch } });
  const ssoUrl = value('ssoUrl');
  const idpEntityId = value('idpEntityId');
  const certificate = value('certificate');
  const checks = {
    ssoUrl: checkSamlSsoUrl(ssoUrl),
    idpEntityId: checkSamlIssuer(idpEntityId),
    certificate: checkSamlCertificate(certificate),
  };
  const valid = !checks.ssoUrl.error && !checks.idpEntityId.error && !checks.certificate.error;
  const dirty = credentialsUnsaved({ config, draft });
  const passing = useIsPassing(config, { withDraft: true });
  const missingOnStep2 = [config.orgId === '' && 'the organization identifier', checkSpEntityId(config.saml.spEntityId).error && 'the Hub’s SP Entity ID'].filter(Boolean);

  const focusFirstInvalid = () => {
    if (checks.ssoUrl.error) document.getElementById('saml-sso-url')?.focus();
    else if (checks.idpEntityId.error) document.getElementById('saml-issuer')?.focus();
    else document.querySelector<HTMLTextAreaElement>('.certificate-input')?.focus();
  };

  const { save, test, submitted, saving, running } = useStep3Actions({ valid, focusFirstInvalid, savedText: () => 'Saved.' });

  return (
    <>
      <p className="lead">{ui.lead}</p>
      <div className="work-and-guide">
        <div className="step-work">
          <MetadataReader hasUrl={ui.hasMetadataUrl} hint={ui.metadataHint} disabled={running} />
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
                id="saml-sso-url"
                label={`${ui.ssoUrlLabel} (the Hub’s Sign On URL)`}
                hint="Where the Hub sends people to sign in: the IdP’s SAML single sign-on URL."
                value={ssoUrl}
                onChange={(v) => edit({ ssoUrl: v })}
                onBlur={() => setTouched({ ...touched, ssoUrl: true })}
                check={checks.ssoUrl}
                showError={submitted || touched.ssoUrl === true}
                inputMode="url"
                disabled={running}
              />
              <TextField
                id="saml-issuer"
                label={`${ui.issuerLabel} (the Hub’s Issuer, optional)`}
                hint="The IdP’s entity ID. When entered, the test checks that the response comes from it, as the Hub does."
                value={idpEntityId}
                onChange={(v) => edit({ idpEntityId: v })}
                onBlur={() => setTouched({ ...touched, idpEntityId: true })}
                check={checks.idpEntityId}
                showError={submitted || touched.idpEntityId === true}
                disabled={running}
              />
              <CertificateField value={certificate} onChange={(v) => edit({ certificate: v })} hint={ui.certificateHint} showError={submitted} disabled={running} />
            </div>
            <Step3Buttons saving={saving} running={running} dirty={dirty} onTest={() => void test()} />
            {missingOnStep2.length > 0 && (
              <p className="field-warning">
                Note: {missingOnStep2.join(' and ')} {missingOnStep2.length > 1 ? 'are' : 'is'} not set yet (
                <a href={`#/config/${config.id}/step/configure-app`}>step 2</a>); the test needs {missingOnStep2.length > 1 ? 'them' : 'it'} for the
                request it sends.
              </p>
            )}
            {!running && <SaveErrorBox />}
          </form>

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

/** The IdP's metadata by URL (Okta, Entra) or by file (every IdP; Google offers only a file): read, then put in the fields below. */
function MetadataReader({ hasUrl, hint, disabled }: { hasUrl: boolean; hint: ReactNode; disabled: boolean }) {
  const config = useApp((s) => s.config)!;
  const draftUrl = useApp((s) => s.draft.saml?.metadataUrl);
  const setDraft = useApp((s) => s.setDraft);
  const state = useApp((s) => s.samlMetadata);
  const readSamlMetadata = useApp((s) => s.readSamlMetadata);
  const notify = useApp((s) => s.notify);
  const file = useRef<HTMLInputElement>(null);
  const [urlTouched, setUrlTouched] = useState(false);
  const url = draftUrl ?? config.saml.metadataUrl;
  const urlCheck = checkSamlMetadataUrl(url);
  const busy = disabled || state?.running === true;

  const readUrl = () => {
    setUrlTouched(true);
    if (url.trim() === '' || urlCheck.error) return document.getElementById('saml-metadata-url')?.focus();
    void readSamlMetadata({ url: url.trim() });
  };

  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_METADATA_FILE_BYTES) return notify(`${chosen.name} is ${Math.round(chosen.size / 1e6)} MB: an IdP’s metadata is a few kilobytes. Choose the metadata file.`, 'error');
    await readSamlMetadata({ xml: await chosen.text(), fileName: chosen.name });
  };

  return (
    <section className="metadata-source" aria-labelledby="saml-metadata-title">
      <h2 id="saml-metadata-title">The IdP’s metadata</h2>
      <p className="muted">Reading it fills in the SSO URL, Issuer and certificate below; you can also type them by hand.</p>
      {hasUrl && (
          <TextField
            id="saml-metadata-url"
            label="Metadata URL"
            hint={hint}
            value={url}
            onChange={(v) => setDraft({ saml: { ...useApp.getState().draft.saml, metadataUrl: v } })}
            onBlur={() => setUrlTouched(true)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                readUrl();
              }
            }}
            check={urlCheck}
            showError={urlTouched}
            inputMode="url"
            disabled={disabled}
          />
      )}
      {!hasUrl && <p className="field-hint">{hint}</p>}
      <div className="form-actions">
        {hasUrl && (
          <button type="button" onClick={readUrl} disabled={busy}>
            Read metadata
          </button>
        )}
        <span className="metadata-file">
          <button type="button" onClick={() => file.current?.click()} disabled={busy}>
            Open metadata file…
          </button>
          <input ref={file} type="file" accept=".xml,application/xml,text/xml,application/samlmetadata+xml" hidden aria-label="Metadata file" onChange={(e) => void readFile(e)} />
        </span>
        <span className="save-state" aria-live="polite">
          {state?.running ? `Reading ${state.from}…` : ''}
        </span>
      </div>
      {state?.error && <ErrorBox diagnosis={state.error} headingLevel={3} />}
      {state?.read && <MetadataRead read={state.read} from={state.from} />}
    </section>
  );
}

function MetadataRead({ read, from }: { read: SamlMetadataRead; from: string }) {
  return (
    <div className="metadata-read" role="status" aria-label="Metadata read">
      <p>
        <strong>Read from {from}</strong>: the SSO URL, Issuer and certificate below are filled in from it. Save or test to keep them.
      </p>
      <dl>
        <div>
          <dt>Entity ID</dt>
          <dd>
            <code>{read.entityId}</code>
          </dd>
        </div>
        <div>
          <dt>SSO URL</dt>
          <dd>
            <code>{read.ssoUrl}</code> ({read.ssoBinding})
          </dd>
        </div>
        <div>
          <dt>Certificate</dt>
          <dd>
            {read.certificate.subject}, valid until {read.certificate.notAfter.slice(0, 10)}
          </dd>
        </div>
      </dl>
      {read.otherCertificates > 0 && (
        <p className="field-warning">
          The metadata lists {read.otherCertificates} more signing certificate{read.otherCertificates === 1 ? '' : 's'} (the IdP is rotating its
          key): the first is used. If the test fails on the signature, paste the IdP’s active certificate instead.
        </p>
      )}
    </div>
  );
}
