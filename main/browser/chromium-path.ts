/**
 * Finds a Chromium or Chrome to drive with playwright-core (its own browser
 * download is not used). `CHROME_PATH` wins; then the usual install locations.
 */
import fs from 'node:fs';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  return (CANDIDATES[process.platform] ?? []).find((p) => fs.existsSync(p)) ?? null;
}

/**
 * Flags that keep Chromium quiet on a closed network. Chromium's sandbox cannot
 * start as root (CI containers), so only then is it turned off: on a user's
 * desktop the login page keeps Chromium's sandbox.
 */
export function chromiumFlags(): string[] {
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [...(runningAsRoot ? ['--no-sandbox'] : []), ...QUIET_FLAGS];
}

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
