/**
 * The IdP's signing certificate, pasted as PEM (BEGIN/END lines included, as the Hub asks), with what the
 * main side read in it: who it names, its SHA-256 (the Hub and Okta show the same), and its last valid day,
 * warned about ahead of time like an Entra secret. A wrong paste (a private key, a metadata document, the
 * body without its PEM lines) is named before anything is sent.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { checkSamlCertificate } from '../../../common/rules/saml-field-checks';
import { secretExpiry } from '../../../common/rules/secret-expiry';
import { useApp } from '../state/store';
import { FieldMessage } from './TextField';
import '../styles/saml.css';

/** Read what the certificate says once the admin stops typing for this long. */
const READ_AFTER_MS = 400;

export function CertificateField({ value, onChange, hint, showError, disabled }: { value: string; onChange: (value: string) => void; hint: ReactNode; showError: boolean; disabled?: boolean }) {
  const id = useId();
  const reading = useApp((s) => s.samlCertificate);
  const readSamlCertificate = useApp((s) => s.readSamlCertificate);
  const shape = checkSamlCertificate(value);
  const pem = value.trim();

  useEffect(() => {
    if (shape.error) return;
    const timer = window.setTimeout(() => void readSamlCertificate(pem), READ_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [pem, shape.error, readSamlCertificate]);

  const current = reading?.pem === pem ? reading : undefined;
  const readError = current?.error ? `${current.error.title}. ${current.error.cause}` : undefined;
  const error = shape.error ? (showError || pem !== '' ? shape.error : undefined) : readError;
  const expiry = current?.info ? secretExpiry(current.info.notAfter.slice(0, 10), Date.now()) : undefined;
  const notYetValid = current?.info ? Date.parse(current.info.notBefore) > Date.now() : false;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={`${id}-pem`}>Signing certificate (PEM)</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={`${id}-pem`}
        className="certificate-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={6}
        spellCheck={false}
        autoComplete="off"
        placeholder={'-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----'}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-message ${id}-facts`}
        disabled={disabled}
      />
      <FieldMessage id={`${id}-message`} error={error} pasted="" onUse={() => {}} />
      <div id={`${id}-facts`} className="certificate-facts" aria-live="polite">
        {current?.running && <p className="muted">Reading the certificate…</p>}
        {current?.info && (
          <dl>
            <div>
              <dt>Issued to</dt>
              <dd>{current.info.subject}</dd>
            </div>
            <div>
              <dt>SHA-256</dt>
              <dd>
                <code>{current.info.fingerprintSha256}</code>
              </dd>
            </div>
            <div>
              <dt>Valid</dt>
              <dd className={expiry && expiry.state !== 'ok' ? 'secret-expiry-warning' : undefined}>
                {notYetValid ? `not before ${current.info.notBefore.slice(0, 10)}: the Hub would refuse it until then` : expiry && expiry.state !== 'unknown' ? `until ${expiry.expiresOn}, ${expiry.text.replace(/ \(.*\)$/, '')}` : current.info.notAfter}
              </dd>
            </div>
          </dl>
        )}
      </div>
    </div>
  );
}
