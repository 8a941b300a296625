/**
 * A diagnosis as the admin reads it: code, title, cause, numbered fix steps,
 * evidence, and "Copy diagnosis" (the same as plain text, for a ticket).
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnosisText } from '../../../common/rules/diagnosis-text';
import { formatTestTime } from '../../../common/rules/format-time';
import { useApp } from '../state/store';
import { CopyButton } from './CopyButton';

export function DiagnosisView({
  diagnosis,
  headingLevel = 3,
  hideCode = false,
  titled = true,
  at,
}: {
  diagnosis: Diagnosis;
  headingLevel?: 2 | 3 | 4;
  hideCode?: boolean;
  /** False where the code and title are already on screen just above (a <details> summary): said once, not twice. */
  titled?: boolean;
  /** When it happened (ISO), for the copied text; a live error leaves it out. */
  at?: string;
}) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const evidence = Object.entries(diagnosis.evidence);
  const appVersion = useApp((s) => s.appInfo?.version);
  const text = diagnosisText(diagnosis, { ...(at ? { at: formatTestTime(at) } : {}), ...(appVersion ? { appVersion } : {}) });
  return (
    <div className="diagnosis">
      {titled && (
        <Heading className="diagnosis-title">
          {hideCode ? null : (
            <>
              <code className="diagnosis-code">{diagnosis.code}</code>{' '}
            </>
          )}
          {diagnosis.title}
        </Heading>
      )}
      <p className="diagnosis-cause">{diagnosis.cause}</p>
      {diagnosis.fix.length > 0 && (
        <>
          <p className="diagnosis-label">How to fix it</p>
          <ol className="diagnosis-fix">
            {diagnosis.fix.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {evidence.length > 0 && (
        <details className="diagnosis-evidence">
          <summary>Evidence ({evidence.length})</summary>
          <dl>
            {evidence.map(([key, value]) => (
              <div key={key} className="evidence-row">
                <dt>{key}</dt>
                <dd>
                  <code>{value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="diagnosis-actions">
        <CopyButton value={text} label="Copy diagnosis" fallbackLabel={`Diagnosis ${diagnosis.code} as text`} />
      </div>
    </div>
  );
}

/** A failed call, shown where it happened. Its heading is an h2 so it fits under any screen title. */
export function ErrorBox({ diagnosis, children, headingLevel = 2 }: { diagnosis: Diagnosis; children?: React.ReactNode; headingLevel?: 2 | 3 | 4 }) {
  return (
    <div className="error-box" role="alert">
      <DiagnosisView diagnosis={diagnosis} headingLevel={headingLevel} />
      {children}
    </div>
  );
}
