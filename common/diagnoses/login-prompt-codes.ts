/**
 * Diagnosis codes: questions the login window asks the admin (HTTP or proxy sign-in, client certificates),
 * and what it means when one went unanswered. Part of the catalogue (catalogue.ts). Codes are stable:
 * admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';

export const loginPromptCodes = {
  LOGIN_PROMPT_GONE: {
    title: 'That question is no longer open',
    cause: 'The login window’s question was already answered, went unanswered for too long, or belonged to a login that has ended.',
    fix: ['If the login window is still open and asks again, answer the new question.', 'Otherwise press "Test login" again.'],
  },
  LOGIN_PROMPT_ANSWER_MISMATCH: {
    title: 'That answer does not fit the question',
    cause: 'The answer was for another kind of question, or named a certificate that was not offered.',
    fix: ['Answer the question shown, or cancel it.'],
  },
  CLIENT_CERTIFICATE_NOT_SENT: {
    title: 'No client certificate was sent',
    cause: 'A site in the login asked for a client certificate, and none was sent.',
    fix: [
      'If the sign-in then failed or was refused, the site needs a certificate: test again and pick the one your company issued to this machine or to you (the list shows the certificates installed here).',
      'If none of them is right, ask your IT team which certificate the identity provider expects, or exempt the test user from the device-certificate requirement in the identity provider’s sign-on policy.',
    ],
  },
  PROXY_CREDENTIALS_NOT_SENT: {
    title: 'The proxy’s sign-in was not answered',
    cause: 'Your network’s proxy asked for a user name and password, and none was given.',
    fix: [
      'Test again and enter your proxy user name and password when asked (your IT team knows which; they are used once and never saved).',
      'The login window uses the system’s proxy settings: check them if this proxy is not the one you expect.',
    ],
  },
  SITE_CREDENTIALS_NOT_SENT: {
    title: 'A site’s sign-in was not answered',
    cause: 'A site in the login asked for a user name and password (HTTP authentication), and none was given.',
    fix: [
      'Test again and enter the user name and password that site expects when asked (they are used once and never saved).',
      'If the site is your identity provider’s desktop single sign-on (Windows Integrated Authentication), cancelling should fall back to its sign-in page; if it does not, ask your IT team.',
    ],
  },
} as const satisfies Record<string, CatalogueEntry>;
