/** What run.ts hands every measurement. */
import type { Browser } from 'playwright-core';

export interface BenchContext {
  /** One headless Chromium shared by the app, its login windows and every reference. */
  browser: Browser;
  /** The built app (npm run build): dist/renderer, dist/browser/preload.js. */
  distDir: string;
  /** A temp folder for this run; removed at the end. */
  tmpDir: string;
  warmup: number;
  runs: number;
  /** Quick mode (--quick): fewer runs and sizes, to check the harness itself. */
  quick: boolean;
  log(message: string): void;
}
