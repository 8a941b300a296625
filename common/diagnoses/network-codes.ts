/**
 * Diagnosis codes: the corporate network between this computer and the identity provider (a proxy, a TLS-inspecting
 * proxy's own certificate authority) and a token endpoint that never answers. Part of the catalogue (catalogue.ts).
 * Each occurrence's cause names the layer (DNS, connect, TLS, proxy, timeout) and the host
 * (main/core/oidc/network-diagnosis.ts). Codes are stable: admins search for them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';

export const networkCodes = {
  PROXY_REFUSED: {
    title: 'The proxy refused to connect to the identity provider',
    cause: 'Proxy: the proxy between this computer and the identity provider answered the request to open a tunnel (CONNECT) with an error.',
    fix: [
      '407 (Proxy Authentication Required): the proxy wants you to sign in. The Electron app signs in the way your system does (Kerberos/NTLM) where the proxy accepts it; in browser mode put the credentials in the proxy URL (--proxy http://user:password@proxy:port), or ask IT to let the identity provider’s host through without sign-in.',
      '403: the proxy’s policy blocks the identity provider’s host. Ask IT to allow it (for Okta: *.okta.com).',
      '502 or 504: the proxy itself could not reach the host. Check the host name; ask IT whether the proxy can reach it.',
      'Browser mode uses HTTPS_PROXY / HTTP_PROXY / NO_PROXY, or --proxy URL, which overrides them.',
    ],
  },
  PROXY_UNREACHABLE: {
    title: 'The proxy could not be reached',
    cause: 'Proxy: the connection to the proxy itself failed, so no request reached the identity provider.',
    fix: [
      'Check the proxy’s address and port (browser mode: --proxy or HTTPS_PROXY; Electron: the system proxy settings or PAC file).',
      'If this network needs no proxy, unset HTTPS_PROXY / HTTP_PROXY, or add the host to NO_PROXY.',
    ],
  },
  TLS_UNTRUSTED_ISSUER: {
    title: 'The certificate is issued by an authority this app does not trust',
    cause:
      'TLS: the certificate chain the host presented ends at a certificate authority that is not in the trust store. On a corporate network this is usually a TLS-inspecting proxy signing with the company’s own root.',
    fix: [
      'Browser mode: start with the corporate root certificate, `npm run start:web -- --ca-file /path/to/corporate-root.pem` (PEM).',
      'Or install the corporate root in the operating system’s trust store (macOS Keychain Access → System; Windows certmgr → Trusted Root Certification Authorities; Debian/Ubuntu /usr/local/share/ca-certificates + update-ca-certificates): the Electron app and browser mode both trust it then.',
      'If no proxy should inspect this connection, do not trust it: tell IT, someone may be intercepting it.',
    ],
  },
  TOKEN_ENDPOINT_TIMEOUT: {
    title: 'The token endpoint did not answer in time',
    cause: 'Timeout: the token endpoint accepted the connection but sent no answer before the time limit.',
    fix: ['Try again: the identity provider may be slow right now.', 'If a proxy or firewall sits in between, check that it passes the token endpoint’s answers.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
