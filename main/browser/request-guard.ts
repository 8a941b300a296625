/**
 * Who may talk to the browser-mode bridge. The server listens on loopback, but
 * loopback is shared with every other local process and with every web page
 * the user has open, so each request must prove it comes from our own page:
 *
 * - `Host` must be exactly our loopback address and port (defeats DNS rebinding);
 * - `Origin`, when the browser sends one, must be exactly our origin (defeats
 *   other sites and other loopback ports; cookies are not port-scoped);
 * - `Sec-Fetch-Site`, when sent, must be same-origin or none;
 * - the per-launch token must be presented. Bridge calls and events need it as
 *   a bearer token (our preload keeps it in sessionStorage, which is scoped to
 *   our exact origin). The session cookie our page gets for the launch URL only
 *   unlocks the static bundle: cookies are not port-scoped, so a browser would
 *   also send it to any other server on 127.0.0.1.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const SESSION_COOKIE = 'sso_assistant_session';

export type GuardVerdict =
  | { ok: true }
  | { ok: false; status: 400 | 401 | 403 | 421; reason: string };

export interface GuardOptions {
  /** e.g. `127.0.0.1:51234` */
  host: string;
  token: string;
  /** Whether the session cookie counts as the token (static files only). */
  acceptCookie?: boolean;
}

export function checkRequest(headers: IncomingHttpHeaders, options: GuardOptions): GuardVerdict {
  if (headers.host !== options.host) return { ok: false, status: 421, reason: 'foreign Host header' };
  const origin = headers.origin;
  const ownOrigin = `http://${options.host}`;
  if (origin !== undefined && origin !== ownOrigin) return { ok: false, status: 403, reason: 'foreign Origin' };
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: `cross-site request (${String(site)})` };
  }
  const presented = bearerToken(headers) ?? (options.acceptCookie ? cookieValue(headers.cookie, SESSION_COOKIE) : undefined);
  if (presented === undefined || !sameSecret(presented, options.token)) {
    return { ok: false, status: 401, reason: 'missing or wrong token' };
  }
  return { ok: true };
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  if (typeof auth !== 'string') return undefined;
  const m = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(auth);
  return m?.[1];
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
