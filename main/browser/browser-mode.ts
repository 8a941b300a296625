/**
 * Browser mode's composition root: the same main-side services Electron runs,
 * in plain Node, behind the loopback bridge, with the UI and the login window
 * in Chromium. `start.ts` is the command line around it; end-to-end tests call
 * it directly so they can share their Chromium with the app.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServices, type AppServices } from '../core/app/services';
import { systemClock } from '../core/ports';
import { startBridgeServer, type BridgeServer } from './bridge-server';
import { createChromiumHost } from './chromium-host';
import { createBrowserAuthWindow } from './auth-window';
import { createKeytarVault } from '../core/secrets/keytar-vault';
import { createSystemClipboard } from './system-clipboard';
import { createDataDirExportPicker } from './export-picker';
import { createSystemOpener } from './system-opener';
import { createChromiumReportPrinter } from './report-printer';
import { readCaFile } from './ca-file';
import { chromiumNetworkArgs } from './chromium-network-args';
import { createProxyAwareFetch } from './proxy-aware-fetch';
import { checkProxyUrl } from './proxy-option';

export interface BrowserModeOptions {
  dataDir: string;
  /** Where the built app lives (dist/): renderer/ and browser/preload.js. */
  distDir: string;
  port?: number;
  /** Open the app window in Chromium (false: serve only). */
  open: boolean;
  /** Chromium windows the app opens run headless. */
  headless: boolean;
  /** Use this Chromium for the app and login windows (tests). */
  browser?: Browser;
  /** Sees each login window's page (tests fill the IdP's form through it). */
  onLoginPage?: (page: Page) => void;
  /** Called when the user closes the app window. */
  onAppWindowClosed?: () => void;
  networkTimeoutMs?: number;
  loginTimeoutMs?: number;
  /** `--proxy URL`: the main side and the login window's Chromium both use it (overrides HTTPS_PROXY / HTTP_PROXY). */
  proxy?: string;
  /** `--ca-file FILE`: PEM roots trusted in addition to the OS store and Node's (a CaFileError when unusable). */
  caFile?: string;
  /**
   * Make the next login window ahead when the UI asks (step 3 shown, a test ended). Default: when headless; a
   * headed Chromium would show the waiting page as an empty window. The bench turns it off to price it.
   */
  prepareLoginAhead?: boolean;
}

export interface BrowserMode {
  origin: string;
  launchUrl: string;
  appPage: Page | null;
  services: AppServices;
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const extraCaPems = options.caFile ? readCaFile(options.caFile) : [];
  if (options.proxy) checkProxyUrl(options.proxy);
  const network = createProxyAwareFetch({ proxy: options.proxy, extraCaPems });
  const host = createChromiumHost({ headless: options.headless, browser: options.browser, extraArgs: chromiumNetworkArgs({ proxy: options.proxy, caPems: extraCaPems }) });
  let bridge: BridgeServer | null = null;
  const services = createServices({
    shell: 'browser',
    dataDir: options.dataDir,
    vault: createKeytarVault(),
    authWindow: createBrowserAuthWindow({ getBrowser: host.getBrowser, onPage: options.onLoginPage, prepareAhead: options.prepareLoginAhead ?? options.headless }),
    fetch: network.fetch,
    clipboard: createSystemClipboard(),
    opener: createSystemOpener(),
    exportPicker: createDataDirExportPicker(options.dataDir),
    reportPrinter: createChromiumReportPrinter(),
    emit: (name, payload) => bridge?.emit(name, payload),
    clock: systemClock,
    networkTimeoutMs: options.networkTimeoutMs,
    loginTimeoutMs: options.loginTimeoutMs,
  });
  bridge = await startBridgeServer({
    handlers: services.handlers,
    staticDir: path.join(options.distDir, 'renderer'),
    preloadFile: path.join(options.distDir, 'browser', 'preload.js'),
    token: randomBytes(24).toString('base64url'),
    port: options.port,
  });

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await services.close();
    await bridge?.close();
    await host.close();
    await network.close();
  };

  let appPage: Page | null = null;
  if (options.open) {
    try {
      appPage = await host.openAppWindow(bridge.launchUrl, () => options.onAppWindowClosed?.());
    } catch (err) {
      await close();
      throw err;
    }
  }
  return { origin: bridge.origin, launchUrl: bridge.launchUrl, appPage, services, close };
}
