/**
 * The four steps as a list of links with their marks; the current one is
 * marked. Step 3's mark is the configuration's status (a passing test of the
 * values on screen), never a tick that outlives a failure. A step ticked
 * while an earlier one is not says which it skipped.
 *
 * Narrow windows show the same links as one compact bar (styles/steps.css):
 * four numbered dots and "Step 3 of 4: …"; the links keep their full names
 * (visually hidden) and aria-current.
 */
import type { Configuration, StepId } from '../../../common/contract';
import { isPassing } from '../../../common/rules/config-status';
import { formatHash } from '../routes';
import { STEPS, stepById, stepTitle } from '../steps';
import { CheckMark } from './CheckMark';
import { StatusBadge } from './StatusBadge';
import { useConfigStatus } from '../state/config-status';
import { skippedBefore } from '../state/step-order';

export function StepNav({ config, current }: { config: Configuration; current: StepId }) {
  const status = useConfigStatus(config, { withDraft: true });
  const passing = isPassing(status);
  const here = stepById(current);
  return (
    <nav aria-label="Setup steps" className="step-nav">
      <ol>
        {STEPS.map((step) => {
          const done = step.id === 'credentials' ? passing : config.progress.done[step.id] === true;
          const skipped = done ? skippedBefore(config, passing, step.id) : [];
          return (
            <li key={step.id} className={step.id === current ? 'step-nav-item current' : 'step-nav-item'}>
              <a href={formatHash({ name: 'config', id: config.id, step: step.id })} aria-current={step.id === current ? 'step' : undefined}>
                {/* The compact bar's dot: the number, or a tick when done (the words are in the mark below). */}
                <span className={done ? 'step-nav-dot step-nav-dot-done' : 'step-nav-dot'} aria-hidden="true">
                  {done ? '✓' : step.number}
                </span>
                <CheckMark done={done} label={done ? 'done' : 'not done'} />
                <span className="step-nav-text">
                  <span className="step-nav-number">Step {step.number}</span>
                  <span className="step-nav-title">{stepTitle(step.id, config.idpKind, config.protocol)}</span>
                  {step.id === 'credentials' && <StatusBadge status={status} className="step-nav-status" />}
                  {skipped.length > 0 && <span className="step-nav-skipped">Marked before step {skipped.join(', ')}</span>}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      {/* Shown only as the compact bar; the current link already says it to assistive technology. */}
      <p className="step-nav-summary" aria-hidden="true">
        Step {here.number} of {STEPS.length}: {stepTitle(here.id, config.idpKind, config.protocol)}
      </p>
    </nav>
  );
}
