/**
 * The operating system's trusted roots, as PEM, for browser mode's fetch (Node trusts only its bundled roots, and
 * a corporate root lives in the OS store). Linux: the distribution's bundle (Debian/Ubuntu, Fedora/RHEL, openSUSE,
 * Alpine/Arch paths; SSL_CERT_FILE first, as OpenSSL does). macOS and Windows: the keychain / certificate store
 * through `system-ca`. Read once; an unreadable store means Node's bundled roots only, never a failure.
 */
import fs from 'node:fs';
import { systemCertsSync } from 'system-ca';

export const LINUX_CA_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/ssl/cert.pem',
];

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The PEM certificates in a text (a bundle, a `--ca-file`), in order. */
export function pemCertificates(text: string): string[] {
  return text.match(PEM_CERT) ?? [];
}

let cached: string[] | undefined;

/** Read once for the process's own environment; another environment (tests) is read afresh. */
export function osTrustedCertificates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env !== process.env) return read(env);
  cached ??= read(env);
  return cached;
}

function read(env: NodeJS.ProcessEnv): string[] {
  try {
    if (process.platform === 'darwin' || process.platform === 'win32') return systemCertsSync();
    const files = [env.SSL_CERT_FILE, ...LINUX_CA_BUNDLES].filter((f): f is string => !!f);
    for (const file of files) {
      const pems = readPems(file);
      if (pems.length) return pems;
    }
  } catch {
    // Fall through: Node's bundled roots still apply.
  }
  return [];
}

/** NODE_EXTRA_CA_CERTS: Node adds it to its defaults, and an explicit `ca` list would drop it, so it is read here. */
export function nodeExtraCertificates(env: NodeJS.ProcessEnv): string[] {
  return env.NODE_EXTRA_CA_CERTS ? readPems(env.NODE_EXTRA_CA_CERTS) : [];
}

function readPems(file: string): string[] {
  try {
    return pemCertificates(fs.readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}
