import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable, chromiumFlags } from '../main/browser/chromium-path';
import { startBrowserMode } from '../main/browser/browser-mode';
import { buildReferenceApp } from './reference-build';
import { startStaticServer } from './static-server';
(async () => {
  const browser = await chromium.launch({ executablePath: chromiumExecutable()!, args: chromiumFlags(), headless: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dbg-'));
  const ref = await startStaticServer(await buildReferenceApp(path.join(tmp, 'ref')));
  const app = await startBrowserMode({ dataDir: tmp, distDir: 'dist', open: false, headless: true, browser });
  for (let r = 0; r < 6; r++) for (const [name, url] of [['app', app.launchUrl], ['ref', ref.launchUrl]]) {
    const ctx = await browser.newContext(); const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'New configuration', exact: true }).click({ trial: true });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()!.slice(0, 14)}@${Math.round(e.startTime)}-${Math.round((e as PerformanceResourceTiming).responseEnd)}`);
      return `resp ${Math.round(nav.responseEnd)} dcl ${Math.round(nav.domContentLoadedEventEnd)} ${res.join(' ')} now ${Math.round(performance.now())}`;
    });
    console.log(name, t);
    await ctx.close();
  }
  await app.close(); await ref.close(); await browser.close();
})();
