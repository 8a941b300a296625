/**
 * A loopback static server for the start-up reference, serving a built page
 * the way the browser-mode bridge serves the app: 127.0.0.1, the launch URL
 * `/?token=…` answered with a 303 to `/` and a cookie, the same headers
 * (no-store, nosniff, …), files read from disk on every request.
 */
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS as HEADERS } from '../main/browser/bridge-server';
import { mimeTypeFor } from '../main/core/app/mime-types';

export interface StaticServer {
  origin: string;
  launchUrl: string;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://placeholder');
      if (url.pathname === '/' && url.searchParams.has('token')) {
        res.writeHead(303, { ...HEADERS, Location: '/', 'Set-Cookie': 'bench=1; HttpOnly; SameSite=Strict; Path=/' });
        return res.end();
      }
      const rel = url.pathname === '/' ? '/index.html' : path.posix.normalize(decodeURIComponent(url.pathname));
      const file = path.resolve(root, '.' + rel);
      if (!file.startsWith(root + path.sep)) {
        res.writeHead(404, HEADERS);
        return res.end();
      }
      try {
        const data = await fs.readFile(file);
        res.writeHead(200, { ...HEADERS, 'Content-Type': mimeTypeFor(file) });
        res.end(data);
      } catch {
        res.writeHead(404, HEADERS);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    launchUrl: `${origin}/?token=bench`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
