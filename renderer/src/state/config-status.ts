/**
 * The one status of a configuration, as every screen shows it: derived by
 * common/rules/config-status.ts from the saved verdict, the values on screen
 * (an unsaved edit or a newly typed secret is already "values changed") and
 * the test running now.
 */
import type { ConfigSummary } from '../../../common/contract';
import { configStatus, isPassing, type ConfigStatus } from '../../../common/rules/config-status';
import { savedSamlValue, type Draft } from './draft';
import { useShallow } from 'zustand/react/shallow';
import { useApp, type AppState } from './store';

type StatusSource = Pick<ConfigSummary, 'id' | 'orgId' | 'clientId' | 'issuerUrl' | 'requestGroups' | 'secretRevision' | 'verdict' | 'protocol' | 'saml'> & {
  /** The open configuration's SAML values include the certificate itself (the list's summary does not). */
  saml?: ConfigSummary['saml'] & { certificate?: string };
};

/** Stands for the SHA-256 of a certificate typed but not saved: the main side computes the real one on save. */
const UNSAVED_CERTIFICATE = 'unsaved';

/** A SAML configuration's values on screen: the typed ones over the saved ones. */
function samlOnScreen(saml: NonNullable<StatusSource['saml']>, typed: NonNullable<Draft['saml']>): NonNullable<StatusSource['saml']> {
  const pick = (key: 'spEntityId' | 'ssoUrl' | 'idpEntityId') => (typed[key] === undefined ? saml[key] : savedSamlValue(key, typed[key]));
  const certificateEdited = typed.certificate !== undefined && saml.certificate !== undefined && savedSamlValue('certificate', typed.certificate) !== saml.certificate;
  return {
    ...saml,
    spEntityId: pick('spEntityId'),
    ssoUrl: pick('ssoUrl'),
    idpEntityId: pick('idpEntityId'),
    ...(certificateEdited ? { certificateSha256: UNSAVED_CERTIFICATE } : {}),
  };
}

/** The values a test would run with now: the saved ones, with what the admin is typing. */
export function valuesOnScreen(config: StatusSource, draft: Draft | undefined): StatusSource {
  if (!draft) return config;
  const pick = (typed: string | undefined, saved: string) => (typed === undefined ? saved : typed.trim());
  return {
    ...config,
    orgId: pick(draft.orgId, config.orgId),
    clientId: pick(draft.clientId, config.clientId),
    issuerUrl: pick(draft.issuerUrl, config.issuerUrl),
    requestGroups: draft.requestGroups ?? config.requestGroups,
    // A typed secret is a new secret once saved.
    secretRevision: (draft.secret ?? '') !== '' ? config.secretRevision + 1 : config.secretRevision,
    ...(config.saml && draft.saml ? { saml: samlOnScreen(config.saml, draft.saml) } : {}),
  };
}

type RunningForStatus = NonNullable<Parameters<typeof configStatus>[1]>;

/** The fields of `configId`'s running test the status reads, as primitives (so a selector can compare them one by one). */
function runningFields(s: AppState, configId: string) {
  const run = s.testRun?.running && s.testRun.configId === configId ? s.testRun : undefined;
  return { on: run !== undefined, testId: run?.testId ?? '', stage: run?.lastStage, startedAt: run?.startedAt ?? 0 };
}

function asRunning(r: ReturnType<typeof runningFields>): RunningForStatus | undefined {
  return r.on ? { testId: r.testId, stage: r.stage ?? 'discovery', startedAt: new Date(r.startedAt).toISOString() } : undefined;
}

const draftFor = (s: AppState, config: StatusSource, withDraft: boolean | undefined) => (withDraft && s.config?.id === config.id ? s.draft : undefined);

/** The status of `config`; `withDraft`: for the open configuration, count what is being typed. */
export function useConfigStatus(config: StatusSource, options: { withDraft?: boolean } = {}): ConfigStatus {
  // Compared field by field: a component re-renders only when one of them changes.
  const running = asRunning(useApp(useShallow((s: AppState) => runningFields(s, config.id))));
  const draft = useApp((s) => draftFor(s, config, options.withDraft));
  return configStatus(valuesOnScreen(config, draft), running);
}

/**
 * Whether `config` passes now (step 3's mark): a boolean from the store, so a screen that needs only this does not
 * re-render at each of a running test's stages (issue 15: step 3 re-rendered whole at every progress event).
 */
export function useIsPassing(config: StatusSource, options: { withDraft?: boolean } = {}): boolean {
  return useApp((s) => passingIn(s, config, options.withDraft));
}

/** useIsPassing's selector: whether `config` passes in state `s`. */
export function passingIn(s: AppState, config: StatusSource, withDraft: boolean | undefined): boolean {
  return isPassing(configStatus(valuesOnScreen(config, draftFor(s, config, withDraft)), asRunning(runningFields(s, config.id))));
}
