/** The four steps as a list of links with their check marks; the current one is marked. */
import type { Configuration, StepId } from '../../../common/contract';
import { formatHash } from '../routes';
import { STEPS } from '../steps';
import { CheckMark } from './CheckMark';
import { stepDone, useApp } from '../state/store';

export function StepNav({ config, current }: { config: Configuration; current: StepId }) {
  const draft = useApp((s) => s.draft);
  return (
    <nav aria-label="Setup steps" className="step-nav">
      <ol>
        {STEPS.map((step) => {
          const done = stepDone({ config, draft }, step.id);
          return (
            <li key={step.id} className={step.id === current ? 'step-nav-item current' : 'step-nav-item'}>
              <a href={formatHash({ name: 'config', id: config.id, step: step.id })} aria-current={step.id === current ? 'step' : undefined}>
                <CheckMark done={done} label={done ? 'done' : 'not done'} />
                <span className="step-nav-text">
                  <span className="step-nav-number">Step {step.number}</span>
                  <span className="step-nav-title">{step.title}</span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
