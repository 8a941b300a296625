import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The packages scripts/setup.sh installs, with and without --test, read by bash from the script itself. */
function setupPackages(flag: string): string[] {
  const script = `set -- ${flag}; eval "$(sed -n '/^packages=/,/^\\[ .*--test/p' scripts/setup.sh)"; echo "\${packages[@]}"`;
  return execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' }).trim().split(/\s+/);
}

describe('scripts/setup.sh', () => {
  it('the README’s first command (no --test) installs what `npm run demo` needs: a keychain it can start (dbus, gnome-keyring)', () => {
    const base = setupPackages('');
    expect(base).toEqual(expect.arrayContaining(['chromium', 'libsecret-1-dev', 'dbus', 'gnome-keyring']));
    expect(base).not.toContain('xvfb');
  });

  it('--test adds what only the tests need', () => {
    expect(setupPackages('--test')).toEqual(expect.arrayContaining(['dbus', 'gnome-keyring', 'xvfb', 'xclip', 'poppler-utils']));
  });
});
