/**
 * "Test login" and "Check issuer" as the UI calls them: through the real
 * dispatcher (which also checks every answer against the contract), the real
 * store on disk, and the Okta-like IdP with the HTTP login agent as the
 * window. The keychain is an in-memory SecretVault here (the real keychain has
 * its own integration test); everything else is real.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOktaLikeIdp, type OktaLikeIdp, type UserName } from '../fixtures/okta-idp';
import { createHttpLoginAgent, type HttpLoginAgentOptions } from '../fixtures/okta-idp/login-agent';
import { createServices, type AppServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import type { AuthWindow, EmitEvent, SecretVault } from '../../main/core/ports';
import type { CallName, CallOutput, Configuration, Diagnosis, EventPayload } from '../../common/contract';

let idp: OktaLikeIdp;
beforeAll(async () => {
  idp = await startOktaLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

function memoryVault(): SecretVault {
  const entries = new Map<string, string>();
  return {
    set: async (a, s) => void entries.set(a, s),
    get: async (a) => entries.get(a) ?? null,
    delete: async (a) => entries.delete(a),
    probe: async () => ({ ok: true }),
  };
}

/** The window the services use; each test swaps in the agent it needs. */
let window: AuthWindow;
const opened: string[] = [];
const events: EventPayload<'testProgress'>[] = [];
const finished: EventPayload<'testFinished'>[] = [];
const prompted: EventPayload<'loginPrompt'>[] = [];
let services: AppServices | undefined;
let dataDir: string;

async function app() {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'test-login-handlers-'));
  const emit: EmitEvent = (name, payload) => {
    if (name === 'testProgress') events.push(payload as EventPayload<'testProgress'>);
    if (name === 'testFinished') finished.push(payload as EventPayload<'testFinished'>);
    if (name === 'loginPrompt') prompted.push(payload as EventPayload<'loginPrompt'>);
  };
  services = createServices({
    shell: 'browser',
    dataDir,
    vault: memoryVault(),
    authWindow: { open: (url, options) => (opened.push(url), window.open(url, options)) },
    fetch,
    clipboard: { writeText: async () => {}, readText: async () => '' },
    opener: { open: async () => {} },
    exportPicker: { choose: async () => null },
    emit,
    clock: { now: () => Date.now() },
    networkTimeoutMs: 3000,
    loginTimeoutMs: 20_000,
  });
  return services;
}

afterEach(async () => {
  await services?.close();
  services = undefined;
  opened.length = 0;
  events.length = 0;
  finished.length = 0;
  prompted.length = 0;
  await fs.rm(dataDir, { recursive: true, force: true });
});

function agent(user: UserName = 'alice', extra: Partial<HttpLoginAgentOptions> = {}) {
  const u = idp.users[user];
  window = createHttpLoginAgent({ username: u.username, password: u.password, ...extra });
}

async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
  const r = await dispatch(services!.handlers, name, input);
  if (!r.ok) throw Object.assign(new Error(r.error.code), { diagnosis: r.error });
  return r.value as CallOutput<K>;
}
async function failure(name: CallName, input: unknown): Promise<Diagnosis> {
  const r = await dispatch(services!.handlers, name, input);
  if (r.ok) throw new Error(`${name} succeeded`);
  return r.error;
}

async function configured(fields: Partial<Configuration> = {}, secret: string | null = idp.clients.hub.clientSecret): Promise<Configuration> {
  const created = await call('createConfig', {
    fields: { name: 'Acme', orgId: 'acme', clientId: idp.clients.hub.clientId, issuerUrl: idp.orgIssuer, ...fields },
  });
  if (secret !== null) await call('setSecret', { id: created.id, secret });
  return call('getConfig', { id: created.id });
}

