import { describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  cannotStartReason,
  electronChildEnv,
  electronExecutable,
  hasDisplay,
  startupFailureReason,
} from '../../scripts/electron-launch.mjs';

const exe = '/repo/node_modules/electron/dist/electron';
const helper = '/repo/node_modules/electron/dist/chrome-sandbox';

/** /proc as Ubuntu 24.04 has it (AppArmor restricts unprivileged user namespaces), or as Debian has it. */
const ubuntu2404 = (file: string) => {
  if (file === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns') return '1\n';
  throw new Error('ENOENT');
};
const debian = (file: string) => {
  if (file === '/proc/sys/kernel/unprivileged_userns_clone') return '1\n';
  if (file === '/proc/sys/user/max_user_namespaces') return '63000\n';
  throw new Error('ENOENT');
};
const base = { platform: 'linux' as const, env: { DISPLAY: ':0' }, uid: 1000, args: [] as string[], executable: exe };

describe('npm start: why an installed Electron cannot start here', () => {
  it('no display on Linux; macOS and Windows always have one', () => {
    expect(cannotStartReason({ ...base, env: {}, readText: debian, stat: () => null })).toMatch(/no display/i);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('root without --no-sandbox is refused (Chromium would abort), with the advice not to disable the sandbox', () => {
    const why = cannotStartReason({ ...base, uid: 0, readText: debian, stat: () => null });
    expect(why).toMatch(/running as root/);
    expect(why).toMatch(/not recommended/);
    expect(cannotStartReason({ ...base, uid: 0, args: ['--no-sandbox'], readText: debian, stat: () => null })).toBeNull();
  });

  it('Ubuntu 24.04: restricted user namespaces and a chrome-sandbox that is not setuid root (electron#42510), with the fix', () => {
    const why = cannotStartReason({ ...base, readText: ubuntu2404, stat: (f) => (f === helper ? { uid: 1000, mode: 0o100755 } : null) });
    expect(why).toContain('electron/electron#42510');
    expect(why).toContain(`sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"`);
  });

  it('the same system with chrome-sandbox setuid root, or with user namespaces allowed, starts', () => {
    expect(cannotStartReason({ ...base, readText: ubuntu2404, stat: () => ({ uid: 0, mode: 0o104755 }) })).toBeNull();
    expect(cannotStartReason({ ...base, readText: debian, stat: () => ({ uid: 1000, mode: 0o100755 }) })).toBeNull();
    // Root-owned but not setuid is still broken.
    expect(cannotStartReason({ ...base, readText: ubuntu2404, stat: () => ({ uid: 0, mode: 0o100755 }) })).toContain('42510');
  });

  it('reads what Chromium printed when it exited at once', () => {
    expect(
      startupFailureReason(
        '[1234:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I\'m aborting now.',
      ),
    ).toMatch(/chrome-sandbox/);
    expect(startupFailureReason('[0101/ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY')).toMatch(/no display/);
    expect(startupFailureReason('electron: error while loading shared libraries: libnss3.so: cannot open shared object file')).toContain('libnss3.so');
    expect(startupFailureReason('App threw an error during load\nTypeError: x is not a function')).toBeNull();
  });
});

describe('npm start: which binary, and its environment', () => {
  const files = new Map([
    ['/repo/node_modules/electron/path.txt', 'electron'],
    [exe, ''],
    ['/opt/electron-45/electron', ''],
  ]);
  const exists = (f: string) => files.has(f);
  const readText = (f: string) => files.get(f) ?? '';
  const electronDir = '/repo/node_modules/electron';

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does, and never names a missing file', () => {
    expect(electronExecutable({ electronDir, env: {}, exists, readText })).toBe(exe);
    expect(electronExecutable({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' }, exists, readText })).toBe(
      path.join('/opt/electron-45', 'electron'),
    );
    expect(electronExecutable({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, exists, readText })).toBeNull();
    expect(electronExecutable({ electronDir, env: {}, exists: (f) => f !== exe && exists(f), readText })).toBeNull();
  });

  it('drops an inherited ELECTRON_RUN_AS_NODE (it would start Electron as plain Node) and keeps the rest', () => {
    const env = electronChildEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/usr/bin' });
    expect(env).toEqual({ PATH: '/usr/bin' });
  });
});

describe('the data folder override (both shells)', () => {
  it('--data-dir DIR, --data-dir=DIR and SSO_ASSISTANT_DATA_DIR, made absolute; the flag wins', async () => {
    const { dataDirOverride } = await import('../../main/core/app/data-dir');
    expect(dataDirOverride(['/opt/electron', 'main.cjs', '--data-dir', 'rel/dir'], {}, '/home/a')).toBe('/home/a/rel/dir');
    expect(dataDirOverride(['--no-sandbox', '--data-dir=/tmp/x'], { SSO_ASSISTANT_DATA_DIR: '/tmp/env' })).toBe('/tmp/x');
    expect(dataDirOverride(['app'], { SSO_ASSISTANT_DATA_DIR: '/tmp/env' })).toBe('/tmp/env');
    expect(dataDirOverride(['app', '--data-dir'], { SSO_ASSISTANT_DATA_DIR: ' ' })).toBeNull();
  });
});

describe('the display rule is the same for both shells', () => {
  it('browser mode (main/browser/display.ts) and npm start (scripts/electron-launch.mjs) agree', async () => {
    const browser = await import('../../main/browser/display');
    const cases: Array<[NodeJS.ProcessEnv, NodeJS.Platform]> = [[{}, 'linux'], [{ DISPLAY: ':0' }, 'linux'], [{ WAYLAND_DISPLAY: 'w' }, 'freebsd'], [{}, 'darwin'], [{}, 'win32']];
    for (const [env, platform] of cases) expect(browser.hasDisplay(env, platform)).toBe(hasDisplay(env, platform));
  });
});
