/**
 * The browser-mode bridge: one loopback HTTP server that serves the built
 * renderer and carries the contract (POST /api/call/<name> for calls, a
 * server-sent event stream at /api/events for events). Every request passes
 * the request guard first; every call goes through the same `dispatch` as
 * Electron's IPC.
 */
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { events, type EventName, type EventPayload } from '../../common/contract';
import { dispatch, type Handlers } from '../core/app/dispatch';
import { diagnose } from '../../common/diagnosis';
import { checkRequest, sameSecret, SESSION_COOKIE } from './request-guard';
import { CONTENT_SECURITY_POLICY } from '../core/app/content-security-policy';
import { mimeTypeFor } from '../core/app/mime-types';

export interface BridgeServerOptions {
  handlers: Handlers;
  /** The built renderer (index.html + assets). */
  staticDir: string;
  /** The browser-mode preload script, served as /preload.js and injected into index.html. */
  preloadFile: string;
  token: string;
  port?: number;
  /** Largest request body accepted (bytes). */
  maxBodyBytes?: number;
}

export interface BridgeServer {
  /** The address our page lives at, e.g. http://127.0.0.1:51234 */
  origin: string;
  /** What a browser needs to connect (exchanges the token for a session cookie). */
  launchUrl: string;
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
  close(): Promise<void>;
}

/** Sent with every answer (bench/static-server.ts mirrors them for its reference page). */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

export async function startBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const maxBody = options.maxBodyBytes ?? 6 * 1024 * 1024;
  const staticRoot = path.resolve(options.staticDir);
  const indexHtml = injectPreload(await fs.readFile(path.join(staticRoot, 'index.html'), 'utf8'));
  const preloadJs = await fs.readFile(options.preloadFile);
  const streams = new Set<http.ServerResponse>();
  let hostHeader = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ ok: false, error: diagnose('INTERNAL_ERROR') }));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://placeholder');

    // The launch URL: the token moves into the fragment, where only our preload reads it (it is never
    // sent to a server again), and into an HttpOnly cookie that unlocks the static bundle.
    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      const token = url.searchParams.get('token') ?? '';
      if (req.headers.host !== hostHeader || !sameSecret(token, options.token)) return refuse(res, 401, 'missing or wrong token');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: `/#bridge-token=${options.token}`,
        'Set-Cookie': `${SESSION_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return res.end();
    }

    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkRequest(req.headers, { host: hostHeader, token: options.token, acceptCookie: !isApi });
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);

    if (isApi) {
      if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
        const name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
          return sendJson(res, 415, { ok: false, error: diagnose('INVALID_INPUT', { reason: 'expected application/json' }) });
        }
        const body = await readBody(req, maxBody);
        if (body === null) {
          return sendJson(res, 413, { ok: false, error: diagnose('INVALID_INPUT', { reason: `request larger than ${maxBody} bytes` }) });
        }
        let input: unknown;
        try {
          input = body.length === 0 ? {} : JSON.parse(body);
        } catch {
          return sendJson(res, 400, { ok: false, error: diagnose('INVALID_INPUT', { reason: 'body is not JSON' }) });
        }
        return sendJson(res, 200, await dispatch(options.handlers, name, input));
      }
      if (req.method === 'GET' && url.pathname === '/api/events') return openEventStream(res);
      return sendJson(res, 404, { ok: false, error: diagnose('UNKNOWN_CALL', { path: url.pathname.slice(0, 80) }) });
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, mimeTypeFor('index.html'), indexHtml, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    }
    if (url.pathname === '/preload.js') return send(res, 200, mimeTypeFor('preload.js'), preloadJs);
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return refuse(res, 400, 'bad path');
    }
    const file = path.resolve(staticRoot, '.' + path.posix.normalize('/' + decoded));
    if (!file.startsWith(staticRoot + path.sep) || decoded.includes('\0')) return refuse(res, 404, 'not found');
    try {
      const data = await fs.readFile(file);
      return send(res, 200, mimeTypeFor(file), data);
    } catch {
      return refuse(res, 404, 'not found');
    }
  }

  function openEventStream(res: http.ServerResponse) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `127.0.0.1:${port}`;
  const origin = `http://${hostHeader}`;

  return {
    origin,
    launchUrl: `${origin}/?token=${options.token}`,
    emit(name, payload) {
      const checked = events[name].safeParse(payload);
      if (!checked.success) return; // never send a shape the UI did not agree to
      const frame = `event: ${name}\ndata: ${JSON.stringify(checked.data)}\n\n`;
      for (const res of streams) res.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Loads our preload before the app's own scripts, like Electron's preload does.
 * `defer`: it downloads alongside the app's module script instead of blocking
 * the parser, and still runs first (deferred and module scripts run in order).
 */
function injectPreload(html: string): string {
  const tag = '<script defer src="/preload.js"></script>';
  return html.includes('<head>') ? html.replace('<head>', `<head>\n    ${tag}`) : tag + html;
}

function readBody(req: http.IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function refuse(res: http.ServerResponse, status: number, reason: string) {
  sendJson(res, status, { ok: false, error: diagnose('FORBIDDEN_SENDER', { reason }) });
}
