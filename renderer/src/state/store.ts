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
import { on } from '../api';
import { request } from './request';
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
    const info = await request('getAppInfo', {});
    set(info.ok ? { appInfo: info.value, appInfoError: undefined } : { appInfoError: info.error });
  },

  async loadConfigs() {
    const listed = await request('listConfigs', {});
    if (!listed.ok) return set({ configsError: listed.error });
    set({ configs: listed.value.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), configsError: undefined });
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
    const got = await request('getConfig', { id });
    set(got.ok ? { config: got.value, configError: undefined } : { configError: got.error });
  },

  async reloadConfig() {
    const id = get().config?.id;
    if (!id) return;
    const got = await request('getConfig', { id });
    set(got.ok ? { config: got.value, configError: undefined, saveError: undefined } : { configError: got.error });
  },

  async createConfig() {
    const created = await request('createConfig', { fields: {} });
    if (!created.ok) return get().notify(`Could not create a configuration: ${created.error.title}`, 'error');
    const config = created.value;
    set({ config, draft: {}, configError: undefined, issuerCheck: undefined, lastTestRecord: undefined });
    get().navigate({ name: 'config', id: config.id, step: 'createApp' });
  },

  async duplicateConfig(id) {
    const copy = await request('duplicateConfig', { id });
    if (!copy.ok) {
      get().notify(`Could not duplicate: ${copy.error.title}`, 'error');
      return undefined;
    }
    get().notify(`Duplicated as “${displayName(copy.value)}”.`);
    await get().loadConfigs();
    return copy.value;
  },

  async deleteConfig(id) {
    const deleted = await request('deleteConfig', { id });
    if (!deleted.ok) {
      get().notify(`Could not delete: ${deleted.error.title}`, 'error');
      return false;
    }
    if (get().config?.id === id) set({ config: undefined, draft: {} });
    get().notify('Configuration deleted, with its client secret in the keychain.');
    await get().loadConfigs();
    return true;
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
    const failed = (error: Diagnosis) => {
      set({ saving: false, saveError: error });
      return false;
    };
    let updated = config;
    if (Object.keys(changed).length > 0) {
      const saved = await request('updateConfig', { id: config.id, fields: changed, expectedRevision: config.revision });
      if (!saved.ok) return failed(saved.error);
      updated = saved.value;
    }
    if (secret !== undefined && secret !== '') {
      const stored = await request('setSecret', { id: config.id, secret });
      if (!stored.ok) return failed(stored.error);
      const got = await request('getConfig', { id: config.id });
      if (!got.ok) return failed(got.error);
      updated = got.value;
    }
    const rest: Draft = { ...get().draft };
    for (const key of fields) delete (rest as Record<string, unknown>)[key];
    delete rest.secret;
    delete rest.replacingSecret;
    set({ config: updated, draft: rest, saving: false });
    return true;
  },

  async saveFields(fields) {
    const config = get().config;
    if (!config) return false;
    const saved = await request('updateConfig', { id: config.id, fields, expectedRevision: config.revision });
    set(saved.ok ? { config: saved.value } : { saveError: saved.error });
    return saved.ok;
  },

  async setStepDone(step, done) {
    const config = get().config;
    if (!config) return;
    const marked = await request('setStepDone', { id: config.id, step, done });
    if (marked.ok) set({ config: marked.value });
    else get().notify(`Could not update the check mark: ${marked.error.title}`, 'error');
  },

  async checkIssuer() {
    const { config, draft } = get();
    if (!config) return;
    const issuerUrl = (draft.issuerUrl ?? config.issuerUrl).trim();
    const clientId = (draft.clientId ?? config.clientId).trim();
    set({ issuerCheck: { running: true, issuerUrl } });
    const checked = await request('checkIssuer', { issuerUrl, ...(clientId ? { clientId } : {}), configId: config.id });
    set({ issuerCheck: checked.ok ? { running: false, result: checked.value, issuerUrl } : { running: false, error: checked.error, issuerUrl } });
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
    const tested = await request('testLogin', { configId: config.id });
    const run = get().testRun;
    if (run) set({ testRun: tested.ok ? finishRun(run, tested.value, Date.now()) : failRun(run, tested.error, Date.now()) });
    await Promise.all([get().reloadConfig(), get().loadLastTest()]);
  },

  async cancelTest() {
    const cancelled = await request('cancelTestLogin', {});
    if (!cancelled.ok) get().notify(`Could not cancel: ${cancelled.error.title}`, 'error');
  },

  async loadLastTest() {
    const config = get().config;
    if (!config) return;
    const records = await request('getHistory', { id: config.id });
    // The history is a convenience here; the history screen reports errors.
    if (!records.ok) return;
    const last = records.value
      .filter((r) => r.kind === 'test-login')
      .sort((a, b) => b.at.localeCompare(a.at))[0];
    if (get().config?.id === config.id) set({ lastTestRecord: last });
  },

  async loadHistory(id) {
    set({ history: undefined, historyError: undefined });
    const records = await request('getHistory', { id });
    set(records.ok ? { history: records.value.sort((a, b) => b.at.localeCompare(a.at)) } : { historyError: records.error });
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
    const updated = await request('setCurrentStep', { id: config.id, step: route.step });
    // A failure is not fatal: the hash still says where the admin is.
    if (updated.ok && useApp.getState().config?.id === updated.value.id) useApp.setState({ config: updated.value });
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
