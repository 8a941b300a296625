/** The list of saved configurations on the home screen, and what is done to them from there. */
import type { CallInput, CallOutput, ConfigSummary, Configuration, Diagnosis } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';
import { displayName } from '../../../common/rules/display-name';

export type ImportAnswer = CallOutput<'importConfigs'>;

export interface ConfigsSlice {
  configs?: ConfigSummary[];
  configsError?: Diagnosis;
  loadConfigs(): Promise<void>;
  createConfig(): Promise<void>;
  duplicateConfig(id: string): Promise<Configuration | undefined>;
  deleteConfig(id: string): Promise<boolean>;
  /** Exports every configuration (no secrets) to a file the admin picks. */
  exportConfigs(): Promise<void>;
  /**
   * Imports configurations from an export's text and reloads the list. With
   * `report`, conflicts are left alone and returned for the admin to decide;
   * undefined when the import failed (the notice says why).
   */
  importConfigs(json: string, onConflict: CallInput<'importConfigs'>['onConflict']): Promise<ImportAnswer | undefined>;
}

export const configsSlice: Slice<ConfigsSlice> = (set, get) => ({
  async loadConfigs() {
    const listed = await request('listConfigs', {});
    if (!listed.ok) return set({ configsError: listed.error });
    set({ configs: listed.value.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), configsError: undefined });
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

  async exportConfigs() {
    const exported = await request('exportConfigs', {});
    if (exported.ok) {
      const { path, count } = exported.value;
      get().notify(path ? `Exported ${count} configuration${count === 1 ? '' : 's'} (no secrets) to ${path}` : 'Export cancelled.');
      return;
    }
    const d = exported.error;
    get().notify(d.code === 'EXPORT_CANCELLED' ? 'Export cancelled.' : `Export failed: ${d.title} (${d.code})`, d.code === 'EXPORT_CANCELLED' ? 'info' : 'error');
  },

  async importConfigs(json, onConflict) {
    const imported = await request('importConfigs', { json, onConflict });
    if (!imported.ok) {
      const d = imported.error;
      get().notify(`Import failed: ${d.title} (${d.code}). ${d.cause} ${Object.values(d.evidence).join(' ')}`.trim(), 'error');
      return undefined;
    }
    const answer = imported.value;
    if (answer.conflicts.length === 0 || onConflict !== 'report') {
      get().notify(`Imported ${answer.imported.length} configuration${answer.imported.length === 1 ? '' : 's'}.`);
    }
    void get().loadConfigs();
    return answer;
  },
});

export { displayName };
