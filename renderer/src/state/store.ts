/**
 * The UI state (zustand). Everything the main side owns (configurations,
 * progress, check marks, history) is fetched from it and shown as it says;
 * the store here only keeps what the admin is typing, the running test and
 * where the admin is (mirrored in the URL hash).
 */
import { create } from 'zustand';
import type {
  CallOutput,
  ConfigFields,
  ConfigSummary,
  Configuration,
  Diagnosis,
  HistoryRecord,
  IssuerCheckResult,
  StepId,
} from '../../../common/contract';
import { call, on, toDiagnosis } from '../api';
import { formatHash, parseHash, type Route } from '../routes';
import { applyProgress, failRun, finishRun, startRun, type TestRun } from './test-run';

export type AppInfo = CallOutput<'getAppInfo'>;

/** What the admin is typing for the open configuration, not saved yet. */
export interface Draft {
  name?: string;
  orgId?: string;
  clientId?: string;
  issuerUrl?: string;
  requestGroups?: boolean;
  /** Write-only: sent once with setSecret, then forgotten. */
  secret?: string;
  /** The admin pressed "Replace" on a stored secret. */
  replacingSecret?: boolean;
}

export interface IssuerCheckState {
  running: boolean;
  result?: IssuerCheckResult;
  error?: Diagnosis;
  /** The values the check ran with, to flag a stale result. */
  issuerUrl: string;
}

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface AppState {
  route: Route;
  appInfo?: AppInfo;
  appInfoError?: Diagnosis;
  configs?: ConfigSummary[];
  configsError?: Diagnosis;
  config?: Configuration;
  configError?: Diagnosis;
  draft: Draft;
  saving: boolean;
  saveError?: Diagnosis;
  issuerCheck?: IssuerCheckState;
  testRun?: TestRun;
  /** The newest test-login record of the open config, for the result after a reload. */
  lastTestRecord?: HistoryRecord;
  history?: HistoryRecord[];
  historyError?: Diagnosis;
  notice?: Notice;

  init(): () => void;
  navigate(route: Route, options?: { replace?: boolean }): void;
  notify(text: string, tone?: Notice['tone']): void;
  loadAppInfo(): Promise<void>;
  loadConfigs(): Promise<void>;
  openConfig(id: string): Promise<void>;
  reloadConfig(): Promise<void>;
  createConfig(): Promise<void>;
  duplicateConfig(id: string): Promise<Configuration | undefined>;
  deleteConfig(id: string): Promise<boolean>;
  setDraft(patch: Partial<Draft>): void;
  discardDraft(): void;
  /** Saves the draft fields (and the secret, once). Returns false when nothing could be saved. */
  saveDraft(fields: (keyof ConfigFields)[]): Promise<boolean>;
  saveFields(fields: Partial<ConfigFields>): Promise<boolean>;
  setStepDone(step: StepId, done: boolean): Promise<void>;
  checkIssuer(): Promise<void>;
  testLogin(): Promise<void>;
  cancelTest(): Promise<void>;
  loadLastTest(): Promise<void>;
  loadHistory(id: string): Promise<void>;
}

let noticeCounter = 0;

function currentHash(): string {
  return typeof location === 'undefined' ? '#/' : location.hash;
}

