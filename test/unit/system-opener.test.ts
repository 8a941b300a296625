/**
 * Browser mode's opener says what really happened: a launcher that fails
 * (xdg-open's exit 3: no handler) or is missing gives EXTERNAL_OPEN_FAILED
 * with the tool and the address to open by hand. Real child processes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosisError } from '../../common/diagnosis';
import { createSystemOpener } from '../../main/browser/system-opener';

function launcher(exitCode: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opener-')), 'xdg-open');
  fs.writeFileSync(file, `#!/bin/sh\nexit ${exitCode}\n`, { mode: 0o755 });
  return file;
}

async function failure(open: () => Promise<void>): Promise<DiagnosisError> {
  try {
    await open();
  } catch (err) {
    if (err instanceof DiagnosisError) return err;
    throw err;
  }
  throw new Error('opened');
}

describe('system opener', () => {
  const url = 'https://huggingface.co/organizations/acme/settings/sso';

  it('resolves when the launcher hands the address over (exit 0)', async () => {
    await expect(createSystemOpener('linux', { command: launcher(0) }).open(url)).resolves.toBeUndefined();
  });

  it('reports a launcher that could not open it (xdg-open exit 3), with the address', async () => {
    const err = await failure(() => createSystemOpener('linux', { command: launcher(3) }).open(url));
    expect(err.diagnosis.code).toBe('EXTERNAL_OPEN_FAILED');
    expect(err.diagnosis.evidence).toMatchObject({ exitCode: '3', url });
    expect(err.diagnosis.fix[0]).toMatch(/Open the address below/);
  });

  it('reports a missing launcher', async () => {
    const err = await failure(() => createSystemOpener('linux', { command: '/nonexistent/xdg-open' }).open(url));
    expect(err.diagnosis.evidence.reason).toMatch(/not installed/);
  });
});
