/**
 * Copies a secret to the clipboard and clears it again after a while, but only
 * if the clipboard still holds that secret (the admin may have copied something
 * else meanwhile). Only a hash of the secret is kept while waiting. When the
 * clear itself fails, the promise was not kept: `onClearFailed` says so (the
 * UI shows it), rather than leaving the admin to believe it.
 */
import { createHash } from 'node:crypto';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import type { ClipboardPort } from '../ports';

export const CLIPBOARD_CLEAR_MS = 30_000;
const CLEAR_ATTEMPTS = 3;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export interface SecretClipboard {
  /** Writes the secret; returns after it is on the clipboard. */
  copy(secret: string): Promise<{ clearsAfterMs: number }>;
  /** Clears now if the clipboard still holds a copied secret (on quit). */
  close(): Promise<void>;
}

export function createSecretClipboard(
  clipboard: ClipboardPort,
  clearAfterMs = CLIPBOARD_CLEAR_MS,
  onClearFailed: (problem: Diagnosis) => void = () => {},
): SecretClipboard {
  let pending: { timer: NodeJS.Timeout; hash: string } | undefined;

  async function clearIfStillOurs(hash: string): Promise<void> {
    try {
      // X11 clipboard tools hand the selection over asynchronously (a loaded machine showed the secret still
      // there right after a clear): look again after each clear, and say so if it never took.
      for (let attempt = 0; attempt < CLEAR_ATTEMPTS; attempt++) {
        if (digest(await clipboard.readText()) !== hash) return;
        await clipboard.writeText('');
      }
      if (digest(await clipboard.readText()) === hash) {
        onClearFailed(diagnose('CLIPBOARD_NOT_CLEARED', { reason: `the clipboard still held the secret after ${CLEAR_ATTEMPTS} clears` }));
      }
    } catch (err) {
      // The clipboard tool was unavailable at clear time: the secret may still be there, and the admin must know.
      const reason = err instanceof Error ? err.message.slice(0, 200) : 'failed';
      onClearFailed(diagnose('CLIPBOARD_NOT_CLEARED', { reason }));
    }
  }

  return {
    async copy(secret) {
      await clipboard.writeText(secret);
      if (pending) clearTimeout(pending.timer);
      const hash = digest(secret);
      const timer = setTimeout(() => {
        if (pending?.hash === hash) pending = undefined;
        void clearIfStillOurs(hash);
      }, clearAfterMs);
      timer.unref?.(); // never keeps the app alive on quit; close() clears instead
      pending = { timer, hash };
      return { clearsAfterMs: clearAfterMs };
    },
    async close() {
      if (!pending) return;
      const { timer, hash } = pending;
      pending = undefined;
      clearTimeout(timer);
      await clearIfStillOurs(hash);
    },
  };
}
