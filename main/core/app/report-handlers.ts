/**
 * exportReport: the evidence report for one test or a configuration's whole
 * history, written where the admin chooses, as a self-contained HTML file or
 * a PDF printed from that same page by the shell.
 */
import { diagnosisError, DiagnosisError } from '../../../common/diagnosis';
import { buildReportData } from '../report/report-data';
import { renderReportHtml } from '../report/report-html';
import type { ConfigStore } from '../store/config-store';
import { writeFileAtomic } from '../store/atomic-write';
import type { Handlers } from './dispatch';
import type { AppDeps } from './services';
import { APP_VERSION } from './app-info';

export function createReportHandlers(deps: AppDeps & { store: ConfigStore }): Pick<Handlers, 'exportReport'> {
  return {
    exportReport: async ({ configId, testId, format, claims }) => {
      const config = await deps.store.get(configId);
      const history = await deps.store.history(configId);
      if (testId && !history.some((r) => r.id === testId)) throw diagnosisError('REPORT_TEST_NOT_FOUND', { testId });
      const now = new Date(deps.clock.now()).toISOString();
      const html = renderReportHtml(buildReportData({ config, history, testId, claims, now, appVersion: APP_VERSION }));
      let bytes: Uint8Array;
      if (format === 'html') bytes = new TextEncoder().encode(html);
      else {
        try {
          if (!deps.reportPrinter) throw diagnosisError('REPORT_PRINT_FAILED', { reason: 'this shell has no PDF printer' });
          bytes = await deps.reportPrinter.toPdf(html);
        } catch (err) {
          if (err instanceof DiagnosisError) throw err;
          throw diagnosisError('REPORT_PRINT_FAILED', { reason: err instanceof Error ? err.message.slice(0, 200) : 'unknown' });
        }
      }
      const stamp = now.replace(/[:.]/g, '-');
      const org = (config.orgId || 'configuration').replace(/[^A-Za-z0-9._-]/g, '_');
      const target = await deps.exportPicker.choose(`sso-evidence-${org}-${testId ? 'test-' : ''}${stamp}.${format}`);
      if (!target) throw diagnosisError('EXPORT_CANCELLED');
      try {
        await writeFileAtomic(target, bytes);
      } catch (err) {
        throw diagnosisError('STORE_WRITE_FAILED', { action: 'report', file: target, reason: (err as NodeJS.ErrnoException).code ?? 'unknown' });
      }
      return { path: target, bytes: bytes.byteLength };
    },
  };
}
