/**
 * `--ca-file FILE`: extra roots to trust, PEM (a TLS-inspecting proxy's corporate root). Each certificate must
 * parse; a missing, unreadable or non-PEM file is a one-line usage error, never a silent "trust nothing more".
 */
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { pemCertificates } from './os-trust-store';

export class CaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaFileError';
  }
}

export function readCaFile(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ?? 'unreadable';
    throw new CaFileError(`--ca-file ${file}: cannot read it (${why})`);
  }
  const pems = pemCertificates(text);
  if (!pems.length) throw new CaFileError(`--ca-file ${file}: no PEM certificate in it (expected -----BEGIN CERTIFICATE-----; convert DER with \`openssl x509 -inform der -in FILE -out FILE.pem\`)`);
  pems.forEach((pem, i) => {
    try {
      new X509Certificate(pem);
    } catch {
      throw new CaFileError(`--ca-file ${file}: certificate ${i + 1} of ${pems.length} is not a valid X.509 certificate`);
    }
  });
  return pems;
}
