/**
 * The ExternalOpener port on `shell.openExternal`. The allow-list is checked
 * again here, at the last step before the OS hands the URL to a browser, so no
 * caller can skip it.
 */
import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../core/app/external-links';
import { diagnosisError } from '../../common/diagnosis';
import type { ExternalOpener } from '../core/ports';

export function createElectronOpener(shell: Pick<Shell, 'openExternal'>): ExternalOpener {
  return {
    open: async (url) => {
      if (!isAllowedExternalUrl(url)) throw diagnosisError('EXTERNAL_URL_REFUSED', { url });
      try {
        // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — the only openExternal call in the
        // app, reached only by https URLs on the allow-list (checked above).
        await shell.openExternal(url, { activate: true });
      } catch (err) {
        // shell.openExternal rejects when the OS has no handler: say so, with the address to open by hand.
        throw diagnosisError('EXTERNAL_OPEN_FAILED', { tool: 'shell.openExternal', reason: err instanceof Error ? err.message.slice(0, 200) : 'failed', url });
      }
    },
  };
}
