/** The issuer check as a list: each check pass / warn / fail, in words, with its diagnosis. */
import type { IssuerCheckItem } from '../../../common/contract';
import type { IssuerCheckState } from '../state/store';
import { formatMs } from './CheckMark';
import { DiagnosisView, ErrorBox } from './DiagnosisView';
import { formatTestTime } from '../../../common/rules/format-time';

const STATUS_TEXT: Record<IssuerCheckItem['status'], { icon: string; word: string }> = {
  pass: { icon: '✓', word: 'Pass' },
  warn: { icon: '!', word: 'Warning' },
  fail: { icon: '✗', word: 'Fail' },
  skipped: { icon: '–', word: 'Skipped' },
};

export function IssuerChecks({ state, currentIssuer }: { state: IssuerCheckState | undefined; currentIssuer: string }) {
  return (
    <div className="issuer-check" role="status" aria-label="Issuer check">
      {!state && <p className="muted">Not checked yet. “Check issuer” reads the issuer’s discovery document and keys.</p>}
      {state?.running && <p>Checking {state.issuerUrl}…</p>}
      {state?.error && <ErrorBox diagnosis={state.error} headingLevel={3} />}
      {state?.result && (
        <>
          <p className={state.result.ok ? 'summary summary-ok' : 'summary summary-fail'}>
            <span aria-hidden="true">{state.result.ok ? '✓ ' : '✗ '}</span>
            {state.result.ok ? 'Issuer check passed' : 'Issuer check found problems'} for <code>{state.result.normalizedIssuer}</code>{' '}
            <span className="muted">({formatMs(state.result.durationMs)})</span>
          </p>
          {state.recordedAt && <p className="muted">Last check, {formatTestTime(state.recordedAt)} (from the history).</p>}
          {state.issuerUrl !== currentIssuer.trim() && (
            <p className="field-warning">The Issuer URL changed since this check; check again.</p>
          )}
          {state.result.normalizedIssuer !== state.issuerUrl && (
            <p className="muted">
              The address you entered was read as <code>{state.result.normalizedIssuer}</code>.
            </p>
          )}
          <IssuerCheckList checks={state.result.checks} />
        </>
      )}
    </div>
  );
}

/** Each check pass / warn / fail, in words, with its diagnosis (open when it failed): the live check and the history show the same list. */
export function IssuerCheckList({ checks, headingLevel = 3 }: { checks: IssuerCheckItem[]; headingLevel?: 3 | 4 }) {
  return (
    <ul className="check-list">
      {checks.map((item) => (
        <li key={item.id} className={`check-item check-${item.status}`}>
          <span className="check-status">
            <span aria-hidden="true" className="check-status-icon">
              {STATUS_TEXT[item.status].icon}
            </span>
            <span className="check-status-word">{STATUS_TEXT[item.status].word}</span>
          </span>
          <span className="check-body">
            <span className="check-label">{item.label}</span>
            <span className="check-detail">{item.detail}</span>
            {item.diagnosis && item.status !== 'pass' && (
              <details className="check-diagnosis" open={item.status === 'fail'}>
                {/* The summary is the diagnosis's headline; the view below gives the rest. */}
                <summary className="check-diagnosis-summary">
                  <code className="diagnosis-code">{item.diagnosis.code}</code> {item.diagnosis.title}
                </summary>
                <DiagnosisView diagnosis={item.diagnosis} headingLevel={headingLevel} titled={false} />
              </details>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
