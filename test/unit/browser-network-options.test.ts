/**
 * Browser mode's network options: `--ca-file` reads PEM roots or fails in one clear line (missing, unreadable,
 * not PEM, not a certificate); `--proxy` and those roots reach the login window's Chromium as switches.
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaFileError, readCaFile } from '../../main/browser/ca-file';
import { chromiumNetworkArgs } from '../../main/browser/chromium-network-args';

let dir: string;
let caPem: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-file-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'k.pem'), '-out', path.join(dir, 'ca.pem'), '-days', '1', '-subj', '/CN=Corp Root'], { stdio: 'ignore' });
  caPem = fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--ca-file', () => {
  it('reads every PEM certificate of a bundle', () => {
    const bundle = path.join(dir, 'bundle.pem');
    fs.writeFileSync(bundle, `# corporate roots\n${caPem}\n${caPem}`);
    expect(readCaFile(bundle)).toHaveLength(2);
  });

  it('refuses a missing file, a folder, a file without PEM and a PEM block that is not a certificate, each in one line', () => {
    const notPem = path.join(dir, 'root.der');
    fs.writeFileSync(notPem, Buffer.from([0x30, 0x82, 0x01, 0x0a]));
    const broken = path.join(dir, 'broken.pem');
    fs.writeFileSync(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    const cases: [string, string][] = [
      [path.join(dir, 'missing.pem'), `--ca-file ${path.join(dir, 'missing.pem')}: cannot read it (no such file)`],
      [dir, `--ca-file ${dir}: cannot read it (it is a folder)`],
      [notPem, `--ca-file ${notPem}: no PEM certificate in it`],
      [broken, `--ca-file ${broken}: certificate 1 of 1 is not a valid X.509 certificate`],
    ];
    for (const [file, message] of cases) {
      let err: unknown;
      try {
        readCaFile(file);
      } catch (e) {
        err = e;
      }
      expect(err, file).toBeInstanceOf(CaFileError);
      expect((err as Error).message, file).toContain(message);
      expect((err as Error).message, file).not.toContain('\n');
    }
  });
});

describe('the login window’s Chromium on the same network', () => {
  it('gets --proxy-server without the credentials, and the roots’ SPKI hashes', () => {
    const spki = createHash('sha256').update(new X509Certificate(caPem).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
    expect(chromiumNetworkArgs({ proxy: 'http://alice:s3cret@proxy.corp.example:3128', caPems: [caPem] })).toEqual([
      '--proxy-server=http://proxy.corp.example:3128',
      `--ignore-certificate-errors-spki-list=${spki}`,
    ]);
    expect(chromiumNetworkArgs({})).toEqual([]);
  });
});
