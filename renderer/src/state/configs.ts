/** The list of saved configurations on the home screen, and what is done to them from there. */
import type { CallInput, CallOutput, ConfigSummary, Configuration, Diagnosis, Protocol, StepId } from '../../../common/contract';
import { request } from './request';
import type { Slice } from './store';
import { displayName } from '../../../common/rules/display-name';
import { configStatus, isPassing } from '../../../common/rules/config-status';
import { STEPS } from '../steps';
import { DEFAULT_IDP, type IdpProfileId } from '../../../common/idp/identities';
import { skippedBefore } from './step-order';

export type ImportAnswer = CallOutput<'importConfigs'>;

export interface ConfigsSlice {
  configs?: ConfigSummary[];
  configsError?: Diagnosis;
  loadConfigs(): Promise<void>;
  /** A new configuration for the IdP and protocol the admin chose (Okta and OIDC unless said otherwise), opened on step 1. */
  createConfig(idpKind?: IdpProfileId, protocol?: Protocol): Promise<void>;
  duplicateConfig(id: string): Promise<Configuration | undefined>;
  /** Moves it to the trash and offers Undo for as long as the main side keeps it there. */
  deleteConfig(id: string): Promise<boolean>;
  /** The delete that can still be undone (one at a time). */
  undo?: PendingUndo;
  /** Brings the configuration of `undo` back, with its history and secret. */
  undoDelete(): Promise<void>;
  /** The undo window closed (or was dismissed): the delete is final, the trash is emptied. */
  finishDelete(): Promise<void>;
  /** Why the last import failed, shown on the home screen until dismissed or the next import. */
  importError?: Diagnosis;
  dismissImportError(): void;
  /** Exports every configuration (no secrets) to a file the admin picks. */
  exportConfigs(): Promise<void>;
  /**
   * Imports configurations from an export's text and reloads the list. With
   * `report`, conflicts are left alone and returned for the admin to decide;
   * undefined when the import failed (the notice says why).
   */
  importConfigs(json: string, onConflict: CallInput<'importConfigs'>['onConflict']): Promise<ImportAnswer | undefined>;
}

export interface PendingUndo {
  id: string;
  name: string;
  /** Date.now() when the undo window closes. */
  until: number;
}

/** When a configuration last changed: a save, a step, or a test (tests do not move updatedAt). */
export function lastChangedAt(c: Pick<ConfigSummary, 'updatedAt' | 'lastTest' | 'verdict'>): string {
  return [c.updatedAt, c.lastTest?.at, c.verdict.latest?.at].filter((t): t is string => t !== undefined).sort().pop()!;
}

/** Most recently changed first. */
export function byLastChange(configs: readonly ConfigSummary[]): ConfigSummary[] {
  return [...configs].sort((a, b) => lastChangedAt(b).localeCompare(lastChangedAt(a)) || a.id.localeCompare(b.id));
}

/** Whether the admin ever changed or tested it (a new, duplicated or imported one is untouched). */
export function touched(c: ConfigSummary): boolean {
  return (c.revision ?? 1) > 0 || c.lastTest !== undefined;
}

/** A configuration's steps, done or not, by the status rules (step 3 by a passing test of the current values). */
export function stepsDoneOf(c: ConfigSummary): Record<StepId, boolean> {
  const passing = isPassing(configStatus(c));
  // A step is done when the rule says so; skippedBefore of the last step lists every earlier one that is not.
  const last = STEPS[STEPS.length - 1]!;
  const notDone = new Set(skippedBefore(c, passing, last.id));
  return Object.fromEntries(STEPS.map((s) => [s.id, s.id === last.id ? c.progress.done[s.id] === true : !notDone.has(s.number)])) as Record<StepId, boolean>;
}

/** Where Open lands: the first step not done, in order; a configuration done throughout opens on the last step. */
export function stepToOpen(c: ConfigSummary): StepId {
  const done = stepsDoneOf(c);
  return (STEPS.find((s) => !done[s.id]) ?? STEPS[STEPS.length - 1]!).id;
}

/** The one "Continue" points at: the last one changed by the admin that is not done yet. */
export function resumeTarget(configs: readonly ConfigSummary[]): ConfigSummary | undefined {
  return byLastChange(configs).find((c) => touched(c) && Object.values(stepsDoneOf(c)).some((d) => !d));
}

let undoTimer: ReturnType<typeof setTimeout> | undefined;

export const configsSlice: Slice<ConfigsSlice> = (set, get) => ({
  async loadConfigs() {
    const listed = await request('listConfigs', {});
    if (!listed.ok) return set({ configsError: listed.error });
    set({ configs: byLastChange(listed.value), configsError: undefined });
  },

  async createConfig(idpKind = DEFAULT_IDP, protocol = 'oidc') {
    const created = await request('createConfig', { fields: { idpKind, protocol } });
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
    const name = displayName(get().configs?.find((c) => c.id === id) ?? { name: '', orgId: '' });
    const deleted = await request('deleteConfig', { id });
    if (!deleted.ok) {
      get().notify(`Could not delete: ${deleted.error.title}`, 'error');
      return false;
    }
    if (get().config?.id === id) set({ config: undefined, draft: {} });
    // The main side emptied the trash of any earlier delete before this one: only this one can be undone.
    clearTimeout(undoTimer);
    const { undoForMs } = deleted.value;
    set({ undo: { id, name, until: Date.now() + undoForMs } });
    undoTimer = setTimeout(() => void get().finishDelete(), undoForMs);
    await get().loadConfigs();
    return true;
  },

  async undoDelete() {
    const undo = get().undo;
    if (!undo) return;
    clearTimeout(undoTimer);
    set({ undo: undefined });
    const restored = await request('restoreConfig', { id: undo.id });
    if (!restored.ok) get().notify(`Could not undo: ${restored.error.title} (${restored.error.code}). ${restored.error.cause}`, 'error');
    else get().notify(`Restored “${displayName(restored.value)}”.`);
    await get().loadConfigs();
  },

  async finishDelete() {
    if (!get().undo) return;
    clearTimeout(undoTimer);
    set({ undo: undefined });
    // Quietly: the main side empties it by itself a moment later, at the next delete and at start.
    await request('emptyTrash', {});
  },

  dismissImportError() {
    set({ importError: undefined });
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
    set({ importError: undefined });
    const imported = await request('importConfigs', { json, onConflict });
    if (!imported.ok) {
      // Shown once, inline on the home screen (the diagnosis view shows the evidence folded away).
      set({ importError: imported.error });
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
