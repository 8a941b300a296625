/**
 * Where the app's own pages live: a custom `app://` scheme served from the
 * built renderer (never `file://`, never remote). One origin, named here once.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sso-assistant';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for URLs on the app's own origin. Compares scheme and host, not
 * `URL.origin`: Node's URL reports "null" as the origin of custom schemes.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password && !url.port;
}
