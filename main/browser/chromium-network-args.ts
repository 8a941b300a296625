/**
 * The login window's Chromium on the same network terms as the main side: `--proxy` becomes `--proxy-server`
 * (without credentials: Chromium takes none in it; it asks through the login handler), and each `--ca-file`
 * root is accepted through `--ignore-certificate-errors-spki-list` (Chromium has no "add this root" switch; the
 * list waives certificate errors only for chains holding one of these public keys, and only with a
 * --user-data-dir, which launch-auth-chromium.ts always passes). Measured with Chromium 156: it matches the keys of
 * the chain as the server presents it, so it works when the inspecting proxy sends its CA along (they usually do)
 * and not for a leaf sent alone (ERR_CERT_AUTHORITY_INVALID): then the root belongs in the OS / NSS store.
 * Without `--proxy`, Chromium uses the system proxy settings itself (on Linux: the desktop's settings, else the
 * *_proxy environment variables).
 */
import { createHash, X509Certificate } from 'node:crypto';

export function chromiumNetworkArgs(options: { proxy?: string; caPems?: string[] }): string[] {
  const args: string[] = [];
  if (options.proxy) {
    const u = new URL(options.proxy);
    args.push(`--proxy-server=${u.protocol}//${u.host}`);
  }
  if (options.caPems?.length) args.push(`--ignore-certificate-errors-spki-list=${options.caPems.map(spkiSha256).join(',')}`);
  return args;
}

/** base64(sha256(SubjectPublicKeyInfo DER)): the form Chromium's SPKI list takes. */
export function spkiSha256(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
