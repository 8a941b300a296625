/**
 * The four steps as a list of links with their marks; the current one is
 * marked. Step 3's mark is the configuration's status (a passing test of the
 * values on screen), never a tick that outlives a failure. A step ticked
 * while an earlier one is not says which it skipped.
 */
import type { Configuration, StepId } from '../../../common/contract';
import { isPassing } from '../../../common/rules/config-status';
import { formatHash } from '../routes';
import { STEPS } from '../steps';
import { CheckMark } from './CheckMark';
import { StatusBadge } from './StatusBadge';
import { useConfigStatus } from '../state/config-status';
import { skippedBefore } from '../state/step-order';

export function StepNav({ config, current }: { config: Configuration; current: StepId }) {
  const status = useConfigStatus(config, { withDraft: true });
  const passing = isPassing(status);
  return (
    <nav aria-label="Setup steps" className="step-nav">
      <ol>
        {STEPS.map((step) => {
          const done = step.id === 'credentials' ? passing : config.progress.done[step.id] === true;
          const skipped = done ? skippedBefore(config, passing, step.id) : [];
          return (
            <li key={step.id} className={step.id === current ? 'step-nav-item current' : 'step-nav-item'}>
              <a href={formatHash({ name: 'config', id: config.id, step: step.id })} aria-current={step.id === current ? 'step' : undefined}>
                <CheckMark done={done} label={done ? 'done' : 'not done'} />
                <span className="step-nav-text">
                  <span className="step-nav-number">Step {step.number}</span>
                  <span className="step-nav-title">{step.title}</span>
                  {step.id === 'credentials' && <StatusBadge status={status} className="step-nav-status" />}
                  {skipped.length > 0 && <span className="step-nav-skipped">Marked before step {skipped.join(', ')}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
