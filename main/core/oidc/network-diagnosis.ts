/**
 * A network failure as the admin reads it: its own code per layer (DNS, connect, TLS, proxy, timeout), and a cause
 * that names the layer and the host, the proxy and its answer, the certificate's issuer, or the time bound waited.
 * The issuer check, the token exchange and the SAML metadata fetch share it; only their codes for the same layer differ.
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose, type DiagnosisCode } from '../../../common/diagnosis';
import type { NetworkFailure } from './http';

export type NetworkTarget = 'issuer' | 'token endpoint' | 'metadata URL';

const LAYER = { dns: 'DNS', refused: 'connect', tls: 'TLS', proxy: 'proxy', timeout: 'timeout', cancelled: 'cancelled', 'too-large': 'HTTP', network: 'connect' } as const;

const CODES: Record<NetworkTarget, { dns: DiagnosisCode; connect: DiagnosisCode; tls: DiagnosisCode; timeout: DiagnosisCode }> = {
  issuer: { dns: 'ISSUER_DNS_FAILED', connect: 'ISSUER_UNREACHABLE', tls: 'ISSUER_TLS_FAILED', timeout: 'ISSUER_TIMEOUT' },
  'token endpoint': { dns: 'TOKEN_ENDPOINT_UNREACHABLE', connect: 'TOKEN_ENDPOINT_UNREACHABLE', tls: 'TOKEN_ENDPOINT_UNREACHABLE', timeout: 'TOKEN_ENDPOINT_TIMEOUT' },
  'metadata URL': { dns: 'SAML_METADATA_UNREACHABLE', connect: 'SAML_METADATA_UNREACHABLE', tls: 'SAML_METADATA_UNREACHABLE', timeout: 'SAML_METADATA_UNREACHABLE' },
};

const PROXY_STATUS_MEANING: Record<number, string> = {
  403: 'Forbidden: its policy does not let this host through',
  407: 'Proxy Authentication Required: the proxy wants a user name and password, or your system sign-in',
  502: 'Bad Gateway: the proxy could not reach the host itself',
  503: 'Service Unavailable',
  504: 'Gateway Timeout: the proxy could not reach the host in time',
};

/** "400 ms", "10 s", "1.5 s": the bound the way a person reads it. */
export function formatBound(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export function networkFailureDiagnosis(failure: NetworkFailure, url: string, timeoutMs: number, target: NetworkTarget): Diagnosis {
  const { host, hostPort } = hostOf(url);
  const layer = LAYER[failure.kind];
  const { proxy, proxyStatus, issuer, untrustedIssuer } = failure.facts;
  const theProxy = proxy ? `the proxy ${proxy}` : 'the proxy';
  const evidence = { url, host, layer, detail: failure.detail, ...(proxy ? { proxy } : {}) };
  const codes = CODES[target];
  switch (failure.kind) {
    case 'dns':
      return diagnose(codes.dns, evidence, { cause: `DNS: the host name ${host} could not be resolved (${failure.detail}): a typo in the address, or no network.` });
    case 'tls':
      if (untrustedIssuer) {
        const by = issuer ? `“${issuer}”` : 'a certificate authority';
        return diagnose('TLS_UNTRUSTED_ISSUER', { ...evidence, ...(issuer ? { issuer } : {}) }, {
          title: issuer ? `The certificate of ${host} is issued by “${issuer}”, which this app does not trust` : undefined,
          cause: `TLS: the certificate chain ${host} presented ends at ${by} that is not in the trust store (${failure.detail}). On a corporate network this is usually a TLS-inspecting proxy signing with the company’s own root.`,
        });
      }
      return diagnose(codes.tls, evidence, { cause: `TLS: the secure connection to ${hostPort} failed (${failure.detail}).` });
    case 'proxy':
      if (proxyStatus) {
        const meaning = PROXY_STATUS_MEANING[proxyStatus];
        return diagnose('PROXY_REFUSED', { ...evidence, proxyStatus }, {
          title: proxyStatus === 407 ? 'The proxy asks for authentication (407)' : `The proxy refused to connect to ${host} (${proxyStatus})`,
          cause: `Proxy: ${theProxy} answered ${proxyStatus}${meaning ? ` (${meaning})` : ''} when asked to open a tunnel to ${hostPort}.`,
        });
      }
      if (failure.facts.proxyUnreachable) {
        return diagnose('PROXY_UNREACHABLE', evidence, {
          cause: `Proxy: ${theProxy} could not be reached (${failure.detail}), so the request to ${hostPort} never left this computer.`,
        });
      }
      return diagnose('PROXY_REFUSED', evidence, {
        cause: `Proxy: ${theProxy} refused to open a tunnel to ${hostPort} (${failure.detail}).`,
      });
    case 'timeout':
      return diagnose(codes.timeout, { ...evidence, timeoutMs }, {
        cause: `Timeout: ${hostPort} did not answer within ${formatBound(timeoutMs)} (the ${target}’s time limit).`,
      });
    default:
      return diagnose(codes.connect, evidence, { cause: `Connect: the connection to ${hostPort} failed (${failure.detail}): refused, reset, or no route.` });
  }
}

function hostOf(url: string): { host: string; hostPort: string } {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
    return { host: u.hostname, hostPort: port ? `${u.hostname}:${port}` : u.hostname };
  } catch {
    return { host: '', hostPort: '' };
  }
}