describe('testLogin handler', () => {
  it('runs the login, records it, ticks step 3 and emits progress', async () => {
    await app();
    agent('alice');
    const config = await configured();
    expect(config.progress.done.credentials).toBe(false);
    const result = await call('testLogin', { configId: config.id });
    expect(result).toMatchObject({ outcome: 'success', configId: config.id, claims: { email: 'alice@acme.example' } });
    expect(events.map((e) => e.stage)).toEqual(['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done']);

    const history = await call('getHistory', { id: config.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'test-login', outcome: 'success', claims: { email: 'alice@acme.example' }, appVersion: expect.any(String) });
    const after = await call('getConfig', { id: config.id });
    expect(after.progress.done.credentials).toBe(true);
    expect(after.lastTest).toMatchObject({ kind: 'test-login', outcome: 'success' });

    // Nothing on disk knows the secret.
    const files = await fs.readdir(dataDir, { recursive: true });
    for (const f of files) {
      const full = path.join(dataDir, String(f));
      if ((await fs.stat(full)).isFile()) expect(await fs.readFile(full, 'utf8')).not.toContain(idp.clients.hub.clientSecret);
    }
  });

  it('records a failure with its code and leaves step 3 unticked', async () => {
    await app();
    agent('unassigned');
    const config = await configured();
    const result = await call('testLogin', { configId: config.id });
    expect(result.diagnosis?.code).toBe('USER_NOT_ASSIGNED');
    const [record] = await call('getHistory', { id: config.id });
    expect(record).toMatchObject({ outcome: 'failure', code: 'USER_NOT_ASSIGNED' });
    expect((await call('getConfig', { id: config.id })).progress.done.credentials).toBe(false);
  });

  it('refuses a second test while one runs, and cancels the running one', async () => {
    await app();
    window = createHttpLoginAgent({ username: idp.users.alice.username, password: 'wrong', whenStuck: 'wait' });
    const config = await configured();
    const first = dispatch(services!.handlers, 'testLogin', { configId: config.id });
    const second = await failure('testLogin', { configId: config.id });
    expect(second.code).toBe('TEST_ALREADY_RUNNING');
    await new Promise((r) => setTimeout(r, 300));
    expect(await call('cancelTestLogin', {})).toEqual({ cancelled: true });
    const r = await first;
    expect(r.ok && r.value).toMatchObject({ outcome: 'cancelled', diagnosis: { code: 'LOGIN_CANCELLED' } });
    expect(await call('cancelTestLogin', {})).toEqual({ cancelled: false });
    const [record] = await call('getHistory', { id: config.id });
    expect(record?.outcome).toBe('cancelled');
    // After the cancel, a new test may start.
    agent('alice');
    expect((await call('testLogin', { configId: config.id })).outcome).toBe('success');
  });

  it('owns the running test: anyone can see it, its refusal names it, and its result is announced to every window', async () => {
    await app();
    window = createHttpLoginAgent({ username: idp.users.alice.username, password: 'wrong', whenStuck: 'wait' });
    const config = await configured();
    expect(await call('getRunningTest', {})).toEqual({ running: null });
    const first = dispatch(services!.handlers, 'testLogin', { configId: config.id });
    await new Promise((r) => setTimeout(r, 300));
    // A reloaded window asks what is running.
    const { running } = await call('getRunningTest', {});
    expect(running).toMatchObject({ configId: config.id, stage: 'window-opened' });
    expect(running!.elapsedMs).toBeGreaterThanOrEqual(200);
    const refused = await failure('testLogin', { configId: config.id });
    expect(refused.evidence).toMatchObject({ runningTestId: running!.testId, runningConfigId: config.id, stage: 'window-opened' });
    expect(refused.fix.join(' ')).toContain('Show the running test');
    await call('cancelTestLogin', {});
    const r = await first;
    expect(r.ok).toBe(true);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ testId: running!.testId, outcome: 'cancelled' });
    expect(await call('getRunningTest', {})).toEqual({ running: null });
  });

  it('keeps the evidence of a test in its history record', async () => {
    await app();
    agent('alice');
    const config = await configured();
    await call('testLogin', { configId: config.id });
    agent('unassigned');
    await call('testLogin', { configId: config.id });
    const [failed, passed] = await call('getHistory', { id: config.id });
    expect(passed).toMatchObject({
      outcome: 'success',
      values: { issuer: idp.orgIssuer, clientId: idp.clients.hub.clientId, redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume', scopes: 'openid email profile', secretRevision: 1 },
      discovery: { issuer: idp.orgIssuer, token_endpoint_auth_methods_supported: expect.arrayContaining(['client_secret_post']) },
      idTokenHeader: { alg: 'RS256', kid: expect.any(String) },
    });
    expect(passed!.jwksKeyIds).toContain(passed!.idTokenHeader!.kid);
    expect(passed!.fingerprint).toBe(failed!.fingerprint);
    // The full diagnosis, as shown when it happened.
    expect(failed!.diagnosis).toMatchObject({ code: 'USER_NOT_ASSIGNED', fix: [expect.stringContaining('Assignments')], evidence: { error: 'access_denied' } });
    // The verdict: passed as alice; the newer failure is about carol's assignment, not the configuration.
    const after = await call('getConfig', { id: config.id });
    expect(after.verdict.lastPass).toMatchObject({ user: 'alice@acme.example', fingerprint: passed!.fingerprint });
    expect(after.verdict.latest).toMatchObject({ code: 'USER_NOT_ASSIGNED' });
  });

  it('close() stops a running test', async () => {
    await app();
    window = createHttpLoginAgent({ username: idp.users.alice.username, password: 'wrong', whenStuck: 'wait' });
    const config = await configured();
    const running = dispatch(services!.handlers, 'testLogin', { configId: config.id });
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await services!.close();
    const r = await running;
    expect(r.ok && (r.value as CallOutput<'testLogin'>).outcome).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('notes on the result and its record what the login window asked and the admin did not send; given credentials are kept nowhere', async () => {
    await app();
    agent('alice');
    const signIn = window;
    const PROXY_PASSWORD = 'pr0xy-Pa55word-never-kept';
    let late: Promise<unknown> = Promise.resolve();
    // What the Electron login window does (main/electron/login-prompts.ts) when a site asks for a client certificate and a proxy for credentials.
    window = {
      open: async (url, options) => {
        const prompts = services!.loginPrompts;
        const certificate = prompts.chooseCertificate({ host: 'device.acme.okta.com:443', certificates: [{ subjectName: 'alice@acme.example', issuerName: 'Acme Device CA', validExpiry: 1_830_000_000, fingerprint: 'sha256/AAAA' }] });
        const credentials = prompts.askCredentials({ host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy', scheme: 'basic', isProxy: true, retry: false });
        late = prompts.askCredentials({ host: 'other.corp.example', port: 8080, realm: '', scheme: 'basic', isProxy: true, retry: false });
        const [certificateQuestion, credentialsQuestion] = prompted;
        await call('answerLoginPrompt', { id: certificateQuestion!.id, answer: { kind: 'none' } });
        await call('answerLoginPrompt', { id: credentialsQuestion!.id, answer: { kind: 'credentials', username: 'alice', password: PROXY_PASSWORD } });
        expect(await certificate).toBeNull();
        expect(await credentials).toEqual({ username: 'alice', password: PROXY_PASSWORD });
        return signIn.open(url, options);
      },
    };
    const config = await configured();
    const result = await call('testLogin', { configId: config.id });
    expect(result.outcome).toBe('success');
    // The certificate not sent is noted; the credentials given are not; the question left open closed with the test, unnoted.
    expect(result.warnings.map((w) => w.code)).toEqual(['CLIENT_CERTIFICATE_NOT_SENT']);
    expect(result.warnings[0]!.cause).toBe('device.acme.okta.com:443 (you chose to send none) asked for a client certificate. No certificate was sent.');
    await expect(late).resolves.toBeNull();
    expect(await failure('answerLoginPrompt', { id: prompted[2]!.id, answer: { kind: 'none' } })).toMatchObject({ code: 'LOGIN_PROMPT_GONE', evidence: { reason: 'withdrawn' } });

    const [record] = await call('getHistory', { id: config.id });
    expect(record!.warnings?.map((w) => w.code)).toEqual(['CLIENT_CERTIFICATE_NOT_SENT']);
    const files = await fs.readdir(dataDir, { recursive: true });
    for (const f of files) {
      const full = path.join(dataDir, String(f));
      if ((await fs.stat(full)).isFile()) expect(await fs.readFile(full, 'utf8')).not.toContain(PROXY_PASSWORD);
    }
    expect(JSON.stringify([events, finished, prompted])).not.toContain(PROXY_PASSWORD);
  });

  it('says what is missing before opening any window', async () => {
    await app();
    agent('alice');
    const noIssuer = await configured({ issuerUrl: '' });
    expect((await failure('testLogin', { configId: noIssuer.id })).code).toBe('CONFIG_INCOMPLETE');
    const noSecret = await configured({}, null);
    expect((await failure('testLogin', { configId: noSecret.id })).code).toBe('SECRET_NOT_SET');
    expect((await failure('testLogin', { configId: '2b1e4a36-1d2f-4c1e-9a55-6f2f0e7c9d11' })).code).toBe('CONFIG_NOT_FOUND');
    expect(opened).toEqual([]);
  });
});

describe('checkIssuer handler', () => {
  it('checks an issuer and records it when a configuration is named', async () => {
    await app();
    const config = await configured();
    const result = await call('checkIssuer', { issuerUrl: `${idp.orgIssuer}/`, clientId: idp.clients.hub.clientId, configId: config.id });
    expect(result).toMatchObject({ ok: true, normalizedIssuer: idp.orgIssuer });
    const [record] = await call('getHistory', { id: config.id });
    expect(record).toMatchObject({ kind: 'issuer-check', outcome: 'success' });

    const bad = await call('checkIssuer', { issuerUrl: `${idp.origin}/oauth2/nope`, configId: config.id });
    expect(bad.ok).toBe(false);
    const [latest] = await call('getHistory', { id: config.id });
    expect(latest).toMatchObject({ kind: 'issuer-check', outcome: 'failure', code: 'ISSUER_NOT_FOUND' });
  });

  it('needs no configuration', async () => {
    await app();
    const result = await call('checkIssuer', { issuerUrl: idp.customIssuer });
    expect(result.ok).toBe(true);
  });
});
