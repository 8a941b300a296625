/**
 * The app page's Content Security Policy, shared by both shells (Electron's
 * app:// protocol and the browser-mode server). Only our own bundled files run;
 * the renderer makes no network requests beyond its own origin (browser mode's
 * bridge lives there).
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** What both shells send as the page's Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * The same policy for the page's meta tag, a second line of defence should a
 * header ever be lost. `frame-ancestors` is header-only: in a meta tag Chromium
 * ignores it and logs a warning on every load.
 */
export const META_CONTENT_SECURITY_POLICY = PAGE_DIRECTIVES.join('; ');
