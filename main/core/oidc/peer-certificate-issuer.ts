/**
 * After a TLS failure, who issued the certificate the host presented: undici's and Chromium's errors say only
 * "unable to get local issuer certificate", and the admin needs the authority's name (a TLS-inspecting proxy's
 * corporate root, usually) to know what to trust. One bounded, diagnostic handshake that verifies nothing and sends
 * nothing but the handshake: through the same proxy with a manual CONNECT when one is used, then
 * `rejectUnauthorized: false` and `getPeerCertificate(true)`. Never throws; undefined when it cannot tell.
 */
import net from 'node:net';
import tls from 'node:tls';

export interface PeerIssuerOptions {
  /** The proxy the failed request went through (http://[user:pass@]host:port), if any. */
  proxy?: string;
  timeoutMs: number;
}

export async function peerCertificateIssuer(url: string, options: PeerIssuerOptions): Promise<string | undefined> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  if (target.protocol !== 'https:') return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 443);
  const sockets: net.Socket[] = [];
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.timeoutMs);
  });
  const attempt = (async () => {
    const raw = options.proxy ? await tunnel(options.proxy, host, port, sockets) : undefined;
    const secure = tls.connect({
      ...(raw ? { socket: raw } : { host, port }),
      ...(net.isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
    });
    sockets.push(secure);
    await new Promise<void>((resolve, reject) => {
      secure.once('secureConnect', resolve);
      secure.once('error', reject);
    });
    return issuerName(secure.getPeerCertificate(true));
  })().catch(() => undefined);
  try {
    return await Promise.race([attempt, bound]);
  } finally {
    clearTimeout(timer);
    // The TLS socket before the raw one under it: the other order crashes Node 20 at exit (SIGSEGV, measured).
    for (const s of [...sockets].reverse()) s.destroy();
  }
}

/** The top of the presented chain names the authority the client was asked to trust. */
function issuerName(leaf: tls.DetailedPeerCertificate): string | undefined {
  if (!leaf || !leaf.subject) return undefined;
  let top = leaf;
  for (let depth = 0; depth < 10 && top.issuerCertificate && top.issuerCertificate !== top && top.issuerCertificate.subject; depth++) {
    top = top.issuerCertificate;
  }
  const issuer = top.issuer ?? top.subject;
  const parts = [issuer.CN && `CN=${first(issuer.CN)}`, issuer.O && `O=${first(issuer.O)}`].filter(Boolean);
  return parts.length ? parts.join(', ').slice(0, 200) : undefined;
}

const first = (v: string | string[]) => (Array.isArray(v) ? v[0] : v);

/** An HTTP CONNECT tunnel through the proxy; rejects unless it answers 200. */
async function tunnel(proxyUrl: string, host: string, port: number, sockets: net.Socket[]): Promise<net.Socket> {
  const proxy = new URL(proxyUrl);
  const socket = net.connect({ host: proxy.hostname.replace(/^\[|\]$/g, ''), port: Number(proxy.port || 80) });
  sockets.push(socket);
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const auth = proxy.username ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n` : '';
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
      resolve();
    });
  });
  let head = Buffer.alloc(0);
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16 * 1024) reject(new Error('proxy answer too long'));
        return;
      }
      socket.off('data', onData);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'))?.[1]);
      if (status !== 200) return reject(new Error(`proxy answered ${status}`));
      const rest = head.subarray(end + 4);
      if (rest.length) socket.unshift(rest);
      resolve();
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error('proxy closed')));
  });
  return socket;
}
