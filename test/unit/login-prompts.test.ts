/**
 * The login window's questions to the admin (main/core/app/login-prompts.ts):
 * each one is an event without a secret, waits for one answer, is bounded,
 * and closes when the test login ends; what was not sent becomes a note for
 * the result. Through the real dispatcher where the UI's call goes through it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { events, type EventName, type EventPayload } from '../../common/contract';
import { DiagnosisError } from '../../common/diagnosis';
import { createLoginPrompts, type LoginPromptService } from '../../main/core/app/login-prompts';
import { createServices } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import type { EmitEvent } from '../../main/core/ports';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PASSWORD = 'pr0xy-Pa55word-never-kept';
const PROXY = { host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy', scheme: 'basic', isProxy: true, retry: false };
const SITE = { host: 'sso.acme.example', port: 443, realm: 'ADFS', scheme: 'negotiate', isProxy: false, retry: true };
const CERTS = {
  host: 'device.acme.okta.com:443',
  certificates: [
    { subjectName: 'alice@acme.example', issuerName: 'Acme Device CA', validExpiry: 1_830_000_000, fingerprint: 'sha256/AAAA' },
    { subjectName: 'LAPTOP-42', issuerName: 'Acme Machine CA', validExpiry: 1_840_000_000, fingerprint: 'sha256/BBBB' },
  ],
};

type Sent = { name: EventName; payload: unknown };
let sent: Sent[];

function service(timeoutMs = 60_000): LoginPromptService {
  sent = [];
  const emit: EmitEvent = (name, payload) => {
    // What the IPC layer and the bridge do: anything off-contract is dropped, so check it here too.
    expect(events[name].safeParse(payload).success).toBe(true);
    sent.push({ name, payload: structuredClone(payload) });
  };
  return createLoginPrompts({ emit, timeoutMs });
}

const prompts = () => sent.filter((s) => s.name === 'loginPrompt').map((s) => s.payload as EventPayload<'loginPrompt'>);
const closes = () => sent.filter((s) => s.name === 'loginPromptClosed').map((s) => s.payload as EventPayload<'loginPromptClosed'>);
const tick = () => new Promise((r) => setTimeout(r, 0));

function gone(fn: () => void) {
  try {
    fn();
  } catch (err) {
    if (err instanceof DiagnosisError) return err.diagnosis;
    throw err;
  }
  throw new Error('did not throw');
}

afterEach(() => vi.useRealTimers());

describe('credentials questions', () => {
  it('asks with the non-secret details and a fresh id, and hands over the answer once', async () => {
    const s = service();
    const asked = s.askCredentials(PROXY);
    const [prompt] = prompts();
    expect(prompt).toEqual({ id: expect.any(String), kind: 'credentials', ...PROXY, expiresInMs: 60_000 });
    s.askCredentials(SITE);
    expect(prompts()[1]!.id).not.toBe(prompt!.id);

    s.answer(prompt!.id, { kind: 'credentials', username: 'alice', password: PASSWORD });
    await expect(asked).resolves.toEqual({ username: 'alice', password: PASSWORD });
    expect(closes()).toEqual([{ id: prompt!.id, reason: 'answered' }]);
    // A second answer to the same question is refused, and says why.
    expect(gone(() => s.answer(prompt!.id, { kind: 'none' }))).toMatchObject({ code: 'LOGIN_PROMPT_GONE', evidence: { reason: 'answered' } });
    // Nothing that left the service carried the password.
    expect(JSON.stringify(sent)).not.toContain(PASSWORD);
  });

  it('Cancel sends nothing, and the result gets a note naming the proxy', async () => {
    const s = service();
    const asked = s.askCredentials(PROXY);
    s.answer(prompts()[0]!.id, { kind: 'none' });
    await expect(asked).resolves.toBeNull();
    const notes = s.finishTest();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'PROXY_CREDENTIALS_NOT_SENT', evidence: { hosts: 'proxy.corp.example:8080', answers: 'declined' } });
    expect(notes[0]!.cause).toBe('proxy.corp.example:8080 (you chose to send none) is a proxy that asked for a user name and password. Nothing was sent.');
    // Notes are handed over once.
    expect(s.finishTest()).toEqual([]);
  });

  it('a site (not a proxy) gets its own code', async () => {
    const s = service();
    const asked = s.askCredentials(SITE);
    expect(prompts()[0]).toMatchObject({ isProxy: false, retry: true, scheme: 'negotiate' });
    s.answer(prompts()[0]!.id, { kind: 'none' });
    await asked;
    expect(s.finishTest().map((d) => d.code)).toEqual(['SITE_CREDENTIALS_NOT_SENT']);
  });

  it('unanswered in time: nothing is sent, the dialog is told to close, a late answer says it timed out', async () => {
    vi.useFakeTimers();
    const s = service(1000);
    const asked = s.askCredentials(PROXY);
    const id = prompts()[0]!.id;
    vi.advanceTimersByTime(999);
    expect(closes()).toEqual([]);
    vi.advanceTimersByTime(1);
    await expect(asked).resolves.toBeNull();
    expect(closes()).toEqual([{ id, reason: 'timed-out' }]);
    const late = gone(() => s.answer(id, { kind: 'credentials', username: 'alice', password: PASSWORD }));
    expect(late).toMatchObject({ code: 'LOGIN_PROMPT_GONE', evidence: { reason: 'timed-out' } });
    expect(late.cause).toContain('1 second');
    expect(JSON.stringify(late)).not.toContain(PASSWORD);
    expect(s.finishTest()[0]).toMatchObject({ code: 'PROXY_CREDENTIALS_NOT_SENT', evidence: { answers: 'timed-out' } });
  });

  it('an id the app never asked is refused with a clear diagnosis', () => {
    const s = service();
    expect(gone(() => s.answer('4b0c7b52-3f7e-4d0a-9a57-2f0c1e6d7a11', { kind: 'none' }))).toMatchObject({
      code: 'LOGIN_PROMPT_GONE',
      evidence: { reason: 'unknown' },
      cause: 'The app did not ask it (or asked it before the app was restarted).',
    });
  });
});

describe('client certificate questions', () => {
  it('lists subject, issuer and expiry; only an offered certificate is accepted, and a wrong answer leaves the question open', async () => {
    const s = service();
    const asked = s.chooseCertificate(CERTS);
    const [prompt] = prompts();
    expect(prompt).toEqual({
      id: expect.any(String),
      kind: 'certificate',
      host: 'device.acme.okta.com:443',
      expiresInMs: 60_000,
      certificates: [
        { subjectName: 'alice@acme.example', issuerName: 'Acme Device CA', expiresAt: '2027-12-28T13:20:00.000Z', fingerprint: 'sha256/AAAA' },
        { subjectName: 'LAPTOP-42', issuerName: 'Acme Machine CA', expiresAt: '2028-04-22T07:06:40.000Z', fingerprint: 'sha256/BBBB' },
      ],
    });
    expect(gone(() => s.answer(prompt!.id, { kind: 'certificate', fingerprint: 'sha256/ZZZZ' }))).toMatchObject({ code: 'LOGIN_PROMPT_ANSWER_MISMATCH' });
    expect(gone(() => s.answer(prompt!.id, { kind: 'credentials', username: 'a', password: 'b' }))).toMatchObject({
      code: 'LOGIN_PROMPT_ANSWER_MISMATCH',
      evidence: { asked: 'certificate', answered: 'credentials' },
    });
    expect(closes()).toEqual([]);
    s.answer(prompt!.id, { kind: 'certificate', fingerprint: 'sha256/BBBB' });
    await expect(asked).resolves.toBe('sha256/BBBB');
    expect(s.finishTest()).toEqual([]);
  });

  it('"Send no certificate" resolves null and the result notes it, once per host', async () => {
    const s = service();
    const first = s.chooseCertificate(CERTS);
    s.answer(prompts()[0]!.id, { kind: 'none' });
    await expect(first).resolves.toBeNull();
    const again = s.chooseCertificate(CERTS);
    s.answer(prompts()[1]!.id, { kind: 'none' });
    await again;
    const notes = s.finishTest();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'CLIENT_CERTIFICATE_NOT_SENT', title: 'No client certificate was sent', evidence: { hosts: 'device.acme.okta.com:443' } });
    expect(notes[0]!.cause).toBe('device.acme.okta.com:443 (you chose to send none) asked for a client certificate. No certificate was sent.');
  });

  it('with no certificate to offer: nothing is asked, nothing sent, and the note says why', async () => {
    const s = service();
    await expect(s.chooseCertificate({ host: 'idp.example:443', certificates: [] })).resolves.toBeNull();
    expect(sent).toEqual([]);
    expect(s.finishTest()[0]!.cause).toContain('this machine offers no client certificate for it');
  });

  it('an unreadable expiry is shown as unknown rather than dropping the question', async () => {
    const s = service();
    void s.chooseCertificate({ host: 'h:443', certificates: [{ ...CERTS.certificates[0]!, validExpiry: Number.NaN }] });
    expect(prompts()[0]).toMatchObject({ kind: 'certificate', certificates: [{ subjectName: 'alice@acme.example', expiresAt: null }] });
  });
});

describe('the end of the test login', () => {
  it('closes every open question with nothing sent, and a withdrawn question is not a note', async () => {
    const s = service();
    const creds = s.askCredentials(PROXY);
    const cert = s.chooseCertificate(CERTS);
    expect(s.finishTest()).toEqual([]);
    await expect(creds).resolves.toBeNull();
    await expect(cert).resolves.toBeNull();
    expect(closes().map((c) => c.reason)).toEqual(['withdrawn', 'withdrawn']);
    expect(gone(() => s.answer(prompts()[0]!.id, { kind: 'none' })).evidence.reason).toBe('withdrawn');
  });

  it('a question whose window went away (its signal) is withdrawn', async () => {
    const s = service();
    const gone = new AbortController();
    const asked = s.chooseCertificate(CERTS, { signal: gone.signal });
    gone.abort();
    await expect(asked).resolves.toBeNull();
    expect(closes()).toEqual([{ id: prompts()[0]!.id, reason: 'withdrawn' }]);
    await tick();
  });
});

describe('answerLoginPrompt through the dispatcher', () => {
  it('validates the answer without echoing it, and answers only that it arrived', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'login-prompts-'));
    const emitted: unknown[] = [];
    const services = createServices({
      shell: 'electron',
      dataDir,
      vault: { set: async () => {}, get: async () => null, delete: async () => false, probe: async () => ({ ok: true }) },
      authWindow: { open: async () => ({ kind: 'closed' }) },
      fetch: async () => {
        throw new Error('this test makes no HTTP request');
      },
      clipboard: { writeText: async () => {}, readText: async () => '' },
      opener: { open: async () => {} },
      exportPicker: { choose: async () => null },
      emit: (name, payload) => emitted.push({ name, payload }),
      clock: { now: () => Date.now() },
    });
    try {
      const asked = services.loginPrompts.askCredentials(PROXY);
      const { payload } = emitted[0] as { payload: { id: string } };

      const badInput = await dispatch(services.handlers, 'answerLoginPrompt', { id: payload.id, answer: { kind: 'credentials', username: '', password: PASSWORD } });
      expect(badInput).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(JSON.stringify(badInput)).not.toContain(PASSWORD);
      const extraKey = await dispatch(services.handlers, 'answerLoginPrompt', { id: payload.id, answer: { kind: 'none', password: PASSWORD } });
      expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

      const ok = await dispatch(services.handlers, 'answerLoginPrompt', { id: payload.id, answer: { kind: 'credentials', username: 'alice', password: PASSWORD } });
      expect(ok).toEqual({ ok: true, value: { accepted: true } });
      await expect(asked).resolves.toEqual({ username: 'alice', password: PASSWORD });

      const late = await dispatch(services.handlers, 'answerLoginPrompt', { id: payload.id, answer: { kind: 'none' } });
      expect(late).toMatchObject({ ok: false, error: { code: 'LOGIN_PROMPT_GONE', evidence: { reason: 'answered' } } });
      expect(JSON.stringify(emitted)).not.toContain(PASSWORD);
    } finally {
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
