/**
 * The contract's names without its schemas: what the two preloads need. They
 * load before the app and must stay small, so they do not import zod;
 * contract.ts proves at compile time that these lists name exactly its calls
 * and events.
 */
export const CALL_NAMES = [
  'getAppInfo',
  'listConfigs',
  'getConfig',
  'createConfig',
  'updateConfig',
  'setStepDone',
  'setCurrentStep',
  'duplicateConfig',
  'deleteConfig',
  'restoreConfig',
  'emptyTrash',
  'setSecret',
  'copySecret',
  'getHistory',
  'checkIssuer',
  'readSamlMetadata',
  'readSamlCertificate',
  'prepareTestLogin',
  'testLogin',
  'cancelTestLogin',
  'getRunningTest',
  'answerLoginPrompt',
  'previewRoles',
  'exportConfigs',
  'importConfigs',
  'exportReport',
  'openExternal',
] as const;

export const EVENT_NAMES = ['testProgress', 'testFinished', 'storeProblem', 'loginPrompt', 'loginPromptClosed'] as const;

/** The global the preloads define for the renderer. */
export const API_GLOBAL = 'ssoAssistant';

/** Electron IPC channel names, derived in one place. */
export const ipcChannel = {
  call: (name: (typeof CALL_NAMES)[number]) => `sso:call:${name}`,
  event: 'sso:event',
} as const;
