/**
 * The login window's questions (HTTP or proxy sign-in, a client
 * certificate), fed by the main side's `loginPrompt` / `loginPromptClosed`
 * events, oldest first: the dialog shows the first. Answers go straight to
 * answerLoginPrompt; a password passes through here as an argument and is
 * never put in the store.
 */
import type { Diagnosis, LoginPrompt, LoginPromptAnswer } from '../../../common/contract';
import { on } from '../api';
import { request } from './request';
import type { Slice } from './store';

export interface LoginPromptSlice {
  /** Open questions, oldest first. */
  loginPrompts: LoginPrompt[];
  /** Why the last answer was not taken (shown in the dialog until the next answer). */
  loginPromptError?: Diagnosis;
  /** Follows the main side's questions; returns the function that stops. */
  followLoginPrompts(): () => void;
  /** Signs in with what the admin typed (the dialog clears its own copy first). */
  sendCredentials(id: string, username: string, password: string): Promise<void>;
  sendCertificate(id: string, fingerprint: string): Promise<void>;
  /** Cancel, "Send no certificate", Esc: nothing is sent. */
  declineLoginPrompt(id: string): Promise<void>;
}

export const loginPromptSlice: Slice<LoginPromptSlice> = (set, get) => {
  const remove = (id: string) => {
    const open = get().loginPrompts;
    if (open.some((p) => p.id === id)) set({ loginPrompts: open.filter((p) => p.id !== id), loginPromptError: undefined });
  };

  async function answer(id: string, value: LoginPromptAnswer): Promise<void> {
    set({ loginPromptError: undefined });
    const sent = await request('answerLoginPrompt', { id, answer: value });
    if (sent.ok) return remove(id);
    if (sent.error.code === 'LOGIN_PROMPT_GONE') {
      // Too late (timed out, the test ended, answered elsewhere): the question leaves; say why.
      remove(id);
      get().notify(`${sent.error.title}. ${sent.error.cause}`, 'error');
      return;
    }
    // Invalid or mismatched: the question stays open, with the reason.
    if (get().loginPrompts.some((p) => p.id === id)) set({ loginPromptError: sent.error });
  }

  return {
    loginPrompts: [],

    followLoginPrompts() {
      const offPrompt = on('loginPrompt', (prompt) => {
        if (get().loginPrompts.some((p) => p.id === prompt.id)) return;
        set({ loginPrompts: [...get().loginPrompts, prompt] });
      });
      const offClosed = on('loginPromptClosed', ({ id }) => remove(id));
      return () => {
        offPrompt();
        offClosed();
      };
    },

    sendCredentials: (id, username, password) => answer(id, { kind: 'credentials', username, password }),
    sendCertificate: (id, fingerprint) => answer(id, { kind: 'certificate', fingerprint }),
    declineLoginPrompt: (id) => answer(id, { kind: 'none' }),
  };
};
