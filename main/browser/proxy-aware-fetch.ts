/**
 * Browser mode's fetch port: the main side reaches the IdP the way the admin's browser does, through the
 * proxy (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, or `--proxy URL`, which overrides them) and trusting the OS store
 * (a TLS-inspecting proxy's corporate root is installed there) plus Node's bundled roots and `--ca-file` certs.
 * Node's global fetch does neither. undici's own `fetch` with its own dispatcher: the npm undici's dispatcher
 * mixed with Node 20's bundled global fetch is not a supported pairing.
 *
 * Loopback is never proxied (Chromium's default too): the sandbox IdPs and the bridge live there.
 * On a failure it names what only it knows: the proxy that refused or could not be reached, and who issued a
 * certificate it did not trust (peer-certificate-issuer.ts).
 */
import tls from 'node:tls';
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import type { HttpFetch } from '../core/ports';
import { classifyNetworkError, NetworkFailure } from '../core/oidc/http';
import { withFailureFacts } from '../core/oidc/failure-facts';
import { nodeExtraCertificates, osTrustedCertificates } from './os-trust-store';

export interface ProxyAwareFetchOptions {
  /** `--proxy URL`: every non-loopback request goes through it, whatever the environment says. */
  proxy?: string;
  /** Extra PEM certificates to trust (`--ca-file`). */
  extraCaPems?: string[];
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY, SSL_CERT_FILE and NODE_EXTRA_CA_CERTS are read (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** Bound of the diagnostic handshake that names an untrusted issuer. */
  issuerProbeMs?: number;
}

export interface ProxyAwareFetch {
  fetch: HttpFetch;
  /** The proxy used for https URLs, if any (for the startup line and diagnoses). */
  httpsProxy: string | undefined;
  close(): Promise<void>;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

export function createProxyAwareFetch(options: ProxyAwareFetchOptions = {}): ProxyAwareFetch {
  const env = options.env ?? process.env;
  const httpProxy = options.proxy ?? (env.http_proxy || env.HTTP_PROXY || undefined);
  const httpsProxy = options.proxy ?? (env.https_proxy || env.HTTPS_PROXY || undefined) ?? httpProxy;
  const envNoProxy = options.proxy ? '' : (env.no_proxy ?? env.NO_PROXY ?? '');
  // Built at the first request, not at start-up: reading the OS store and creating the agent cost ~20 ms that
  // the home screen does not need.
  let dispatcher: Dispatcher | undefined;
  const dispatcherNow = (): Dispatcher => {
    if (dispatcher) return dispatcher;
    const ca = [...new Set([...tls.rootCertificates, ...nodeExtraCertificates(env), ...osTrustedCertificates(env), ...(options.extraCaPems ?? [])])];
    dispatcher = new EnvHttpProxyAgent({
      // '' (not undefined): undici would read process.env again.
      httpProxy: httpProxy ?? '',
      httpsProxy: httpsProxy ?? '',
      noProxy: [envNoProxy, ...LOOPBACK].filter(Boolean).join(','),
      connect: { ca },
      requestTls: { ca },
      proxyTls: { ca },
    });
    return dispatcher;
  };
  const noProxyHosts = [...envNoProxy.split(/[,\s]/), ...LOOPBACK].map((h) => h.replace(/^\*?\./, '').replace(/:\d+$/, '').toLowerCase()).filter(Boolean);
  const proxyFor = (url: URL): string | undefined => {
    if (envNoProxy.trim() === '*') return undefined;
    const host = url.host.replace(/:\d*$/, '').toLowerCase();
    if (noProxyHosts.some((h) => host === h || host.endsWith(`.${h}`))) return undefined;
    return url.protocol === 'https:' ? httpsProxy : httpProxy;
  };

  const portFetch: HttpFetch = async (input, init) => {
    // Core (and openid-client's customFetch) pass a URL and an init; a Request's own method and body would be lost.
    if (typeof input !== 'string' && !(input instanceof URL)) throw new TypeError('the fetch port takes a URL and an init, not a Request');
    const url = new URL(input);
    try {
      return (await undiciFetch(url, { ...(init as object), dispatcher: dispatcherNow() } as Parameters<typeof undiciFetch>[1])) as unknown as Response;
    } catch (err) {
      throw await describe(err, url, proxyFor(url), options.issuerProbeMs ?? 3000, init?.signal ?? undefined);
    }
  };
  return { fetch: portFetch, httpsProxy, close: async () => dispatcher?.close() };
}

/** The failure with the proxy named (its refusal, or that it could not be reached) and an untrusted issuer read. */
async function describe(err: unknown, url: URL, proxy: string | undefined, probeMs: number, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return err;
  const failure = classifyNetworkError(err);
  const proxyHost = proxy ? safeProxyHost(proxy) : undefined;
  if (proxyHost && (failure.kind === 'refused' || failure.kind === 'dns')) {
    // Through a proxy this process only ever connects to the proxy: the errno is about it, nothing reached the IdP.
    return new NetworkFailure('proxy', failure.detail, { proxy: proxyHost, proxyUnreachable: true });
  }
  if (failure.kind === 'network') return err;
  return withFailureFacts(failure, url.href, { proxy: () => (proxy && proxyHost ? { host: proxyHost, url: proxy } : undefined), probeMs });
}

/** host:port of the proxy, without credentials. */
function safeProxyHost(proxy: string): string {
  try {
    const u = new URL(proxy);
    return `${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
  } catch {
    return 'the configured proxy';
  }
}
