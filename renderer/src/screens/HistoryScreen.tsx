/**
 * The test history of one configuration, readable offline and as evidence:
 * the configuration's status, one card per record (HistoryRecordCard), a
 * screen-wide "Hide personal data", and the evidence report (PDF or HTML)
 * for the whole history or one test login.
 */
import { useEffect } from 'react';
import type { Configuration, TestMark } from '../../../common/contract';
import { configStatus } from '../../../common/rules/config-status';
import { redactUser } from '../../../common/rules/redact-person';
import { statusText } from '../../../common/rules/status-text';
import { ErrorBox } from '../components/DiagnosisView';
import { HistoryRecordCard, recordTitleId } from '../components/HistoryRecordCard';
import { displayName, useApp } from '../state/store';
import type { ReportClaims, ReportFormat, ReportTarget } from '../state/history';
import '../styles/history.css';

export function HistoryScreen() {
  const config = useApp((s) => s.config);
  const configError = useApp((s) => s.configError);
  const history = useApp((s) => s.history);
  const error = useApp((s) => s.historyError);
  const route = useApp((s) => s.route);
  const hidePersonal = useApp((s) => s.hidePersonalData);
  const setHidePersonal = useApp((s) => s.setHidePersonalData);
  const id = route.name === 'history' ? route.id : '';

  useEffect(() => {
    document.title = 'Test history — SSO Setup Assistant';
  }, []);

  const current = config && config.id === id ? config : undefined;
  const name = current ? displayName(current) : '';
  return (
    <section className="screen history-screen" aria-labelledby="history-title">
      <p className="config-breadcrumb">
        <a href="#/">All configurations</a>
        {current && (
          <>
            {' '}
            · <a href={`#/config/${id}`}>Back to {name}</a>
          </>
        )}
      </p>
      <h1 id="history-title">Test history{name ? `: ${name}` : ''}</h1>
      {current && <StatusLine config={current} hidePersonal={hidePersonal} />}
      {configError && <ErrorBox diagnosis={configError} />}
      {error && <ErrorBox diagnosis={error} />}
      {!history && !error && !configError && <p className="muted">Loading…</p>}
      {history && history.length === 0 && <p className="empty">No test yet for this configuration.</p>}
      {history && history.length > 0 && (
        <>
          <section className="report-export" aria-labelledby="report-title">
            <h2 id="report-title">Evidence report</h2>
            <p className="muted">
              The values, the status and every test below (timeline, claims, diagnosis), as a PDF or a self-contained HTML page. Never the client
              secret, an authorization code or a token.
            </p>
            <ClaimsChoice />
            <ReportButtons configId={id} />
          </section>
          <section className="history-records" aria-labelledby="records-title">
            <div className="records-head">
              <h2 id="records-title">
                Tests ({history.length}, newest first)
              </h2>
              <label className="hide-personal">
                <input type="checkbox" checked={hidePersonal} onChange={(e) => setHidePersonal(e.currentTarget.checked)} /> Hide personal data
              </label>
            </div>
            <ol className="records">
              {history.map((r) => (
                <li key={r.id}>
                  <HistoryRecordCard
                    record={r}
                    hidePersonal={hidePersonal}
                    actions={r.kind === 'test-login' ? <ReportButtons configId={id} testId={r.id} describedBy={recordTitleId(r)} /> : undefined}
                  />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}

/** The configuration's one status (common/rules/config-status.ts), with the tested user masked when personal data is hidden. */
function StatusLine({ config, hidePersonal }: { config: Configuration; hidePersonal: boolean }) {
  const mask = (m: TestMark | undefined) => (m?.user && hidePersonal ? { ...m, user: redactUser(m.user) } : m);
  const v = config.verdict ?? {};
  const status = statusText(configStatus({ ...config, verdict: { lastPass: mask(v.lastPass), lastFailure: mask(v.lastFailure), latest: mask(v.latest) } }));
  return (
    <p className={`history-status tone-${status.tone}`}>
      <strong>{status.label}.</strong> {status.detail}
    </p>
  );
}

const CLAIMS_CHOICES: { value: ReportClaims; label: string }[] = [
  { value: 'redacted', label: 'Redacted: emails, subject ids and names masked (groups kept, the role mapping reads them)' },
  { value: 'all', label: 'All: as the identity provider sent them' },
];

function ClaimsChoice() {
  const claims = useApp((s) => s.reportClaims);
  const setClaims = useApp((s) => s.setReportClaims);
  return (
    <fieldset className="report-claims">
      <legend>The tested users’ personal data in the report</legend>
      {CLAIMS_CHOICES.map((c) => (
        <label key={c.value}>
          <input type="radio" name="report-claims" value={c.value} checked={claims === c.value} onChange={() => setClaims(c.value)} /> {c.label}
        </label>
      ))}
    </fieldset>
  );
}

const FORMATS: ReportFormat[] = ['pdf', 'html'];
const sameTarget = (a: ReportTarget | undefined, testId: string | undefined) => a !== undefined && a.testId === testId;

/** "Export report (PDF)" and "(HTML)": for the whole history, or for one test (`testId`, described by its card's heading). */
function ReportButtons({ configId, testId, describedBy }: { configId: string; testId?: string; describedBy?: string }) {
  const exporting = useApp((s) => s.reportExporting);
  const failed = useApp((s) => s.reportError);
  const saved = useApp((s) => s.reportSaved);
  const exportReport = useApp((s) => s.exportReport);
  const busy = sameTarget(exporting, testId) ? exporting : undefined;
  return (
    <div className="report-actions">
      <div className="toolbar">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-describedby={describedBy}
            onClick={() => void exportReport(configId, { ...(testId ? { testId } : {}), format })}
          >
            Export report ({format.toUpperCase()})
          </button>
        ))}
        <span className="muted" aria-live="polite">
          {busy ? `Writing the ${busy.format.toUpperCase()} report…` : ''}
        </span>
      </div>
      {saved && sameTarget(saved.target, testId) && saved.path && (
        <p className="report-saved">
          Saved to <code>{saved.path}</code>
        </p>
      )}
      {failed && sameTarget(failed.target, testId) && <ErrorBox diagnosis={failed.diagnosis} headingLevel={testId ? 4 : 3} />}
    </div>
  );
}
