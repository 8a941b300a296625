/**
 * What a fetch adapter adds to a failure it classified (oidc/http.ts): the proxy it went through, when the
 * failure is the proxy's or a certificate's, and who issued a chain nobody here trusts (one diagnostic
 * handshake, peer-certificate-issuer.ts). Both shells' fetch ports end their failures here.
 */
import { NetworkFailure } from './http';
import { peerCertificateIssuer } from './peer-certificate-issuer';

export interface FailureContext {
  /** The proxy the request went through, if any: `host` (host:port, no credentials) for the diagnosis, `url` for the probe. Asked only when needed. */
  proxy: () => Promise<{ host: string; url: string } | undefined> | { host: string; url: string } | undefined;
  /** Bound of the diagnostic handshake. */
  probeMs: number;
  /** Reads the issuer of the chain a host presents (tests hand in their own). */
  probeIssuer?: typeof peerCertificateIssuer;
}

/** The failure with what only the adapter knows; any other failure as it is. */
export async function withFailureFacts(failure: NetworkFailure, url: string, ctx: FailureContext): Promise<NetworkFailure> {
  const untrusted = failure.kind === 'tls' && failure.facts.untrustedIssuer;
  if (failure.kind !== 'proxy' && !untrusted) return failure;
  const proxy = await ctx.proxy();
  const named = proxy ? { proxy: proxy.host } : {};
  if (failure.kind === 'proxy') return new NetworkFailure('proxy', failure.detail, { ...failure.facts, ...named });
  const issuer = await (ctx.probeIssuer ?? peerCertificateIssuer)(url, { proxy: proxy?.url, timeoutMs: ctx.probeMs });
  return new NetworkFailure('tls', failure.detail, { ...failure.facts, ...(issuer ? { issuer } : {}), ...named });
}
