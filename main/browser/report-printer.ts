/**
 * The ReportPrinter in browser mode: the report page (self-contained, no
 * script) in a throwaway headless Chromium, printed with the DevTools
 * protocol's Page.printToPDF. Headless because Chromium prints only there;
 * scripts and the network are off, so the page can do nothing but render.
 */
import { chromium } from 'playwright-core';
import type { ReportPrinter } from '../core/ports';
import { chromiumExecutable, chromiumFlags } from './chromium-path';

export function createChromiumReportPrinter(options: { executablePath?: string } = {}): ReportPrinter {
  return {
    async toPdf(html) {
      const executablePath = options.executablePath ?? chromiumExecutable();
      if (!executablePath) throw new Error('No Chromium or Chrome found; set CHROME_PATH');
      const browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags(), handleSIGINT: false, handleSIGTERM: false });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const cdp = await context.newCDPSession(page);
        const { data } = (await cdp.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true })) as { data: string };
        return new Uint8Array(Buffer.from(data, 'base64'));
      } finally {
        await browser.close().catch(() => undefined);
      }
    },
  };
}
