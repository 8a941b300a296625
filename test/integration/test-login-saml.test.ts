/**
 * The SAML test login as the UI runs it: through the real dispatcher (which checks every answer against the
 * contract), the real store on disk, the browser-mode login window in real Chromium, and the SAML IdP fixture
 * in each IdP's shape. A "user" types bob's password on the IdP's form; the IdP's auto-submitted POST to the
 * Hub's ACS is caught. Chromium resolves huggingface.co to a local listener that counts connections: the
 * response must never reach it. Nothing of the raw response may land on disk, in an event or in an answer.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type AppServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';
import type { CallName, CallOutput, Diagnosis } from '../../common/contract';
import { SAML_IDP_SHAPES, SAML_USERS, startSamlIdp, type SamlFailure, type SamlIdp, type SamlIdpShape } from '../fixtures/saml-idp';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';

const executable = chromiumExecutable();
if (!executable) console.warn('test-login-saml: skipped, no Chromium/Chrome found (set CHROME_PATH)');

const SP_ENTITY_ID = 'https://huggingface.co/saml/metadata/acme';
const SETTLE_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!executable)('SAML test login through the handlers, real Chromium', () => {
  let chromium: AuthChromium;
  let hub: ConnectionCounter;
  let idp: SamlIdp | undefined;
  let services: AppServices | undefined;
  let dataDir: string;
  const answers: unknown[] = [];
  const emitted: unknown[] = [];

  beforeAll(async () => {
    hub = await startConnectionCounter();
    chromium = await launchAuthChromium({ extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  });
  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
  });
  afterEach(async () => {
    await services?.close();
    await idp?.close();
    services = undefined;
    idp = undefined;
    answers.length = 0;
    emitted.length = 0;
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Bob types his password on the fixture's form (retried: the page may still be loading). */
  const bob = (page: Page) => {
    void (async () => {
      for (let attempt = 1; attempt <= 3 && !page.isClosed(); attempt++) {
        try {
          await page.waitForSelector('input[name="username"]', { timeout: 20_000 });
          await page.fill('input[name="username"]', SAML_USERS.bob.username);
          await page.fill('input[name="password"]', SAML_USERS.bob.password);
          await page.click('button[type="submit"]', { noWaitAfter: true });
          return;
        } catch {
          if (page.isClosed()) return;
        }
      }
    })();
  };

  async function start(shape: SamlIdpShape, failure?: SamlFailure) {
    idp = await startSamlIdp({ shape, login: 'form', ...(failure ? { failure } : {}) });
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'test-login-saml-'));
    services = createServices({
      shell: 'browser',
      dataDir,
      vault: { set: async () => {}, get: async () => null, delete: async () => false, probe: async () => ({ ok: true }) },
      authWindow: createBrowserAuthWindow({ getBrowser: async () => chromium.browser, onPage: bob }),
      fetch,
      clipboard: { writeText: async () => {}, readText: async () => '' },
      opener: { open: async () => {} },
      exportPicker: { choose: async (name) => path.join(dataDir, 'exports', name) },
      emit: (_name, payload) => emitted.push(payload),
      clock: { now: () => Date.now() },
      networkTimeoutMs: 3000,
      loginTimeoutMs: 30_000,
    });
  }

  async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
    const r = await dispatch(services!.handlers, name, input);
    answers.push(r);
    if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code}`), { diagnosis: r.error });
    return r.value as CallOutput<K>;
  }
  async function failure(name: CallName, input: unknown): Promise<Diagnosis> {
    const r = await dispatch(services!.handlers, name, input);
    if (r.ok) throw new Error(`${name} succeeded`);
    return r.error;
  }

  /** A SAML configuration filled from the IdP's metadata, as the setup screen does. */
  async function samlConfiguration(shape: SamlIdpShape) {
    const read = await call('readSamlMetadata', { url: idp!.metadataUrl });
    expect(read).toMatchObject({ entityId: idp!.entityId, ssoUrl: idp!.ssoUrl, otherCertificates: 0 });
    const created = await call('createConfig', { fields: { name: `Acme ${shape}`, orgId: 'acme', idpKind: shape, protocol: 'saml' } });
    return call('updateConfig', {
      id: created.id,
      fields: { saml: { spEntityId: SP_ENTITY_ID, ssoUrl: read.ssoUrl, idpEntityId: read.entityId, certificate: read.certificate.pem, metadataUrl: idp!.metadataUrl } },
    });
  }

  /** Every file under the data folder, as text. */
  async function dataFiles(): Promise<string[]> {
    const out: string[] = [];
    for (const f of await fs.readdir(dataDir, { recursive: true })) {
      const full = path.join(dataDir, String(f));
      if ((await fs.stat(full)).isFile()) out.push(await fs.readFile(full, 'utf8'));
    }
    return out;
  }

  it.each(SAML_IDP_SHAPES)('%s shape: bob signs in, the response is caught and accepted, recorded with a redacted outline, step 3 ticked', async (shape) => {
    await start(shape);
    const config = await samlConfiguration(shape);
    expect(config.saml.certificateSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const connectionsBefore = hub.connections;
    const result = await call('testLogin', { configId: config.id });
    await sleep(SETTLE_MS);
    if (result.outcome !== 'success') throw new Error(`${result.diagnosis?.code}: ${JSON.stringify(result.diagnosis?.evidence)}`);
    expect(hub.connections - connectionsBefore).toBe(0);
    expect(result.claims).toMatchObject({ sub: 'bob@acme.example', email: 'bob@acme.example', source: 'saml-assertion' });
    expect(Object.values(result.claims!.other).flat()).toContain('read');
    expect(result.stages.map((s) => s.stage)).toEqual(['window-opened', 'redirect-caught', 'validating-response', 'done']);
    expect(result.evidence?.samlValues).toEqual({ acsUrl: 'https://huggingface.co/organizations/acme/saml/consume', spEntityId: SP_ENTITY_ID, ssoUrl: idp!.ssoUrl, idpEntityId: idp!.entityId, certificateSha256: config.saml.certificateSha256 });
    expect(result.evidence?.saml).toMatchObject({ issuer: idp!.entityId, certificate: { fingerprintSha256: config.saml.certificateSha256 } });
    expect(idp!.requests.at(-1)).toMatchObject({ id: result.evidence?.saml?.requestId, issuer: SP_ENTITY_ID });

    const [record] = await call('getHistory', { id: config.id });
    expect(record).toMatchObject({ kind: 'test-login', outcome: 'success', samlValues: result.evidence?.samlValues, fingerprint: expect.any(String) });
    const outline = record!.saml?.redactedResponse ?? '';
    expect(outline).toContain('Assertion');
    expect(outline).toContain('[removed]');
    expect(outline).not.toContain('bob@acme.example');
    const after = await call('getConfig', { id: config.id });
    expect(after.progress.done.credentials).toBe(true);
    expect(after.verdict.lastPass).toMatchObject({ outcome: 'success', user: 'bob@acme.example' });

    // The raw response (and its signature values) exists only at the IdP: not on disk, not in an event or answer.
    expect(idp!.issued).toHaveLength(1);
    const raw = idp!.issued[0]!;
    const xml = Buffer.from(raw, 'base64').toString('utf8');
    const signatureValues = [...xml.matchAll(/<(?:\w+:)?SignatureValue>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, ''));
    expect(signatureValues.length).toBe(2);
    const places = [...(await dataFiles()), JSON.stringify(emitted), JSON.stringify(answers)];
    for (const place of places) {
      expect(place.includes(raw.slice(0, 200))).toBe(false);
      for (const sig of signatureValues) expect(place.replace(/\\n|\s/g, '').includes(sig.slice(0, 40))).toBe(false);
    }
    // Positive control: the search finds the signature in the raw XML itself.
    expect(xml.replace(/\s/g, '').includes(signatureValues[0]!.slice(0, 40))).toBe(true);

    // The evidence report (HTML, redacted): the SAML values and outline, never the person nor a signature.
    await fs.mkdir(path.join(dataDir, 'exports'), { recursive: true });
    const report = await call('exportReport', { configId: config.id, format: 'html', claims: 'redacted' });
    const html = await fs.readFile(report.path!, 'utf8');
    for (const shown of ['Assertion Consumer Service URL (Hub)', SP_ENTITY_ID, idp!.ssoUrl, config.saml.certificateSha256!, 'SAML assertion (what the Hub will see)', 'redacted: signature values removed', 'b•••@acme.example']) expect(html).toContain(shown);
    const at = html.indexOf('bob@acme.example');
    expect(at === -1 ? '' : html.slice(Math.max(0, at - 300), at + 50)).toBe('');
    for (const sig of signatureValues) expect(html.replace(/\s/g, '').includes(sig.slice(0, 40))).toBe(false);
    const full = await call('exportReport', { configId: config.id, format: 'html', claims: 'all' });
    expect(await fs.readFile(full.path!, 'utf8')).toContain('bob@acme.example');
  });

  it.each([
    ['okta', 'unsigned-assertion', 'SAML_ASSERTION_UNSIGNED'],
    ['entra', 'wrong-audience', 'SAML_AUDIENCE_MISMATCH'],
    ['google', 'status-responder', 'SAML_STATUS_RESPONDER'],
  ] as const)('%s shape, %s: %s recorded, step 3 stays unticked', async (shape, failureSwitch, code) => {
    await start(shape, failureSwitch);
    const config = await samlConfiguration(shape);
    const result = await call('testLogin', { configId: config.id });
    expect(result.outcome).toBe('failure');
    expect(result.diagnosis?.code).toBe(code);
    const [record] = await call('getHistory', { id: config.id });
    expect(record).toMatchObject({ outcome: 'failure', code });
    expect((await call('getConfig', { id: config.id })).progress.done.credentials).toBe(false);
  });

  it('a bad certificate fails before any window opens; a missing SP Entity ID says what is missing', async () => {
    await start('okta');
    const created = await call('createConfig', { fields: { name: 'Acme', orgId: 'acme', protocol: 'saml' } });
    await call('updateConfig', { id: created.id, fields: { saml: { spEntityId: SP_ENTITY_ID, ssoUrl: idp!.ssoUrl, certificate: idp!.certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '') } } });
    const bad = await call('testLogin', { configId: created.id });
    expect(bad.diagnosis?.code).toBe('SAML_CERT_NOT_PEM');
    expect(idp!.requests).toHaveLength(0);
    await call('updateConfig', { id: created.id, fields: { saml: { spEntityId: '', certificate: idp!.certificatePem } } });
    const incomplete = await call('testLogin', { configId: created.id });
    expect(incomplete.diagnosis).toMatchObject({ code: 'CONFIG_INCOMPLETE', evidence: { missing: 'SP Entity ID' } });
    expect(await failure('readSamlCertificate', { pem: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----' })).toMatchObject({ code: 'SAML_CERT_IS_PRIVATE_KEY' });
  });
});
