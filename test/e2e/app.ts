/**
 * Starts the app in browser mode for an end-to-end test: the real main-side
 * services and bridge, in this process, sharing the test's Chromium so the
 * test can see (and fill in) the login window the app opens. Needs `dist/`
 * (npm test builds it first).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { startOktaLikeIdp, type OktaLikeIdp, type OktaLikeIdpOptions } from '../fixtures/okta-idp';
import { startBrowserMode, type BrowserMode } from '../../main/browser/browser-mode';

export interface TestApp {
  /** The app window, already on the home screen. */
  page: Page;
  app: BrowserMode;
  dataDir: string;
  /** Resolves with the next login window the app opens. */
  nextLoginPage(): Promise<Page>;
  close(): Promise<void>;
}

const distDir = path.resolve(__dirname, '../../dist');

export async function launchTestApp(browser: Browser, options: { dataDir?: string; loginTimeoutMs?: number } = {}): Promise<TestApp> {
  if (!fs.existsSync(path.join(distDir, 'browser', 'preload.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sso-e2e-'));
  const waiting: Array<(p: Page) => void> = [];
  const early: Page[] = [];
  const app = await startBrowserMode({
    dataDir,
    distDir,
    open: false,
    headless: true,
    browser: browser as unknown as import('playwright-core').Browser,
    loginTimeoutMs: options.loginTimeoutMs,
    onLoginPage: (p) => {
      const w = waiting.shift();
      if (w) w(p as unknown as Page);
      else early.push(p as unknown as Page);
    },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.launchUrl);
  return {
    page,
    app,
    dataDir,
    nextLoginPage: () => {
      const p = early.shift();
      return p ? Promise.resolve(p) : new Promise<Page>((resolve) => waiting.push(resolve));
    },
    close: async () => {
      await context.close();
      await app.close();
    },
  };
}

/**
 * A fresh Okta-like IdP and a fresh app for each test of the calling spec,
 * both stopped after it; `use` receives them (specs keep them in module lets).
 */
export function withAppAndIdpPerTest(use: (app: TestApp, idp: OktaLikeIdp) => void, options: { idp?: OktaLikeIdpOptions } = {}): void {
  let app: TestApp | undefined;
  let idp: OktaLikeIdp | undefined;
  test.beforeEach(async ({ browser }) => {
    idp = await startOktaLikeIdp(options.idp);
    app = await launchTestApp(browser);
    use(app, idp);
  });
  test.afterEach(async () => {
    await app?.close();
    await idp?.close();
  });
}
