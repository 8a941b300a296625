/** Which clipboard tool browser mode uses on each platform (the real X11 round-trip is in test/integration/store-clipboard.test.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipboardTools } from '../../main/browser/system-clipboard';

function binDir(...names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clip-bin-'));
  for (const n of names) fs.writeFileSync(path.join(dir, n), '#!/bin/sh\n', { mode: 0o755 });
  return dir;
}

describe.skipIf(process.platform === 'win32')('clipboard tool choice', () => {
  const all = binDir('wl-copy', 'wl-paste', 'xclip', 'xsel', 'pbcopy', 'pbpaste');

  it('prefers Wayland tools on Wayland, then xclip, then xsel on X11', () => {
    expect(clipboardTools({ PATH: all, WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, 'linux').map((t) => t.name)).toEqual(['wl-copy', 'xclip', 'xsel']);
    expect(clipboardTools({ PATH: all, DISPLAY: ':0' }, 'linux').map((t) => t.name)).toEqual(['xclip', 'xsel']);
    expect(clipboardTools({ PATH: binDir('xsel'), DISPLAY: ':0' }, 'linux').map((t) => t.name)).toEqual(['xsel']);
  });

  it('finds nothing without a display or without tools', () => {
    expect(clipboardTools({ PATH: all }, 'linux')).toEqual([]);
    expect(clipboardTools({ PATH: binDir(), DISPLAY: ':0' }, 'linux')).toEqual([]);
  });

  it('uses pbcopy/pbpaste on macOS and PowerShell on Windows, never passing text on the command line', () => {
    const mac = clipboardTools({ PATH: all }, 'darwin');
    expect(mac.map((t) => t.name)).toEqual(['pbcopy']);
    const win = clipboardTools({ PATH: all }, 'win32');
    expect(win[0]?.write.join(' ')).toMatch(/\[Console\]::In\.ReadToEnd\(\)/);
    for (const t of [...mac, ...win, ...clipboardTools({ PATH: all, DISPLAY: ':0', WAYLAND_DISPLAY: 'w' }, 'linux')]) {
      expect(t.write.some((a) => a.includes('%s') || a.includes('{text}'))).toBe(false);
    }
  });
});
