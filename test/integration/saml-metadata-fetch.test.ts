/**
 * The IdP's SAML metadata fetched from the URL the admin pastes (main/core/saml/metadata-fetch.ts), over real HTTP
 * on 127.0.0.1: the SAML IdP fixture's own metadata in each shape, and the ways a pasted URL goes wrong, each with
 * its own code and the layer named.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchIdpMetadata } from '../../main/core/saml';
import { SAML_IDP_SHAPES, startSamlIdp } from '../fixtures/saml-idp';

const opts = { fetch, timeoutMs: 2_000 };

describe('fetching the IdP metadata from its URL', () => {
  it.each(SAML_IDP_SHAPES.map((s) => [s]))('%s: the entity ID, SSO URL and signing certificate the fixture serves', async (shape) => {
    const idp = await startSamlIdp({ shape });
    try {
      const read = await fetchIdpMetadata(`  ${idp.metadataUrl}  `, opts);
      if (!read.ok) throw new Error(`${read.diagnosis.code}: ${JSON.stringify(read.diagnosis.evidence)}`);
      expect(read.metadata.entityId).toBe(idp.entityId);
      expect(read.metadata.ssoUrl).toBe(idp.ssoUrl);
      expect(read.metadata.signingCertificates[0]!.fingerprintSha256).toBe(new X509Certificate(idp.certificatePem).fingerprint256);
    } finally {
      await idp.close();
    }
  });

  describe('what goes wrong', () => {
    let server: http.Server;
    let origin = '';
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (req.url === '/html') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title><p>Please sign in');
        else if (req.url === '/hang') return; // never answers
        else res.writeHead(404).end('not found');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    it('a 404: SAML_METADATA_INVALID naming the status and the URL', async () => {
      const read = await fetchIdpMetadata(`${origin}/app/exk1/sso/saml/metadata`, opts);
      expect(!read.ok && read.diagnosis).toMatchObject({ code: 'SAML_METADATA_INVALID', evidence: { detail: expect.stringContaining('HTTP 404'), url: `${origin}/app/exk1/sso/saml/metadata` } });
    });

    it('a web page instead of the document (a sign-in page): SAML_METADATA_INVALID with where it came from', async () => {
      const read = await fetchIdpMetadata(`${origin}/html`, opts);
      expect(!read.ok && read.diagnosis.code).toBe('SAML_METADATA_INVALID');
      expect(!read.ok && read.diagnosis.evidence.url).toBe(`${origin}/html`);
    });

    it('nothing listening: SAML_METADATA_UNREACHABLE at the connect layer', async () => {
      const closed = http.createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((r) => closed.close(r));
      const read = await fetchIdpMetadata(`http://127.0.0.1:${port}/metadata`, opts);
      expect(!read.ok && read.diagnosis).toMatchObject({ code: 'SAML_METADATA_UNREACHABLE', evidence: { layer: 'connect' } });
      expect(!read.ok && read.diagnosis.cause).toMatch(/^Connect: the connection to 127\.0\.0\.1:\d+ failed/);
    });

    it('a server that never answers: SAML_METADATA_UNREACHABLE naming the time waited', async () => {
      const read = await fetchIdpMetadata(`${origin}/hang`, { fetch, timeoutMs: 300 });
      expect(!read.ok && read.diagnosis).toMatchObject({ code: 'SAML_METADATA_UNREACHABLE', evidence: { layer: 'timeout' } });
      expect(!read.ok && read.diagnosis.cause).toContain('did not answer within 300 ms');
    });

    it('http:// to a real host, or no URL at all, is refused before any request', async () => {
      const never = (() => {
        throw new Error('no request may be made');
      }) as unknown as typeof fetch;
      for (const pasted of ['http://acme.okta.com/app/exk1/sso/saml/metadata', 'acme.okta.com/metadata', 'ftp://idp.example/metadata']) {
        const read = await fetchIdpMetadata(pasted, { fetch: never, timeoutMs: 1_000 });
        expect(!read.ok && read.diagnosis.code, pasted).toBe('SAML_METADATA_INVALID');
      }
    });
  });
});
