/**
 * One bounded HTTP request: a timeout, the caller's AbortSignal, and a cap on
 * the body size, sent through the shell's fetch port (never Node's global
 * fetch). Failures come back as a `NetworkFailure` that says which layer
 * failed (DNS, connect, TLS, proxy, timeout, cancelled) so each gets its own
 * diagnosis.
 */
import type { HttpFetch } from '../ports';

/** The fetch port (ports.ts), under the name the oidc code has always used. */
export type FetchLike = HttpFetch;

export interface BoundedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes; longer bodies fail with kind 'too-large'. */
  maxBytes?: number;
  fetch: FetchLike;
}

export interface BoundedResponse {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  // No final URL: Electron's net.fetch documents Response.url as wrong (it is empty), and its
  // redirect: 'manual' rejects instead of answering the 3xx, so nothing here may depend on one.
}

export type NetworkFailureKind = 'dns' | 'tls' | 'refused' | 'proxy' | 'timeout' | 'cancelled' | 'too-large' | 'network';

/** What a fetch adapter knows and a bare errno does not say; all optional. */
export interface NetworkFailureFacts {
  /** The proxy (host:port) the request went through, when the failure is the proxy's. */
  proxy?: string;
  /** The proxy's answer to CONNECT (403, 407, 502…), when the stack says it. */
  proxyStatus?: number;
  /** The proxy itself could not be reached (refused, no such host): nothing reached the IdP. */
  proxyUnreachable?: boolean;
  /** TLS: the certificate chain was issued by an authority nobody here trusts. */
  untrustedIssuer?: boolean;
  /** TLS: who issued the top of the chain the host presented (its CN / O), read after the failure. */
  issuer?: string;
}

export class NetworkFailure extends Error {
  constructor(
    readonly kind: NetworkFailureKind,
    /** A short, non-sensitive description: an errno code or the error's class name. */
    readonly detail: string,
    readonly facts: NetworkFailureFacts = {},
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'NetworkFailure';
  }
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export async function boundedFetch(url: string, req: BoundedRequest): Promise<BoundedResponse> {
  if (req.signal?.aborted) throw new NetworkFailure('cancelled', 'cancelled before the request');
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  const onAbort = () => controller.abort();
  req.signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (err: unknown): never => {
    if (timedOut) throw new NetworkFailure('timeout', `no answer within ${req.timeoutMs} ms`);
    if (req.signal?.aborted) throw new NetworkFailure('cancelled', 'cancelled');
    if (err instanceof NetworkFailure) throw err;
    throw classifyNetworkError(err);
  };
  try {
    let res: Response;
    try {
      res = await req.fetch(url, {
        method: req.method ?? 'GET',
        headers: req.headers,
        body: req.body,
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch (err) {
      return fail(err);
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      controller.abort();
      throw new NetworkFailure('too-large', `body of ${declared} bytes exceeds ${maxBytes}`);
    }
    let text: string;
    try {
      text = await readCapped(res, maxBytes, controller);
    } catch (err) {
      return fail(err);
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, text };
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => {});
      throw new NetworkFailure('too-large', `body exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'EADDRNOTAVAIL']);
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_OSSL|EPROTO$|HOSTNAME_MISMATCH)/;
/** OpenSSL's words for "the chain ends at an authority this trust store does not hold". */
export const UNTRUSTED_ISSUER_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);
/** undici's ProxyAgent when the proxy answers CONNECT with anything but 200. */
const UNDICI_PROXY_STATUS = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/;
/** Chromium's net errors (Electron's net.fetch rejects with `net::ERR_…`). */
const CHROMIUM_ERROR = /net::(ERR_[A-Z_]+)/;
const CHROMIUM_KIND: Record<string, NetworkFailureKind> = {
  ERR_NAME_NOT_RESOLVED: 'dns',
  ERR_NAME_RESOLUTION_FAILED: 'dns',
  ERR_CONNECTION_REFUSED: 'refused',
  ERR_CONNECTION_RESET: 'refused',
  ERR_CONNECTION_CLOSED: 'refused',
  ERR_CONNECTION_FAILED: 'refused',
  ERR_ADDRESS_UNREACHABLE: 'refused',
  ERR_INTERNET_DISCONNECTED: 'refused',
  ERR_CONNECTION_TIMED_OUT: 'timeout',
  ERR_TIMED_OUT: 'timeout',
  ERR_PROXY_CONNECTION_FAILED: 'proxy',
  ERR_TUNNEL_CONNECTION_FAILED: 'proxy',
  ERR_PROXY_AUTH_REQUESTED: 'proxy',
  ERR_PROXY_AUTH_UNSUPPORTED: 'proxy',
  ERR_PROXY_CERTIFICATE_INVALID: 'proxy',
  ERR_MANDATORY_PROXY_CONFIGURATION_FAILED: 'proxy',
  ERR_PAC_SCRIPT_FAILED: 'proxy',
};
const CHROMIUM_UNTRUSTED = new Set(['ERR_CERT_AUTHORITY_INVALID']);

/**
 * Walks an error's cause chain (undici wraps the errno error in `TypeError: fetch failed`;
 * openid-client wraps what the fetch port threw). A `NetworkFailure` an adapter threw is kept as it is.
 */
export function classifyNetworkError(err: unknown): NetworkFailure {
  let current: unknown = err;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current instanceof NetworkFailure) return current;
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (e.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') {
      return new NetworkFailure('timeout', code || 'TimeoutError');
    }
    if (DNS_CODES.has(code)) return new NetworkFailure('dns', code);
    if (TLS_CODE.test(code)) return new NetworkFailure('tls', code, UNTRUSTED_ISSUER_CODES.has(code) ? { untrustedIssuer: true } : {});
    if (REFUSED_CODES.has(code)) return new NetworkFailure('refused', code);
    const proxyStatus = UNDICI_PROXY_STATUS.exec(message);
    if (proxyStatus) return new NetworkFailure('proxy', `proxy answered ${proxyStatus[1]} to CONNECT`, { proxyStatus: Number(proxyStatus[1]) });
    const chromium = CHROMIUM_ERROR.exec(message)?.[1];
    if (chromium) {
      if (chromium.startsWith('ERR_CERT_') || chromium.startsWith('ERR_SSL_')) {
        return new NetworkFailure('tls', chromium, CHROMIUM_UNTRUSTED.has(chromium) ? { untrustedIssuer: true } : {});
      }
      const facts = chromium === 'ERR_PROXY_CONNECTION_FAILED' ? { proxyUnreachable: true } : chromium === 'ERR_PROXY_AUTH_REQUESTED' ? { proxyStatus: 407 } : {};
      return new NetworkFailure(CHROMIUM_KIND[chromium] ?? 'network', chromium, facts);
    }
    current = e.cause;
  }
  const name = err instanceof Error ? err.name : typeof err;
  return new NetworkFailure('network', name);
}
