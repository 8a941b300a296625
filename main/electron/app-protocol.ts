/**
 * The `app://` protocol: serves the built renderer (dist/renderer) and nothing
 * else. Every answer carries the CSP; paths that try to leave the folder are
 * refused before the file system is touched, and checked again after resolving.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../core/app/content-security-policy';
import { mimeTypeFor } from '../core/app/mime-types';

/** Registered before `ready`: a standard scheme (relative URLs, origin) that counts as secure. */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

function securityHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...extra,
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }) });
}

/**
 * Maps a request URL to a file under `rootDir`, or says why not. Exported for
 * tests; the handler is the only caller.
 */
export function resolveAppPath(rootDir: string, rawUrl: string): { ok: true; file: string } | { ok: false; status: 403 | 404 } {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 };
  // Look at the raw path too: the URL parser folds plain `..` away, but encoded
  // separators and dots only become dangerous after decoding.
  const rawPath = url.pathname;
  if (/%2f|%5c|%00/i.test(rawPath) || rawPath.includes('\\')) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 403 };
  }
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\0'))) return { ok: false, status: 403 };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return { ok: false, status: 403 };
  return { ok: true, file };
}

export type AppProtocolHandler = (request: Request) => Promise<Response>;

export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveAppPath(root, request.url);
    if (!target.ok) return plain(target.status, target.status === 403 ? 'Forbidden' : 'Not found');
    try {
      // Refuse symlinks that lead out of the folder.
      const real = await fs.realpath(target.file);
      const realRoot = await fs.realpath(root);
      if (!real.startsWith(realRoot + path.sep)) return plain(403, 'Forbidden');
      const stat = await fs.stat(real);
      if (!stat.isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await fs.readFile(real);
      return new Response(body, { status: 200, headers: securityHeaders({ 'Content-Type': mimeTypeFor(real) }) });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** Registers the handler; call once, after `ready`. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
