/**
 * One configuration: the step list with check marks (a compact bar on narrow
 * windows), the current step, and the keyboard shortcuts that move between
 * steps, cancel a running test and list themselves.
 */
import { useEffect, useRef, useState } from 'react';
import type { StepId } from '../../../common/contract';
import { ErrorBox } from '../components/DiagnosisView';
import { ShortcutsHelp } from '../components/ShortcutsHelp';
import { StepNav } from '../components/StepNav';
import { displayName, useApp } from '../state/store';
import { useShortcuts } from '../state/use-shortcuts';
import { neighbourSteps, STEPS, stepById, stepTitle } from '../steps';
import '../styles/steps.css';
import { CreateAppStep } from './steps/CreateAppStep';
import { ConfigureAppStep } from './steps/ConfigureAppStep';
import { CredentialsStep } from './steps/CredentialsStep';
import { SamlCredentialsStep } from './steps/SamlCredentialsStep';
import { EnableSsoStep } from './steps/EnableSsoStep';

export function ConfigScreen() {
  const route = useApp((s) => s.route);
  const config = useApp((s) => s.config);
  const error = useApp((s) => s.configError);
  const navigate = useApp((s) => s.navigate);
  const cancelTest = useApp((s) => s.cancelTest);
  const testRunning = useApp((s) => s.testRun?.running === true);
  const heading = useRef<HTMLHeadingElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const step: StepId | undefined = route.name === 'config' ? route.step : undefined;
  const loaded = config && route.name === 'config' && config.id === route.id;

  useEffect(() => {
    if (loaded && step) {
      document.title = `Step ${stepById(step).number}: ${stepTitle(step, config?.idpKind, config?.protocol)} — SSO Setup Assistant`;
    }
  }, [loaded, step, config?.idpKind, config?.protocol]);

  // Move focus to the step heading when the step changes, so keyboard and screen-reader users start at the top.
  const firstRender = useRef(true);
  useEffect(() => {
    if (!loaded || !step) return;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [loaded, step]);

  useShortcuts({
    goToStep: ({ step: n }) => {
      if (!loaded) return false;
      navigate({ name: 'config', id: config.id, step: STEPS[n - 1]!.id });
    },
    cancelTest: () => {
      if (!testRunning) return false;
      void cancelTest();
    },
    openHelp: () => {
      if (!loaded) return false;
      setHelpOpen(true);
    },
  });

  if (error) {
    return (
      <section className="screen">
        <h1>Configuration</h1>
        <ErrorBox diagnosis={error}>
          <button type="button" onClick={() => navigate({ name: 'home' })}>
            Back to configurations
          </button>
        </ErrorBox>
      </section>
    );
  }
  if (!loaded || !step) return <p className="muted">Loading…</p>;

  const info = stepById(step);
  const { previous, next } = neighbourSteps(step);
  return (
    <div className="config-layout">
      <aside className="config-aside">
        <p className="config-breadcrumb">
          <a href="#/">All configurations</a>
        </p>
        <p className="config-current-name">{displayName(config)}</p>
        <StepNav config={config} current={step} />
        <p className="config-aside-links">
          <a href={`#/config/${config.id}/history`}>Test history</a>
          <ShortcutsHelp open={helpOpen} onOpen={() => setHelpOpen(true)} onClose={() => setHelpOpen(false)} />
        </p>
      </aside>
      <section className="screen step-screen" aria-labelledby="step-title">
        <p className="step-kicker">Step {info.number} of 4</p>
        <h1 id="step-title" ref={heading} tabIndex={-1}>
          {stepTitle(info.id, config.idpKind, config.protocol)}
        </h1>
        {step === 'createApp' && <CreateAppStep />}
        {step === 'configureApp' && <ConfigureAppStep />}
        {step === 'credentials' && (config.protocol === 'saml' ? <SamlCredentialsStep /> : <CredentialsStep />)}
        {step === 'enableSso' && <EnableSsoStep />}
        <nav className="step-pager" aria-label="Previous and next step">
          {previous ? (
            <a className="button-like" href={`#/config/${config.id}/step/${previous.slug}`}>
              ← Step {previous.number}: {stepTitle(previous.id, config.idpKind, config.protocol)}
            </a>
          ) : (
            <a className="button-like" href="#/">
              ← All configurations
            </a>
          )}
          {next ? (
            <a className="button-like primary" href={`#/config/${config.id}/step/${next.slug}`}>
              Step {next.number}: {stepTitle(next.id, config.idpKind, config.protocol)} →
            </a>
          ) : (
            <a className="button-like" href="#/">
              Finish: all configurations
            </a>
          )}
        </nav>
      </section>
    </div>
  );
}
