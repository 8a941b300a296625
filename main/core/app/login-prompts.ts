/**
 * The login window's questions to the admin: HTTP or proxy credentials, and
 * which client certificate to send. Each becomes a `loginPrompt` event (no
 * secret in it) and waits for one `answerLoginPrompt` call, a bound
 * (unanswered: nothing is sent), or the end of the test login it belongs to.
 *
 * Answers are handed to whoever asked and dropped: nothing here keeps them,
 * logs them or sends them back. What the admin chose not to send (or left
 * unanswered) becomes a note on the test's result, so a sign-in that then
 * fails says why.
 */
import { randomUUID } from 'node:crypto';
import type { Diagnosis, LoginPrompt, LoginPromptAnswer, LoginPromptClosed } from '../../../common/contract';
import { diagnose, diagnosisError } from '../../../common/diagnosis';
import type { CertificateRequest, CredentialsRequest, EmitEvent, LoginPrompts } from '../ports';

/** How long a question stays open; the login window's own timeout is longer, so the admin sees why it went on. */
export const DEFAULT_PROMPT_TIMEOUT_MS = 3 * 60_000;

/** How many closed questions are remembered, to tell a late answer why it came too late. */
const REMEMBERED_CLOSED = 50;
/** The most certificates offered in one question (the contract's bound). */
const MAX_CERTIFICATES = 100;

export interface LoginPromptService extends LoginPrompts {
  /** The admin's answer (answerLoginPrompt). Throws LOGIN_PROMPT_GONE or LOGIN_PROMPT_ANSWER_MISMATCH; a wrong answer leaves the question open. */
  answer(id: string, answer: LoginPromptAnswer): void;
  /**
   * The test login ended (or was cancelled): every open question closes with nothing sent, and the notes about
   * what was not sent during it are returned, once, for its result.
   */
  finishTest(): Diagnosis[];
}

export interface LoginPromptDeps {
  emit: EmitEvent;
  timeoutMs?: number;
  newId?: () => string;
}

type CloseReason = LoginPromptClosed['reason'];
type Question = { kind: 'credentials'; host: string; port: number; realm: string; scheme: string; isProxy: boolean; retry: boolean } | { kind: 'certificate'; host: string; certificates: Extract<LoginPrompt, { kind: 'certificate' }>['certificates'] };
interface Open {
  prompt: LoginPrompt;
  close(reason: CloseReason, answer: LoginPromptAnswer | null): void;
}
type NoteCode = 'CLIENT_CERTIFICATE_NOT_SENT' | 'PROXY_CREDENTIALS_NOT_SENT' | 'SITE_CREDENTIALS_NOT_SENT';
/** Why nothing was sent: the admin said so, or nobody answered in time. */
type NoteWhy = 'declined' | 'timed-out' | 'no-certificate-installed';

