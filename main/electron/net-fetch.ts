/**
 * Electron's fetch port: `net.fetch`, Chromium's network stack in the main process, so discovery, JWKS and the
 * token exchange go the way the login window does: the system proxy, PAC files, NTLM/Kerberos proxy sign-in, the
 * OS trust store (where IT installs a TLS-inspecting proxy's root). Node's fetch does none of that, and the release
 * fuse that disables NODE_OPTIONS also disables NODE_EXTRA_CA_CERTS.
 *
 * What it does not trust: `Response.url` and `.type` (Electron's docs: "incorrect"; it is empty), so core never
 * reads a final URL (oidc/http.ts). Every request omits cookies and the HTTP cache: the main side's calls must not
 * ride on whatever the default session holds. On a failure it names the proxy Chromium chose for the URL
 * (`session.resolveProxy`), and after an untrusted-authority error who issued the chain, read through that proxy.
 */
import type { Net, Session } from 'electron';
import type { HttpFetch } from '../core/ports';
import { classifyNetworkError } from '../core/oidc/http';
import { withFailureFacts } from '../core/oidc/failure-facts';
import type { peerCertificateIssuer } from '../core/oidc/peer-certificate-issuer';

export interface ElectronNetFetchDeps {
  net: Pick<Net, 'fetch'>;
  session: { defaultSession: Pick<Session, 'resolveProxy'> };
  /** Bound of the diagnostic handshake that names an untrusted issuer. */
  issuerProbeMs?: number;
  /** Reads the issuer of the chain a host presents (tests hand in their own). */
  probeIssuer?: typeof peerCertificateIssuer;
}

export function createElectronNetFetch(deps: ElectronNetFetchDeps): HttpFetch {
  return async (input, init) => {
    try {
      // `cache` is honoured by net.fetch (it hands req.cache to Chromium) though electron.d.ts's RequestInit omits it.
      return await deps.net.fetch(input as string | Request, { ...init, credentials: 'omit', cache: 'no-store' } as RequestInit);
    } catch (err) {
      if (init?.signal?.aborted) throw err;
      const failure = classifyNetworkError(err);
      if (failure.kind === 'network') throw err;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      throw await withFailureFacts(failure, url, {
        proxy: () => chosenProxy(deps.session.defaultSession, url),
        probeMs: deps.issuerProbeMs ?? 3000,
        probeIssuer: deps.probeIssuer,
      });
    }
  };
}

/** Chromium's proxy for this URL: "DIRECT", or "PROXY host:port; …" (the first HTTP proxy is the one tried). */
async function chosenProxy(session: Pick<Session, 'resolveProxy'>, url: string): Promise<{ host: string; url: string } | undefined> {
  try {
    const rule = (await session.resolveProxy(url)).split(';').map((r) => r.trim()).find((r) => /^(PROXY|HTTPS) /.test(r));
    if (!rule) return undefined;
    const [scheme, host] = rule.split(/\s+/) as [string, string];
    return { host, url: `${scheme === 'HTTPS' ? 'https' : 'http'}://${host}` };
  } catch {
    return undefined;
  }
}
