/**
 * One history record as evidence: when (to the second, with the zone), what,
 * the outcome in words, the values tested, who signed in (maskable), each
 * stage in the UI's words with its time, warnings, the full diagnosis as it
 * was shown, an issuer check's checks, and the technical facts seen on the way.
 * Records written before the evidence fields existed show what they have.
 */
import type { HistoryRecord } from '../../../common/contract';
import { formatTestTime } from '../../../common/rules/format-time';
import { recordDiagnosis, recordOutcome } from '../../../common/rules/record-outcome';
import { redactEmail, redactEmailsIn, redactId } from '../../../common/rules/redact-person';
import { stageLabel } from '../../../common/rules/stage-labels';
import { formatMs } from './CheckMark';
import { DiagnosisView } from './DiagnosisView';
import { IssuerCheckList } from './IssuerChecks';
import '../styles/history.css';

const OUTCOME_ICON = { ok: '✓', warn: '!', fail: '✗', neutral: '–' } as const;
const END_STAGES: ReadonlySet<string> = new Set(['done', 'failed', 'cancelled']);

/** The id of a record's heading, for controls elsewhere on the card to name it. */
export const recordTitleId = (record: Pick<HistoryRecord, 'id'>) => `record-${record.id}-title`;

export function HistoryRecordCard({ record, hidePersonal, actions }: { record: HistoryRecord; hidePersonal: boolean; actions?: React.ReactNode }) {
  const outcome = recordOutcome(record);
  const titleId = recordTitleId(record);
  const claims = record.claims;
  const emails = hidePersonal && claims?.email ? [claims.email] : [];
  const found = recordDiagnosis(record);
  const warnings = (record.warnings ?? []).map((w) => redactEmailsIn(w, emails));
  const check = record.issuerCheck;
  const values = record.values;
  const samlValues = record.samlValues;

  return (
    <article className={`record tone-${outcome.tone}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="record-title">
        {record.kind === 'test-login' ? 'Test login' : 'Issuer check'}, <time dateTime={record.at}>{formatTestTime(record.at)}</time>
      </h3>
      <p className="record-outcome">
        <span aria-hidden="true" className="record-outcome-icon">
          {OUTCOME_ICON[outcome.tone]}
        </span>
        <strong>{outcome.label}</strong>
        {record.code && record.outcome !== 'success' && (
          <>
            : <code>{record.code}</code> {record.title}
          </>
        )}
        {warnings.length > 0 && <> ({warnings.map((w) => w.code).join(', ')})</>}
      </p>

      <dl className="record-facts">
        {values && (
          <>
            <Fact term="Issuer tested" value={values.issuer} />
            <Fact term="Client ID tested" value={values.clientId} />
            <Fact term="Redirect URI tested" value={values.redirectUri} />
            <Fact term="Scopes" value={values.scopes} />
            <Fact term="Client secret">keychain entry, revision {values.secretRevision} (never the secret itself)</Fact>
          </>
        )}
        {samlValues && (
          <>
            <Fact term="ACS URL tested" value={samlValues.acsUrl} />
            <Fact term="SP Entity ID tested" value={samlValues.spEntityId} />
            <Fact term="SSO URL tested" value={samlValues.ssoUrl} />
            <Fact term="Issuer expected">{samlValues.idpEntityId ? <code>{samlValues.idpEntityId}</code> : <span className="muted">not entered (optional)</span>}</Fact>
            <Fact term="Certificate (SHA-256)" value={samlValues.certificateSha256} />
          </>
        )}
        {check && <Fact term="Issuer checked" value={check.normalizedIssuer} />}
        {claims && (
          <>
            <Fact term="Signed in as">{claims.email ? (hidePersonal ? redactEmail(claims.email) : claims.email) : <span className="muted">no email claim</span>}</Fact>
            <Fact term={claims.source === 'saml-assertion' ? 'NameID' : 'Subject (sub)'} value={hidePersonal ? redactId(claims.sub) : claims.sub} />
          </>
        )}
        <Fact term="App version" value={record.appVersion} />
      </dl>
      {!values && !samlValues && !check && <p className="muted record-older">This record is older than the tested values’ evidence: only its outcome and stages were kept.</p>}

      {check ? (
        <>
          <h4>Checks ({formatMs(check.durationMs)})</h4>
          <IssuerCheckList checks={check.checks} headingLevel={4} />
        </>
      ) : (
        record.stages.length > 0 && (
          <>
            <h4>Stages</h4>
            <ol className="record-stages">
              {record.stages.map((s, i) => (
                <li key={i}>
                  <span className="record-stage-name">{stageLabel(s.stage, samlValues ? 'saml' : 'oidc')}</span>{' '}
                  <span className="record-stage-ms">
                    {formatMs(s.ms)}
                    {END_STAGES.has(s.stage) ? ' in all' : ''}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )
      )}

      {warnings.length > 0 && (
        <>
          <h4>Warnings ({warnings.length})</h4>
          {warnings.map((w, i) => (
            <details key={`${w.code}-${i}`} className="record-details record-warning">
              <summary>
                <code>{w.code}</code> {w.title}
              </summary>
              <DiagnosisView diagnosis={w} headingLevel={4} at={record.at} />
            </details>
          ))}
        </>
      )}

      {found && !check && (
        <details className="record-details record-diagnosis">
          <summary>Diagnosis and how to fix it</summary>
          {found.rebuilt && (
            <p className="muted">This record is older than full diagnoses: the explanation below is today’s for its code, without the evidence of the time.</p>
          )}
          <DiagnosisView diagnosis={redactEmailsIn(found.diagnosis, emails)} headingLevel={4} at={record.at} />
        </details>
      )}

      <TechnicalEvidence record={record} />
      {actions}
    </article>
  );
}

function Fact({ term, value, children }: { term: string; value?: string; children?: React.ReactNode }) {
  return (
    <div className="record-fact">
      <dt>{term}</dt>
      <dd>{children ?? <code>{value}</code>}</dd>
    </div>
  );
}

/** What the test saw of the issuer: discovery, key ids, the ID token's header; and the tested values' fingerprint. */
function TechnicalEvidence({ record }: { record: HistoryRecord }) {
  const d = record.discovery;
  const header = record.idTokenHeader;
  const saml = record.saml;
  const rows: [string, string | undefined][] = [
    ['Tested values’ fingerprint', record.fingerprint],
    ['Discovery: issuer', d?.issuer],
    ['Discovery: authorization_endpoint', d?.authorization_endpoint],
    ['Discovery: token_endpoint', d?.token_endpoint],
    ['Discovery: jwks_uri', d?.jwks_uri],
    ['Discovery: token_endpoint_auth_methods_supported', d?.token_endpoint_auth_methods_supported?.join(', ')],
    ['Discovery: id_token_signing_alg_values_supported', d?.id_token_signing_alg_values_supported?.join(', ')],
    ['JWKS key ids', record.jwksKeyIds?.join(', ')],
    ['ID token header', header ? [`alg ${header.alg}`, header.kid && `kid ${header.kid}`, header.typ && `typ ${header.typ}`].filter(Boolean).join(', ') : undefined],
    ['SAML request ID (InResponseTo)', saml?.requestId],
    ['SAML assertion issuer', saml?.issuer],
    ['SAML NameID format', saml?.nameIdFormat],
    ['SAML signer certificate', saml?.certificate ? `${saml.certificate.subject}, SHA-256 ${saml.certificate.fingerprintSha256}, valid until ${saml.certificate.notAfter}` : undefined],
  ];
  const present = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0 && !saml?.redactedResponse) return null;
  return (
    <details className="record-details record-evidence">
      <summary>Technical evidence ({present.length + (saml?.redactedResponse ? 1 : 0)})</summary>
      <dl className="record-facts">
        {present.map(([term, value]) => (
          <Fact key={term} term={term} value={value} />
        ))}
      </dl>
      {saml?.redactedResponse && (
        <>
          <h4>The SAML response, redacted</h4>
          <p className="muted">Signature and digest values removed, the NameID and every attribute value masked: its structure and what was signed, never the response itself.</p>
          {/* Focusable: the box scrolls, and keyboard users must be able to scroll it too. */}
          <pre className="record-saml-response" tabIndex={0} aria-label="The SAML response, redacted">
            {saml.redactedResponse}
          </pre>
        </>
      )}
    </details>
  );
}