export function createLoginPrompts(deps: LoginPromptDeps): LoginPromptService {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PROMPT_TIMEOUT_MS;
  const newId = deps.newId ?? randomUUID;
  const open = new Map<string, Open>();
  const closed = new Map<string, CloseReason>();
  let notes = new Map<NoteCode, Map<string, NoteWhy>>();

  const remember = (id: string, reason: CloseReason) => {
    closed.set(id, reason);
    if (closed.size > REMEMBERED_CLOSED) closed.delete(closed.keys().next().value!);
  };
  const note = (code: NoteCode, host: string, why: NoteWhy) => {
    const hosts = notes.get(code) ?? new Map<string, NoteWhy>();
    hosts.set(host, why);
    notes.set(code, hosts);
  };

  function ask(question: Question, signal: AbortSignal | undefined): Promise<{ answer: LoginPromptAnswer | null; reason: CloseReason }> {
    const id = newId();
    const prompt = { ...question, id, expiresInMs: timeoutMs } as LoginPrompt;
    return new Promise((resolve) => {
      const onAbort = () => close('withdrawn', null);
      const timer = setTimeout(() => close('timed-out', null), timeoutMs);
      timer.unref?.();
      function close(reason: CloseReason, answer: LoginPromptAnswer | null) {
        if (!open.delete(id)) return;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        remember(id, reason);
        deps.emit('loginPromptClosed', { id, reason });
        resolve({ answer, reason });
      }
      open.set(id, { prompt, close });
      if (signal?.aborted) return close('withdrawn', null);
      signal?.addEventListener('abort', onAbort, { once: true });
      deps.emit('loginPrompt', prompt);
    });
  }

  const notSent = (reason: CloseReason): NoteWhy | null => (reason === 'withdrawn' ? null : reason === 'timed-out' ? 'timed-out' : 'declined');

  return {
    async askCredentials(request: CredentialsRequest, options = {}) {
      const host = clip(request.host, 255);
      const { answer, reason } = await ask(
        { kind: 'credentials', host, port: validPort(request.port), realm: clip(request.realm, 300), scheme: clip(request.scheme, 40), isProxy: request.isProxy, retry: request.retry },
        options.signal,
      );
      if (answer?.kind === 'credentials') return { username: answer.username, password: answer.password };
      const why = notSent(reason);
      if (why) note(request.isProxy ? 'PROXY_CREDENTIALS_NOT_SENT' : 'SITE_CREDENTIALS_NOT_SENT', `${host}:${validPort(request.port)}`, why);
      return null;
    },

    async chooseCertificate(request: CertificateRequest, options = {}) {
      const host = clip(request.host, 300);
      const certificates = request.certificates
        .filter((c) => typeof c.fingerprint === 'string' && c.fingerprint.length > 0 && c.fingerprint.length <= 200)
        .slice(0, MAX_CERTIFICATES)
        .map((c) => ({ subjectName: clip(c.subjectName, 500), issuerName: clip(c.issuerName, 500), expiresAt: isoFromSeconds(c.validExpiry), fingerprint: c.fingerprint }));
      if (certificates.length === 0) {
        // Nothing to choose from: nothing is sent, and the result says so.
        note('CLIENT_CERTIFICATE_NOT_SENT', host, 'no-certificate-installed');
        return null;
      }
      const { answer, reason } = await ask({ kind: 'certificate', host, certificates }, options.signal);
      if (answer?.kind === 'certificate') return answer.fingerprint;
      const why = notSent(reason);
      if (why) note('CLIENT_CERTIFICATE_NOT_SENT', host, why);
      return null;
    },

    answer(id, answer) {
      const question = open.get(id);
      if (!question) {
        const reason = closed.get(id);
        throw diagnosisError('LOGIN_PROMPT_GONE', { reason: reason ?? 'unknown' }, { cause: goneCause(reason, timeoutMs) });
      }
      const { prompt } = question;
      if (answer.kind !== 'none' && answer.kind !== prompt.kind) {
        throw diagnosisError('LOGIN_PROMPT_ANSWER_MISMATCH', { asked: prompt.kind, answered: answer.kind });
      }
      if (answer.kind === 'certificate' && prompt.kind === 'certificate' && !prompt.certificates.some((c) => c.fingerprint === answer.fingerprint)) {
        throw diagnosisError('LOGIN_PROMPT_ANSWER_MISMATCH', { asked: 'certificate', answered: 'a certificate that was not offered' });
      }
      question.close('answered', answer);
    },

    finishTest() {
      for (const question of [...open.values()]) question.close('withdrawn', null);
      const found = [...notes].map(([code, hosts]) => noteDiagnosis(code, hosts, timeoutMs));
      notes = new Map();
      return found;
    },
  };
}

/** "3 minutes", "45 seconds": the bound as the admin reads it. */
function formatMs(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

function goneCause(reason: CloseReason | undefined, timeoutMs: number): string {
  switch (reason) {
    case 'answered':
      return 'It was already answered (perhaps in another window of the app).';
    case 'timed-out':
      return `It went unanswered for ${formatMs(timeoutMs)}, so the login window went on without an answer.`;
    case 'withdrawn':
      return 'The test login it belonged to has ended (finished, cancelled, or its window closed).';
    default:
      return 'The app did not ask it (or asked it before the app was restarted).';
  }
}

const WHY_TEXT: Record<NoteWhy, (timeoutMs: number) => string> = {
  declined: () => 'you chose to send none',
  'timed-out': (ms) => `nobody answered within ${formatMs(ms)}`,
  'no-certificate-installed': () => 'this machine offers no client certificate for it',
};

function noteDiagnosis(code: NoteCode, hosts: Map<string, NoteWhy>, timeoutMs: number): Diagnosis {
  const parts = [...hosts].map(([host, why]) => `${host} (${WHY_TEXT[why](timeoutMs)})`);
  const asked = code === 'CLIENT_CERTIFICATE_NOT_SENT' ? 'asked for a client certificate' : code === 'PROXY_CREDENTIALS_NOT_SENT' ? 'is a proxy that asked for a user name and password' : 'asked for a user name and password';
  const what = code === 'CLIENT_CERTIFICATE_NOT_SENT' ? 'No certificate was sent' : 'Nothing was sent';
  return diagnose(
    code,
    { hosts: [...hosts.keys()].join(', '), answers: [...new Set(hosts.values())].join(', ') },
    { cause: `${parts.join('; ')} ${asked}. ${what}.` },
  );
}

/** Strings from the network are shown, not trusted: bounded to what the contract accepts. */
function clip(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function validPort(port: unknown): number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65535 ? port : 0;
}

function isoFromSeconds(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
