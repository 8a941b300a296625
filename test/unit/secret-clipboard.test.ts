/**
 * The secret clipboard's clear, against a small in-memory clipboard that stands
 * for an X11 tool handing the selection over late (the real xclip path is in
 * test/integration/store-clipboard.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../common/contract';
import { createSecretClipboard } from '../../main/core/secrets/secret-clipboard';
import type { ClipboardPort } from '../../main/core/ports';

/** A clipboard whose first `lateClears` clears do not take (the old owner still answers). */
function lateClipboard(lateClears: number): ClipboardPort & { writes: string[] } {
  let text = '';
  let ignored = 0;
  const writes: string[] = [];
  return {
    writes,
    async writeText(value) {
      writes.push(value);
      if (value === '' && ignored < lateClears) {
        ignored++;
        return;
      }
      text = value;
    },
    async readText() {
      return text;
    },
  };
}

describe('secret clipboard clear', () => {
  it('looks again after a clear and clears again while the secret is still there', async () => {
    const clipboard = lateClipboard(1);
    const problems: Diagnosis[] = [];
    const copier = createSecretClipboard(clipboard, 60_000, (d) => problems.push(d));
    await copier.copy('s3cret');
    await copier.close();
    expect(await clipboard.readText()).toBe('');
    expect(clipboard.writes).toEqual(['s3cret', '', '']);
    expect(problems).toEqual([]);
  });

  it('says the clipboard was not cleared when the secret outlives every clear', async () => {
    const clipboard = lateClipboard(10);
    const problems: Diagnosis[] = [];
    const copier = createSecretClipboard(clipboard, 60_000, (d) => problems.push(d));
    await copier.copy('s3cret');
    await copier.close();
    expect(problems.map((p) => p.code)).toEqual(['CLIPBOARD_NOT_CLEARED']);
    expect(JSON.stringify(problems)).not.toContain('s3cret');
  });

  it('leaves alone what the admin copied afterwards', async () => {
    const clipboard = lateClipboard(0);
    const copier = createSecretClipboard(clipboard, 60_000);
    await copier.copy('s3cret');
    await clipboard.writeText('something else');
    await copier.close();
    expect(await clipboard.readText()).toBe('something else');
  });
});
