/**
 * The main-side services behind the contract, wired from ports. Both
 * composition roots (Electron and browser mode) call `createHandlers` with
 * their adapters; nothing here knows which shell it runs in.
 */
import type { AuthWindow, ClipboardPort, Clock, EmitEvent, ExportTargetPicker, ExternalOpener, HttpFetch, ReportPrinter, SecretVault } from '../ports';
import type { Handlers } from './dispatch';
import { APP_NAME, APP_VERSION } from './app-info';
import { isAllowedExternalUrl } from './external-links';
import { diagnosisError } from '../../../common/diagnosis';
import { createConfigHandlers } from './config-handlers';
import { createTestHandlers } from './test-handlers';
import { createRoleHandlers } from './role-handlers';
import { createReportHandlers } from './report-handlers';
import { createSamlHandlers } from './saml-handlers';
import { createConfigStore } from '../store/config-store';
import { createLoginPrompts, type LoginPromptService } from './login-prompts';

export interface AppDeps {
  shell: 'electron' | 'browser';
  dataDir: string;
  vault: SecretVault;
  authWindow: AuthWindow;
  /** Every main-side HTTP request (issuer check, test login) goes through it: net.fetch, or browser mode's node-fetch. */
  fetch: HttpFetch;
  clipboard: ClipboardPort;
  opener: ExternalOpener;
  exportPicker: ExportTargetPicker;
  /** Prints the evidence report to PDF (both shells wire one; without it only HTML reports can be made). */
  reportPrinter?: ReportPrinter;
  emit: EmitEvent;
  clock: Clock;
  /** Network timeout for issuer checks and token calls (ms). */
  networkTimeoutMs?: number;
  /** How long a login window may stay open (ms). */
  loginTimeoutMs?: number;
  /** The login window's questions to the admin (Electron wires its login windows to it); made here when absent. */
  loginPrompts?: LoginPromptService;
}

export interface AppServices {
  handlers: Handlers;
  /** The questions the login window asks the admin (answered through answerLoginPrompt). */
  loginPrompts: LoginPromptService;
  /** Cancels running work (a test login) and releases resources; called on quit. */
  close(): Promise<void>;
}

export function createServices(deps: AppDeps): AppServices {
  const store = createConfigStore(deps.dataDir, { clock: deps.clock, appVersion: APP_VERSION });
  const configHandlers = createConfigHandlers({ ...deps, store });
  const loginPrompts = deps.loginPrompts ?? createLoginPrompts({ emit: deps.emit });
  const testHandlers = createTestHandlers({ ...deps, store, loginPrompts });
  const handlers: Handlers = {
    getAppInfo: async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      shell: deps.shell,
      platform: process.platform,
      dataDir: deps.dataDir,
    }),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw diagnosisError('EXTERNAL_URL_REFUSED', { url });
      await deps.opener.open(url);
      return { opened: true };
    },
    answerLoginPrompt: async ({ id, answer }) => {
      loginPrompts.answer(id, answer);
      return { accepted: true };
    },
    ...configHandlers.handlers,
    ...testHandlers.handlers,
    ...createRoleHandlers({ ...deps, store }),
    ...createReportHandlers({ ...deps, store }),
    ...createSamlHandlers(deps),
  };
  return {
    handlers,
    loginPrompts,
    close: async () => {
      await testHandlers.close();
      await configHandlers.close();
      await deps.authWindow.close?.();
    },
  };
}