export const useApp = create<AppState>()((set, get) => ({
  route: parseHash(currentHash()),
  draft: {},
  saving: false,

  init() {
    const onHash = () => {
      const route = parseHash(location.hash);
      set({ route });
      void routeChanged(route);
    };
    window.addEventListener('hashchange', onHash);
    const offProgress = on('testProgress', (event) => {
      const run = get().testRun;
      if (run) set({ testRun: applyProgress(run, event) });
    });
    const offStoreProblem = on('storeProblem', (d) => {
      get().notify(`${d.title} (${d.code}). ${d.cause} ${d.fix.join(' ')}`, 'error');
    });
    void get().loadAppInfo();
    void routeChanged(get().route);
    return () => {
      window.removeEventListener('hashchange', onHash);
      offProgress();
      offStoreProblem();
    };
  },

  navigate(route, options) {
    const hash = formatHash(route);
    if (options?.replace) {
      history.replaceState(null, '', hash);
    } else if (location.hash !== hash) {
      location.hash = hash;
      return; // hashchange does the rest
    }
    set({ route });
    void routeChanged(route);
  },

  notify(text, tone = 'info') {
    noticeCounter += 1;
    set({ notice: { id: noticeCounter, text, tone } });
  },

  async loadAppInfo() {
    try {
      set({ appInfo: await call('getAppInfo', {}), appInfoError: undefined });
    } catch (err) {
      set({ appInfoError: toDiagnosis(err) });
    }
  },

  async loadConfigs() {
    try {
      const configs = await call('listConfigs', {});
      configs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      set({ configs, configsError: undefined });
    } catch (err) {
      set({ configsError: toDiagnosis(err) });
    }
  },

  async openConfig(id) {
    const previous = get().config;
    if (previous?.id !== id) {
      set({
        config: undefined,
        configError: undefined,
        draft: {},
        saveError: undefined,
        issuerCheck: undefined,
        lastTestRecord: undefined,
        testRun: get().testRun?.running ? get().testRun : undefined,
      });
    }
    try {
      const config = await call('getConfig', { id });
      set({ config, configError: undefined });
    } catch (err) {
      set({ configError: toDiagnosis(err) });
    }
  },

  async reloadConfig() {
    const id = get().config?.id;
    if (!id) return;
    try {
      set({ config: await call('getConfig', { id }), configError: undefined, saveError: undefined });
    } catch (err) {
      set({ configError: toDiagnosis(err) });
    }
  },

  async createConfig() {
    try {
      const config = await call('createConfig', { fields: {} });
      set({ config, draft: {}, configError: undefined, issuerCheck: undefined, lastTestRecord: undefined });
      get().navigate({ name: 'config', id: config.id, step: 'createApp' });
    } catch (err) {
      get().notify(`Could not create a configuration: ${toDiagnosis(err).title}`, 'error');
    }
  },

  async duplicateConfig(id) {
    try {
      const copy = await call('duplicateConfig', { id });
      get().notify(`Duplicated as “${displayName(copy)}”.`);
      await get().loadConfigs();
      return copy;
    } catch (err) {
      get().notify(`Could not duplicate: ${toDiagnosis(err).title}`, 'error');
      return undefined;
    }
  },

  async deleteConfig(id) {
    try {
      await call('deleteConfig', { id });
      if (get().config?.id === id) set({ config: undefined, draft: {} });
      get().notify('Configuration deleted, with its client secret in the keychain.');
      await get().loadConfigs();
      return true;
    } catch (err) {
      get().notify(`Could not delete: ${toDiagnosis(err).title}`, 'error');
      return false;
    }
  },

  setDraft(patch) {
    set({ draft: { ...get().draft, ...patch }, saveError: undefined });
  },

  discardDraft() {
    set({ draft: {}, saveError: undefined });
  },

  async saveDraft(fields) {
    const { config, draft } = get();
    if (!config) return false;
    const changed: Partial<ConfigFields> = {};
    for (const key of fields) {
      const value = (draft as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const trimmed = typeof value === 'string' ? value.trim() : value;
      if (trimmed !== (config as Record<string, unknown>)[key]) (changed as Record<string, unknown>)[key] = trimmed;
    }
    const secret = draft.secret;
    set({ saving: true, saveError: undefined });
    try {
      let updated = config;
      if (Object.keys(changed).length > 0) {
        updated = await call('updateConfig', { id: config.id, fields: changed, expectedRevision: config.revision });
      }
      if (secret !== undefined && secret !== '') {
        await call('setSecret', { id: config.id, secret });
        updated = await call('getConfig', { id: config.id });
      }
      const rest: Draft = { ...get().draft };
      for (const key of fields) delete (rest as Record<string, unknown>)[key];
      delete rest.secret;
      delete rest.replacingSecret;
      set({ config: updated, draft: rest, saving: false });
      return true;
    } catch (err) {
      set({ saving: false, saveError: toDiagnosis(err) });
      return false;
    }
  },

  async saveFields(fields) {
    const config = get().config;
    if (!config) return false;
    try {
      const updated = await call('updateConfig', { id: config.id, fields, expectedRevision: config.revision });
      set({ config: updated });
      return true;
    } catch (err) {
      set({ saveError: toDiagnosis(err) });
      return false;
    }
  },

  async setStepDone(step, done) {
    const config = get().config;
    if (!config) return;
    try {
      set({ config: await call('setStepDone', { id: config.id, step, done }) });
    } catch (err) {
      get().notify(`Could not update the check mark: ${toDiagnosis(err).title}`, 'error');
    }
  },

  async checkIssuer() {
    const { config, draft } = get();
    if (!config) return;
    const issuerUrl = (draft.issuerUrl ?? config.issuerUrl).trim();
    const clientId = (draft.clientId ?? config.clientId).trim();
    set({ issuerCheck: { running: true, issuerUrl } });
    try {
      const result = await call('checkIssuer', {
        issuerUrl,
        ...(clientId ? { clientId } : {}),
        configId: config.id,
      });
      set({ issuerCheck: { running: false, result, issuerUrl } });
    } catch (err) {
      set({ issuerCheck: { running: false, error: toDiagnosis(err), issuerUrl } });
    }
  },

  async testLogin() {
    const config = get().config;
    if (!config || get().testRun?.running) return;
    set({ testRun: startRun(config.id, Date.now()) });
    // Test what is on screen: save pending edits (and the secret) first.
    const saved = await get().saveDraft(['clientId', 'issuerUrl', 'requestGroups']);
    if (!saved) {
      const run = get().testRun;
      const error = get().saveError;
      if (run && error) set({ testRun: failRun(run, error, Date.now()) });
      return;
    }
    try {
      const result = await call('testLogin', { configId: config.id });
      const run = get().testRun;
      if (run) set({ testRun: finishRun(run, result, Date.now()) });
    } catch (err) {
      const run = get().testRun;
      if (run) set({ testRun: failRun(run, toDiagnosis(err), Date.now()) });
    }
    await Promise.all([get().reloadConfig(), get().loadLastTest()]);
  },

  async cancelTest() {
    try {
      await call('cancelTestLogin', {});
    } catch (err) {
      get().notify(`Could not cancel: ${toDiagnosis(err).title}`, 'error');
    }
  },

  async loadLastTest() {
    const config = get().config;
    if (!config) return;
    try {
      const records = await call('getHistory', { id: config.id });
      const last = records
        .filter((r) => r.kind === 'test-login')
        .sort((a, b) => b.at.localeCompare(a.at))[0];
      if (get().config?.id === config.id) set({ lastTestRecord: last });
    } catch {
      // The history is a convenience here; the history screen reports errors.
    }
  },

  async loadHistory(id) {
    set({ history: undefined, historyError: undefined });
    try {
      const records = await call('getHistory', { id });
      records.sort((a, b) => b.at.localeCompare(a.at));
      set({ history: records });
    } catch (err) {
      set({ historyError: toDiagnosis(err) });
    }
  },
}));

/** Loads what a route needs; persists the current step on the main side. */
async function routeChanged(route: Route): Promise<void> {
  const store = useApp.getState();
  if (route.name === 'home') {
    await store.loadConfigs();
    return;
  }
  if (store.config?.id !== route.id) await store.openConfig(route.id);
  const config = useApp.getState().config;
  if (!config) return;
  if (route.name === 'history') {
    await store.loadHistory(route.id);
    return;
  }
  if (!route.step) {
    // Resume where the admin left off.
    store.navigate({ name: 'config', id: route.id, step: config.progress.currentStep }, { replace: true });
    return;
  }
  if (config.progress.currentStep !== route.step) {
    try {
      const updated = await call('setCurrentStep', { id: config.id, step: route.step });
      if (useApp.getState().config?.id === updated.id) useApp.setState({ config: updated });
    } catch {
      // Not fatal: the hash still says where the admin is.
    }
  }
  if (route.step === 'credentials' && !useApp.getState().lastTestRecord) void store.loadLastTest();
}

/** Unsaved edits to what step 3's test covers: the check mark no longer applies to what is on screen. */
export function credentialsEdited(state: Pick<AppState, 'config' | 'draft'>): boolean {
  const { config, draft } = state;
  if (!config) return false;
  return (
    (draft.clientId !== undefined && draft.clientId.trim() !== config.clientId) ||
    (draft.issuerUrl !== undefined && draft.issuerUrl.trim() !== config.issuerUrl) ||
    (draft.orgId !== undefined && draft.orgId.trim() !== config.orgId) ||
    (draft.requestGroups !== undefined && draft.requestGroups !== config.requestGroups) ||
    (draft.secret ?? '') !== ''
  );
}

/** Step 3 is done only when the main side says so and nothing tested has been edited since. */
export function stepDone(state: Pick<AppState, 'config' | 'draft'>, step: StepId): boolean {
  const done = state.config?.progress.done[step] === true;
  return step === 'credentials' ? done && !credentialsEdited(state) : done;
}

export function displayName(config: { name: string; orgId: string }): string {
  return config.name.trim() || config.orgId || 'Untitled configuration';
}
