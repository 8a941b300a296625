/**
 * One bounded HTTP request: a timeout, the caller's AbortSignal, and a cap on
 * the body size. Failures come back as a `NetworkFailure` that says which kind
 * (DNS, TLS, refused, timeout, cancelled) so each gets its own diagnosis.
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface BoundedRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes; longer bodies fail with kind 'too-large'. */
  maxBytes?: number;
  fetch?: FetchLike;
}

export interface BoundedResponse {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  /** The final URL after redirects. */
  url: string;
}

export type NetworkFailureKind = 'dns' | 'tls' | 'refused' | 'timeout' | 'cancelled' | 'too-large' | 'network';

export class NetworkFailure extends Error {
  constructor(
    readonly kind: NetworkFailureKind,
    /** A short, non-sensitive description: an errno code or the error's class name. */
    readonly detail: string,
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
      res = await (req.fetch ?? fetch)(url, {
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
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', headers: res.headers, text, url: res.url || url };
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

/** Walks an error's cause chain (undici wraps the errno error in `TypeError: fetch failed`). */
export function classifyNetworkError(err: unknown): NetworkFailure {
  let current: unknown = err;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; name?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : '';
    if (e.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT') {
      return new NetworkFailure('timeout', code || 'TimeoutError');
    }
    if (DNS_CODES.has(code)) return new NetworkFailure('dns', code);
    if (TLS_CODE.test(code)) return new NetworkFailure('tls', code);
    if (REFUSED_CODES.has(code)) return new NetworkFailure('refused', code);
    current = e.cause;
  }
  const name = err instanceof Error ? err.name : typeof err;
  return new NetworkFailure('network', name);
}
