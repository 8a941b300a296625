// A .tsx file so the root tsconfig (no JSX) does not pull the components into its program; vitest runs it as a unit test.
/**
 * The login window's questions in the app's window: the real store follows
 * the main side's loginPrompt / loginPromptClosed events (through a fake
 * bridge on window.ssoAssistant, the only fake here), answers with
 * answerLoginPrompt, and never holds a password; the dialog shows the
 * question's details (proxy wording, realm, the certificates to choose from).
 * Typing and pressing keys in the dialog is driven in real Chromium by
 * test/e2e/login-prompts.spec.ts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallResult, EventName, LoginPrompt } from '../../common/contract';
import { API_GLOBAL } from '../../common/contract-names';
import { diagnose } from '../../common/diagnosis';
import { CertificateDialog, CredentialsDialog, LoginPromptDialog } from '../../renderer/src/components/LoginPromptDialog';
import { useApp } from '../../renderer/src/state/store';

const PASSWORD = 'pr0xy-Pa55word-never-kept';
const PROXY: LoginPrompt = { id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', kind: 'credentials', host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy', scheme: 'basic', isProxy: true, retry: false, expiresInMs: 180_000 };
const CERT: LoginPrompt = {
  id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
  kind: 'certificate',
  host: 'device.acme.okta.com:443',
  expiresInMs: 180_000,
  certificates: [
    { subjectName: 'alice@acme.example', issuerName: 'Acme Device CA', expiresAt: '2027-12-28T13:20:00.000Z', fingerprint: 'sha256/AAAA' },
    { subjectName: 'LAPTOP-42', issuerName: 'Acme Machine CA', expiresAt: '2020-01-01T00:00:00.000Z', fingerprint: 'sha256/BBBB' },
  ],
};

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const calls: Array<{ name: string; input: unknown }> = [];
let answerWith: CallResult<unknown> = { ok: true, value: { accepted: true } };

function emit(name: EventName, payload: unknown) {
  for (const l of listeners.get(name) ?? []) l(payload);
}

beforeAll(() => {
  process.env.TZ = 'UTC';
  (globalThis as Record<string, unknown>)[API_GLOBAL] = {
    call: async (name: string, input: unknown) => {
      calls.push({ name, input: structuredClone(input) });
      return answerWith;
    },
    on: (name: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
});

let stop: () => void;
beforeEach(() => {
  stop?.();
  listeners.clear();
  calls.length = 0;
  answerWith = { ok: true, value: { accepted: true } };
  useApp.setState({ loginPrompts: [], loginPromptError: undefined, notice: undefined });
  stop = useApp.getState().followLoginPrompts();
});

const state = () => useApp.getState();

describe('the store follows the main side’s questions', () => {
  it('queues them oldest first, once each, and drops the one the main side closed', () => {
    emit('loginPrompt', PROXY);
    emit('loginPrompt', CERT);
    emit('loginPrompt', PROXY);
    expect(state().loginPrompts.map((p) => p.id)).toEqual([PROXY.id, CERT.id]);
    emit('loginPromptClosed', { id: PROXY.id, reason: 'timed-out' });
    expect(state().loginPrompts.map((p) => p.id)).toEqual([CERT.id]);
  });

  it('signing in sends the credentials once and keeps no copy of the password', async () => {
    emit('loginPrompt', PROXY);
    await state().sendCredentials(PROXY.id, 'alice', PASSWORD);
    expect(calls).toEqual([{ name: 'answerLoginPrompt', input: { id: PROXY.id, answer: { kind: 'credentials', username: 'alice', password: PASSWORD } } }]);
    expect(state().loginPrompts).toEqual([]);
    expect(JSON.stringify(state())).not.toContain(PASSWORD);
  });

  it('Cancel and "Send no certificate" send nothing but "none"', async () => {
    emit('loginPrompt', CERT);
    await state().declineLoginPrompt(CERT.id);
    expect(calls).toEqual([{ name: 'answerLoginPrompt', input: { id: CERT.id, answer: { kind: 'none' } } }]);
    expect(state().loginPrompts).toEqual([]);
  });

  it('choosing a certificate sends its fingerprint', async () => {
    emit('loginPrompt', CERT);
    await state().sendCertificate(CERT.id, 'sha256/AAAA');
    expect(calls[0]!.input).toEqual({ id: CERT.id, answer: { kind: 'certificate', fingerprint: 'sha256/AAAA' } });
  });

  it('a refused answer leaves the question open with the reason (and still no password in the store)', async () => {
    emit('loginPrompt', PROXY);
    answerWith = { ok: false, error: diagnose('INVALID_INPUT', { call: 'answerLoginPrompt', fields: 'answer.username: Enter the user name' }) };
    await state().sendCredentials(PROXY.id, '', PASSWORD);
    expect(state().loginPrompts.map((p) => p.id)).toEqual([PROXY.id]);
    expect(state().loginPromptError?.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(state())).not.toContain(PASSWORD);
  });

  it('an answer that came too late removes the question and says why', async () => {
    emit('loginPrompt', PROXY);
    answerWith = { ok: false, error: diagnose('LOGIN_PROMPT_GONE', { reason: 'timed-out' }, { cause: 'It went unanswered for 3 minutes, so the login window went on without an answer.' }) };
    await state().declineLoginPrompt(PROXY.id);
    expect(state().loginPrompts).toEqual([]);
    expect(state().notice).toMatchObject({ tone: 'error', text: 'That question is no longer open. It went unanswered for 3 minutes, so the login window went on without an answer.' });
  });
});

// Server rendering reads the store's initial state (zustand's server snapshot): the dialogs get the question as a prop.
const markupOf = (prompt: LoginPrompt) =>
  renderToStaticMarkup(prompt.kind === 'credentials' ? createElement(CredentialsDialog, { prompt, onDecline: () => undefined }) : createElement(CertificateDialog, { prompt, onDecline: () => undefined }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('the dialog', () => {
  it('shows nothing without a question', () => {
    expect(renderToStaticMarkup(createElement(LoginPromptDialog))).toBe('');
  });

  it('a proxy’s sign-in: says it is the proxy, where, and for what; a password field that is not remembered', () => {
    const html = markupOf(PROXY);
    expect(text(html)).toContain('Your network’s proxy asks you to sign in');
    expect(text(html)).toContain('The proxy proxy.corp.example:8080 asks the login window for a user name and password for “Corp proxy” (basic authentication).');
    expect(text(html)).toContain('never saved');
    expect(html).toMatch(/<input[^>]*type="password"[^>]*autoComplete="off"|<input[^>]*autoComplete="off"[^>]*type="password"/i);
    expect(html).toMatch(/<button type="submit" class="primary" form="[^"]+">Sign in<\/button>/);
    expect(html).toMatch(/<button type="button">Cancel<\/button>/);
    expect(html).not.toContain('was not accepted');
  });

  it('a site’s sign-in asked again says the previous answer was refused', () => {
    const shown = text(markupOf({ ...PROXY, isProxy: false, retry: true, host: 'sso.acme.example', port: 443, realm: '' }));
    expect(shown).toContain('A site asks you to sign in');
    expect(shown).toContain('sso.acme.example:443 asks the login window for a user name and password (basic authentication).');
    expect(shown).toContain('What was given before was not accepted.');
  });

  it('a certificate question: one radio per certificate with subject, issuer and expiry; nothing chosen until the admin picks', () => {
    const html = markupOf(CERT);
    expect(text(html)).toContain('device.acme.okta.com:443 asks the login window to identify you or this device with a certificate.');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).not.toContain('checked');
    expect(text(html)).toContain('alice@acme.example Issued by Acme Device CA · expires 2027-12-28 13:20:00 UTC');
    expect(text(html)).toContain('LAPTOP-42 Issued by Acme Machine CA · expired 2020-01-01 00:00:00 UTC');
    expect(html).toMatch(/<button type="button" class="primary" disabled="">Send this certificate<\/button>/);
    expect(html).toContain('Send no certificate');
  });
});
