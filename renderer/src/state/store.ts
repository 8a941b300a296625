/**
 * The UI state (zustand), in slices. Everything the main side owns
 * (configurations, progress, check marks, history) is fetched from it and
 * shown as it says; the store here only keeps what the admin is typing, the
 * running test and where the admin is (mirrored in the URL hash). Slices
 * reach the main side only through `request` (./request.ts); components
 * only through the store's actions.
 */
import { create, type StateCreator } from 'zustand';
import { appInfoSlice, type AppInfoSlice } from './app-info';
import { configsSlice, type ConfigsSlice } from './configs';
import { historySlice, type HistorySlice } from './history';
import { issuerCheckSlice, type IssuerCheckSlice } from './issuer-check';
import { loginPromptSlice, type LoginPromptSlice } from './login-prompts';
import { navigationSlice, type NavigationSlice } from './navigation';
import { openConfigSlice, type OpenConfigSlice } from './open-config';
import { samlSetupSlice, type SamlSetupSlice } from './saml-setup';
import { testLoginSlice, type TestLoginSlice } from './test-login';

export type AppState = NavigationSlice &
  AppInfoSlice &
  ConfigsSlice &
  OpenConfigSlice &
  IssuerCheckSlice &
  TestLoginSlice &
  HistorySlice &
  LoginPromptSlice &
  SamlSetupSlice;

/** One slice: its own part of the state, with the whole store in reach. */
export type Slice<T> = StateCreator<AppState, [], [], T>;

export const useApp = create<AppState>()((...store) => ({
  ...navigationSlice(...store),
  ...appInfoSlice(...store),
  ...configsSlice(...store),
  ...openConfigSlice(...store),
  ...issuerCheckSlice(...store),
  ...testLoginSlice(...store),
  ...historySlice(...store),
  ...loginPromptSlice(...store),
  ...samlSetupSlice(...store),
}));

export type { AppInfo } from './app-info';
export type { IssuerCheckState } from './issuer-check';
export type { Notice } from './navigation';
export type { Draft } from './draft';
export type { ImportAnswer } from './configs';
export { displayName } from './configs';
export { CREDENTIAL_FIELDS, STEP3_FIELDS, credentialsEdited, credentialsUnsaved } from './draft';
