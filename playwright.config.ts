import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumFlags } from './main/browser/chromium-path';

// End-to-end tests drive the app in browser mode with the system's Chromium
// (Playwright's own browser download is not available here). The `electron`
// project runs the Electron shell where its binary exists and skips, saying
// why, where it does not.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser-mode',
      testIgnore: /electron\/.*\.spec\.ts/,
      use: {
        launchOptions: { executablePath: chromiumExecutable() ?? undefined, args: chromiumFlags() },
        headless: true,
      },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
});
