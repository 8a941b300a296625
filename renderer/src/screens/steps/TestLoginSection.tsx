/**
 * Step 3's "Test login" section, the same for OIDC and SAML: the heading with step 3's check mark, the
 * configuration's one status, where the login window goes, the live stages of the protocol's test and the result.
 */
import { useEffect, type ReactNode } from 'react';
import { isPassing } from '../../../../common/rules/config-status';
import { CheckMark } from '../../components/CheckMark';
import { StatusBadge } from '../../components/StatusBadge';
import { TestProgress, TestResult } from '../../components/TestLoginPanel';
import { useConfigStatus } from '../../state/config-status';
import { useApp } from '../../state/store';

/** The only part of step 3 that follows a running test's stages: the rest of the step re-renders at its start and end. */
export function TestLoginSection({ loginNote }: { loginNote: ReactNode }) {
  const config = useApp((s) => s.config)!;
  const status = useConfigStatus(config, { withDraft: true });
  const testRun = useApp((s) => s.testRun);
  const lastTestRecord = useApp((s) => s.lastTestRecord);
  const prepareTestLogin = useApp((s) => s.prepareTestLogin);
  const run = testRun?.configId === config.id ? testRun : undefined;
  const passing = isPassing(status);
  const running = testRun?.running === true;
  // The next login window is set up while the admin reads this step (and again after each test), not at the click.
  useEffect(() => {
    if (!running) prepareTestLogin();
  }, [config.id, running, prepareTestLogin]);
  return (
    <>
      <h2 className="with-check" id="test-login-title">
        Test login <CheckMark done={passing} label={passing ? '(step 3 done)' : '(step 3 not done yet)'} />
      </h2>
      <p className="test-status" aria-label="Configuration status">
        <StatusBadge status={status} withDetail />
      </p>
      <p className="muted">{loginNote}</p>
      <TestProgress run={run} protocol={config.protocol} />
      <TestResult run={run} previous={run ? undefined : lastTestRecord} credentialsDone={passing} />
    </>
  );
}
