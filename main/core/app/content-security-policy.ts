/**
 * The app page's Content Security Policy, shared by both shells (Electron's
 * app:// protocol and the browser-mode server). Only our own bundled files run;
 * the renderer makes no network requests beyond its own origin (browser mode's
 * bridge lives there).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
