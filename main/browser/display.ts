/**
 * Whether a window can be shown: Linux and the BSDs draw on X11 or Wayland;
 * without either a headed Chromium cannot start. (`npm start` asks the same
 * of the Electron binary in scripts/electron-launch.mjs, which runs before
 * any build and so keeps its own two lines.)
 */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export const NO_DISPLAY_HELP = 'no display: open this URL in a browser on this machine, or run under `xvfb-run`, or pass `--no-open`';
