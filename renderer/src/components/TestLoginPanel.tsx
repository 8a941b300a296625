/**
 * The test login as something to watch: live stages with elapsed times, a
 * Cancel button, then the result region (role="status", name "Test result")
 * with the claims the Hub will see or the diagnosis. Space is reserved so
 * nothing jumps while a test runs.
 */
import { useEffect, useState } from 'react';
import type { Diagnosis, HistoryRecord } from '../../../common/contract';
import { formatTestTime } from '../../../common/rules/format-time';
import { isUserCaused } from '../../../common/rules/config-status';
import '../styles/status.css';
import { useApp } from '../state/store';
import { outcomeText, stageDuration, stageStates, type TestRun } from '../state/test-run';
import { visibleStages } from '../../../common/rules/stage-labels';
import type { Protocol } from '../../../common/contract';
import { ClaimsView } from './ClaimsView';
import { formatMs } from './CheckMark';
import { DiagnosisView } from './DiagnosisView';
import { CopyButton } from './CopyButton';
import { hubConsumeUri } from '../../../common/rules/hub-urls';

const STATE_WORD = { pending: 'Waiting', active: 'In progress', done: 'Done', failed: 'Stopped here' } as const;
const STATE_ICON = { pending: '○', active: '◔', done: '✓', failed: '✗' } as const;

function useElapsed(run: TestRun | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!run?.running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(timer);
  }, [run?.running]);
  if (!run) return 0;
  return (run.finishedAt ?? (run.running ? now : run.startedAt)) - run.startedAt;
}

