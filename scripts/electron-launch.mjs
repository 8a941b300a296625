// What `npm start` needs to decide before and after launching the Electron
// binary, as pure functions of the environment (scripts/start.mjs runs them;
// test/unit/electron-launch.test.ts checks each against the real conditions
// that break a first launch).
import path from 'node:path';

/**
 * The Electron executable, the way the electron package's own index.js finds it
 * (ELECTRON_OVERRIDE_DIST_PATH first, then node_modules/electron/dist/<path.txt>),
 * but never triggering a download. `null` when it is not there.
 */
export function electronExecutable({ electronDir, env, exists, readText }) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = exists(pathFile) ? readText(pathFile).trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  const exe = override ? path.join(override, relative || 'electron') : relative ? path.join(electronDir, 'dist', relative) : null;
  return exe && exists(exe) ? exe : null;
}

/** The child's environment: an inherited ELECTRON_RUN_AS_NODE would start Electron as plain Node and fail on `require('electron')`. */
export function electronChildEnv(env) {
  const child = { ...env };
  delete child.ELECTRON_RUN_AS_NODE;
  return child;
}

/**
 * Linux and the BSDs draw windows on X11 or Wayland; without either, nothing can be shown. The same rule as
 * main/browser/display.ts (browser mode's), kept here because `npm start` runs this file before any build.
 */
export function hasDisplay(env, platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Why the installed binary cannot start here, known before launching it; `null` when it should.
 *
 * - no display;
 * - root without --no-sandbox (Chromium refuses: crbug.com/638180);
 * - no usable user namespaces (Ubuntu 24.04+ restricts them through AppArmor) while
 *   chrome-sandbox is not root-owned and setuid: Chromium aborts with "The SUID sandbox
 *   helper binary was found, but is not configured correctly" (electron/electron#42510).
 */
export function cannotStartReason({ platform, env, uid, args, executable, readText, stat }) {
  if (!hasDisplay(env, platform)) {
    return 'There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so Electron cannot open a window.';
  }
  if (platform !== 'linux') return null;
  const noSandbox = args.includes('--no-sandbox');
  if (uid === 0 && !noSandbox) {
    return (
      'It is running as root, and Chromium refuses to run as root with its sandbox on (crbug.com/638180). ' +
      'Run `npm start` as your own user; turning the sandbox off (`--no-sandbox`) is not recommended for a tool that handles client secrets.'
    );
  }
  if (noSandbox || !userNamespacesRestricted(readText)) return null;
  const helper = path.join(path.dirname(executable), 'chrome-sandbox');
  const info = stat(helper);
  if (!info) return null; // a build without the helper uses the namespace sandbox's own error path
  const setuidRoot = info.uid === 0 && (info.mode & 0o4000) !== 0;
  if (setuidRoot) return null;
  return (
    'This system does not let unprivileged programs create user namespaces (Ubuntu 24.04 and later restrict them through AppArmor), ' +
    `so Chromium needs its setuid sandbox helper, and ${helper} is not owned by root with mode 4755 (electron/electron#42510). ` +
    `To use the desktop shell: \`sudo chown root:root "${helper}" && sudo chmod 4755 "${helper}"\`, or install a packaged build (npm run dist), which sets this up.`
  );
}

/** True when this kernel refuses unprivileged user namespaces (AppArmor's restriction, Debian's old switch, or a zero limit). */
function userNamespacesRestricted(readText) {
  const read = (file) => {
    try {
      return readText(file).trim();
    } catch {
      return null;
    }
  };
  return (
    read('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
    read('/proc/sys/kernel/unprivileged_userns_clone') === '0' ||
    read('/proc/sys/user/max_user_namespaces') === '0'
  );
}

/** Errors Chromium prints when it cannot start at all, each with the sentence `npm start` says instead. */
const STARTUP_FAILURES = [
  [/SUID sandbox helper binary was found, but is not configured correctly/, 'Chromium\'s setuid sandbox helper (chrome-sandbox) is not owned by root with mode 4755 (electron/electron#42510).'],
  [/Running as root without --no-sandbox is not supported/, 'It is running as root, and Chromium refuses to run as root with its sandbox on.'],
  [/Missing X server or \$DISPLAY|cannot open display|Failed to connect to Wayland display/i, 'It found no display to open a window on.'],
  [/error while loading shared libraries: ([^\s:]+)/, (m) => `A system library it needs is missing (${m[1]}); install the packages listed in electron-builder.yml's deb section.`],
];

/** A known reason in what the binary printed before exiting, or `null`. */
export function startupFailureReason(stderr) {
  for (const [pattern, reason] of STARTUP_FAILURES) {
    const match = pattern.exec(stderr);
    if (match) return typeof reason === 'function' ? reason(match) : reason;
  }
  return null;
}

/** How long after launch an exit counts as "could not start" (falls back to browser mode) rather than "ran and quit". */
export const EARLY_EXIT_MS = 15_000;

/** The first-launch download's bound: a blocked network should cost 20 s, not minutes of silence. */
export const DOWNLOAD_TIMEOUT_MS = 20_000;
