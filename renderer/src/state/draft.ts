/**
 * The draft (what the admin is typing for the open configuration, not saved
 * yet) against the saved configuration: which fields differ, and what that
 * means for step 3's check mark. Pure, so the UI logic can be unit-tested.
 */
import type { ConfigFields, ConfigFieldsPatch, Configuration, SamlSettingsPatch } from '../../../common/contract';
import { cleanPasted } from '../../../common/rules/clean-pasted';

/** What the admin is typing for the open configuration, not saved yet. */
export interface Draft {
  name?: string;
  orgId?: string;
  clientId?: string;
  issuerUrl?: string;
  requestGroups?: boolean;
  /** The client secret's expiry day as the IdP shows it (Entra), YYYY-MM-DD or ''. */
  secretExpiresOn?: string;
  /** Write-only: sent once with setSecret, then forgotten. */
  secret?: string;
  /** The admin pressed "Replace" on a stored secret. */
  replacingSecret?: boolean;
  /** A SAML configuration's values being typed (step 2's SP Entity ID, step 3's SSO URL, Issuer, certificate, metadata URL). */
  saml?: SamlSettingsPatch;
}

export type DraftState = { config?: Configuration; draft: Draft };

/** The identifiers the admin pastes: saved without what copy and paste brings along, as their field notes say. */
const PASTED_IDENTIFIERS: ReadonlySet<string> = new Set<keyof ConfigFields>(['clientId', 'issuerUrl', 'orgId']);

/** A draft value as it is saved: identifiers cleaned (cleanPasted), other text without spaces around it. */
export function savedValue(key: keyof ConfigFields, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return PASTED_IDENTIFIERS.has(key) ? cleanPasted(value).value : value.trim();
}

/** A SAML value as it is saved: the URLs and IDs cleaned like every pasted identifier, the PEM with plain line ends. */
export function savedSamlValue(key: keyof SamlSettingsPatch, value: string): string {
  return key === 'certificate' ? value.replace(/\r\n?/g, '\n').trim() : cleanPasted(value).value;
}

/** The draft's SAML values that differ from the saved ones, as the patch updateConfig takes (undefined when none). */
function samlChanges(config: Configuration, draft: Draft): SamlSettingsPatch | undefined {
  const patch: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft.saml ?? {}) as [keyof SamlSettingsPatch, string | undefined][]) {
    if (value === undefined) continue;
    const saved = savedSamlValue(key, value);
    if (saved !== config.saml[key]) patch[key] = saved;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** The client secret as it is sent with setSecret: without what copy and paste brings along. */
export function savedSecret(secret: string): string {
  return cleanPasted(secret).value;
}

/** The draft's values for `fields` that differ from the saved configuration (compared as they would be saved). */
export function draftChanges({ config, draft }: DraftState, fields: readonly (keyof ConfigFields)[]): ConfigFieldsPatch {
  const changed: Record<string, unknown> = {};
  if (!config) return changed;
  for (const key of fields) {
    if (key === 'saml') {
      const saml = samlChanges(config, draft);
      if (saml) changed.saml = saml;
      continue;
    }
    const value = (draft as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const saved = savedValue(key, value);
    if (saved !== (config as Record<string, unknown>)[key]) changed[key] = saved;
  }
  return changed as ConfigFieldsPatch;
}

/** What step 3 saves, and saves first when it runs a test login (an OIDC configuration's, or a SAML one's `saml`). */
export const CREDENTIAL_FIELDS = ['clientId', 'issuerUrl', 'requestGroups', 'saml'] as const satisfies readonly (keyof ConfigFields)[];

/**
 * What step 3's Save (and a test login) saves: the credentials and the
 * secret's recorded expiry day. The expiry is a note for the admin, not a
 * value the test covers, so editing it keeps step 3's check mark (the main
 * side's config-store agrees: it is not one of its credential fields).
 */
export const STEP3_FIELDS = [...CREDENTIAL_FIELDS, 'secretExpiresOn'] as const satisfies readonly (keyof ConfigFields)[];

/** Unsaved edits to what step 3 saves: its fields, or a newly typed secret. */
export function credentialsUnsaved(state: DraftState): boolean {
  return Object.keys(draftChanges(state, STEP3_FIELDS)).length > 0 || (state.draft.secret ?? '') !== '';
}

/**
 * Unsaved edits to what step 3's test covers (step 3's fields and the
 * organization the redirect URI is built from): the check mark no longer
 * applies to what is on screen.
 */
export function credentialsEdited(state: DraftState): boolean {
  if (state.config === undefined) return false;
  const covered = Object.keys(draftChanges(state, [...CREDENTIAL_FIELDS, 'orgId'])).length > 0;
  return covered || (state.draft.secret ?? '') !== '';
}