export function TestProgress({ run, protocol }: { run: TestRun | undefined; protocol?: Protocol }) {
  const cancelTest = useApp((s) => s.cancelTest);
  const elapsed = useElapsed(run);
  const stages = visibleStages(protocol);
  const states = run ? stageStates(run, stages) : undefined;
  return (
    <div className="test-progress" aria-label="Test progress" role="group">
      <ol className="stage-list">
        {stages.map(({ stage, label }) => {
          const state = states?.[stage] ?? 'pending';
          const duration = run ? stageDuration(run, stage, elapsed) : undefined;
          return (
            <li key={stage} className={`stage stage-${state}`}>
              <span aria-hidden="true" className="stage-icon">
                {STATE_ICON[state]}
              </span>
              <span className="stage-label">{label}</span>
              <span className="stage-state">
                <span className="sr-only">{STATE_WORD[state]}</span>
                <span className="stage-time">{duration !== undefined ? formatMs(duration) : ''}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {/* One reserved line for what the main side says about the current stage. */}
      <p className="stage-now">{latestDetail(run)}</p>
      <div className="test-progress-foot">
        <span className="elapsed">{run ? `Elapsed: ${formatMs(elapsed)}` : ''}</span>
        {/* Always laid out, shown only while a test runs: the panel keeps one size (no layout jump). */}
        <span className={run?.running ? 'muted window-hint' : 'muted window-hint invisible'}>
          Sign in through the login window. Passkeys and Okta FastPass may not work there: use a password.
        </span>
        <button type="button" className={run?.running ? 'danger-outline' : 'danger-outline invisible'} onClick={() => void cancelTest()} disabled={!run?.running}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The exact value the Okta app is missing, ready to copy. */
function RedirectUriToRegister() {
  const orgId = useApp((s) => s.config?.orgId ?? '');
  if (!orgId) return null;
  const uri = hubConsumeUri(orgId);
  return (
    <div className="value-row">
      <span>Sign-in redirect URI for {orgId}:</span>
      <code className="value">{uri}</code>
      <CopyButton value={uri} label="Copy redirect URI" />
    </div>
  );
}

/** TEST_ALREADY_RUNNING names the running test: offer to follow it, or to cancel it. */
function RunningTestActions({ diagnosis }: { diagnosis: Diagnosis }) {
  const navigate = useApp((s) => s.navigate);
  const attachRunningTest = useApp((s) => s.attachRunningTest);
  const cancelTest = useApp((s) => s.cancelTest);
  const configId = diagnosis.evidence.runningConfigId;
  const show = async () => {
    if (configId) navigate({ name: 'config', id: configId, step: 'credentials' });
    await attachRunningTest();
  };
  return (
    <div className="form-actions">
      <button type="button" className="primary" onClick={() => void show()}>
        Show the running test
      </button>
      <button type="button" className="danger-outline" onClick={() => void cancelTest()}>
        Cancel it
      </button>
    </div>
  );
}

function latestDetail(run: TestRun | undefined): string {
  if (!run?.lastStage) return '';
  const detail = run.reached[run.lastStage]?.detail;
  return detail ?? '';
}

export function TestResult({ run, previous, credentialsDone }: { run: TestRun | undefined; previous: HistoryRecord | undefined; credentialsDone: boolean }) {
  return (
    <div role="status" aria-label="Test result" className="test-result">
      <TestResultBody run={run} previous={previous} credentialsDone={credentialsDone} />
    </div>
  );
}

function TestResultBody({ run, previous, credentialsDone }: { run: TestRun | undefined; previous: HistoryRecord | undefined; credentialsDone: boolean }) {
  if (run?.running) return <p className="muted">Test running…</p>;
  if (run) {
    const text = outcomeText(run);
    const diagnosis = run.error ?? run.result?.diagnosis;
    const success = run.result?.outcome === 'success';
    // About the person signing in (not assigned, window closed, cancelled), not the configuration: said so, not in red.
    const userCaused = !success && !run.error && run.result !== undefined && isUserCaused({ outcome: run.result.outcome, ...(diagnosis ? { code: diagnosis.code } : {}) });
    return (
      <div className={success ? 'result result-success' : userCaused ? 'result result-user' : 'result result-failure'}>
        <p className="result-headline">
          <span aria-hidden="true" className="result-icon">
            {success ? '✓' : userCaused ? '!' : '✗'}
          </span>
          {userCaused && run.result?.outcome !== 'cancelled' ? 'This sign-in failed' : text}
          {!success && diagnosis ? (
            <>
              {' '}
              — <code>{diagnosis.code}</code>
            </>
          ) : null}
        </p>
        {userCaused && (
          <p>It is about the person who signed in (or the login window), not necessarily the configuration: see the status above.</p>
        )}
        {success && !credentialsDone && (
          <p className="field-warning">The values changed since this test: test again to tick step 3.</p>
        )}
        {!success && diagnosis && <DiagnosisView diagnosis={diagnosis} hideCode />}
        {diagnosis?.code === 'TEST_ALREADY_RUNNING' && <RunningTestActions diagnosis={diagnosis} />}
        {!success && diagnosis?.code === 'REDIRECT_URI_NOT_REGISTERED' && <RedirectUriToRegister />}
        {run.result && run.result.warnings.length > 0 && (
          <div className="warnings">
            <h3>Worth fixing</h3>
            {run.result.warnings.map((w) => (
              <DiagnosisView key={w.code} diagnosis={w} headingLevel={4} />
            ))}
          </div>
        )}
        {success && run.result?.claims && <ClaimsView claims={run.result.claims} />}
      </div>
    );
  }
  if (previous) {
    const ok = previous.outcome === 'success';
    return (
      <div className={ok ? 'result result-success' : 'result result-failure'}>
        <p className="result-headline">
          <span aria-hidden="true" className="result-icon">
            {ok ? '✓' : '✗'}
          </span>
          Previous test, {formatTestTime(previous.at)}
          {previous.claims?.email ? ` as ${previous.claims.email}` : ''}: {ok ? (previous.warnings?.length ? 'passed with warnings' : 'succeeded') : previous.outcome === 'cancelled' ? 'cancelled' : 'failed'}
          {/* The code here; the title only when no diagnosis below says it (it would read twice). */}
          {previous.code && !ok ? (
            <>
              {' '}
              — <code>{previous.code}</code>
              {previous.diagnosis ? null : <> {previous.title}</>}
            </>
          ) : null}
        </p>
        {ok && !credentialsDone && <p className="field-warning">The values changed since this test: test again to tick step 3.</p>}
        {/* Reopened later, a failure reads as it did when it happened: cause, fix steps, evidence. */}
        {!ok && previous.diagnosis && <DiagnosisView diagnosis={previous.diagnosis} hideCode />}
        {previous.warnings?.map((w) => <DiagnosisView key={w.code} diagnosis={w} headingLevel={4} />)}
        {ok && previous.claims && <ClaimsView claims={previous.claims} />}
      </div>
    );
  }
  return <p className="muted">Not tested yet. “Test login” opens a login window and runs the login the Hub will run.</p>;
}
