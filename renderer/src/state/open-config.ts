/**
 * The open configuration as the main side has it, the draft being edited
 * (./draft.ts) and its saving; the secret is sent once, then forgotten.
 */
import type { CallResult, ConfigFields, Configuration, Diagnosis, RoleMapping, RolePreview, StepId } from '../../../common/contract';
import { draftChanges, savedSecret, type Draft } from './draft';
import { request } from './request';
import type { Slice } from './store';

export interface OpenConfigSlice {
  config?: Configuration;
  configError?: Diagnosis;
  draft: Draft;
  saving: boolean;
  saveError?: Diagnosis;
  openConfig(id: string): Promise<void>;
  reloadConfig(): Promise<void>;
  setDraft(patch: Partial<Draft>): void;
  discardDraft(): void;
  /** Saves the draft fields (and the secret, once). Returns false when nothing could be saved. */
  saveDraft(fields: readonly (keyof ConfigFields)[]): Promise<boolean>;
  saveFields(fields: Partial<ConfigFields>): Promise<boolean>;
  setStepDone(step: StepId, done: boolean): Promise<void>;
  /** Remembers the step on screen (quietly: the hash still says where the admin is if this fails). */
  setCurrentStep(step: StepId): Promise<void>;
  /** Asks the main side to copy the stored secret to the clipboard; the window never sees it. */
  copySecret(id: string): Promise<void>;
  /** Which Hub role the last tested user would get with `roleMapping` (kept or not). */
  previewRoles(configId: string, roleMapping: RoleMapping): Promise<CallResult<RolePreview>>;
}

export const openConfigSlice: Slice<OpenConfigSlice> = (set, get) => ({
  draft: {},
  saving: false,

  async openConfig(id) {
    const previous = get().config;
    if (previous?.id !== id) {
      set({
        config: undefined,
        configError: undefined,
        draft: {},
        saveError: undefined,
        issuerCheck: undefined,
        samlMetadata: undefined,
        samlCertificate: undefined,
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

  setDraft(patch) {
    set({ draft: { ...get().draft, ...patch }, saveError: undefined });
  },

  discardDraft() {
    set({ draft: {}, saveError: undefined });
  },

  async saveDraft(fields) {
    const { config, draft } = get();
    if (!config) return false;
    const changed = draftChanges({ config, draft }, fields);
    const secret = draft.secret === undefined ? undefined : savedSecret(draft.secret);
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

  async setCurrentStep(step) {
    const config = get().config;
    if (!config) return;
    const updated = await request('setCurrentStep', { id: config.id, step });
    if (updated.ok && get().config?.id === updated.value.id) set({ config: updated.value });
  },

  async copySecret(id) {
    const copied = await request('copySecret', { id });
    if (copied.ok) get().notify(`Client secret copied. The clipboard is cleared in ${Math.round(copied.value.clearsAfterMs / 1000)} seconds.`);
    // The fix names the missing tool; the secret itself is never shown to copy by hand.
    else get().notify(`Could not copy the secret: ${copied.error.title} (${copied.error.code}). ${copied.error.fix.join(' ')}`, 'error');
  },

  previewRoles(configId, roleMapping) {
    return request('previewRoles', { configId, roleMapping });
  },
});
