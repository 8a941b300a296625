/**
 * The words and tone of a configuration's status (config-status.ts), the same
 * on every screen. Codes stay visible: admins search for them.
 */
import type { TestMark } from '../contract';
import type { ConfigStatus } from './config-status';
import { formatTestTime } from './format-time';
import { stageLabel } from './stage-labels';

export type StatusTone = 'ok' | 'warn' | 'fail' | 'neutral' | 'running';

export interface StatusText {
  tone: StatusTone;
  /** Short: a badge or a heading's mark. */
  label: string;
  /** One or two sentences. */
  detail: string;
}

/** A code with the title it was shown with when the test ran (kept on the mark: no catalogue on the home screen). */
function codeWords(mark: TestMark, code: string | undefined): string {
  if (!code) return 'unknown error';
  const title = mark.titles?.[code];
  return title ? `${title} (${code})` : code;
}

const as = (mark: TestMark) => (mark.user ? ` as ${mark.user}` : '');
const when = (mark: TestMark, timeZone?: string) => formatTestTime(mark.at, timeZone ? { timeZone } : {});

function outcomeWords(mark: TestMark): string {
  return mark.outcome === 'cancelled' ? 'was cancelled' : `failed: ${codeWords(mark, mark.code)}`;
}

export function statusText(status: ConfigStatus, options: { timeZone?: string } = {}): StatusText {
  const tz = options.timeZone;
  switch (status.kind) {
    case 'never-tested':
      return { tone: 'neutral', label: 'Not tested', detail: 'No test login with these values yet. Test before pasting them into the Hub.' };
    case 'running':
      return { tone: 'running', label: 'Test running', detail: `A test login is running: ${stageLabel(status.running.stage as never)}.` };
    case 'passed':
    case 'passed-with-warnings': {
      const base = `Configuration passed at ${when(status.pass, tz)}${as(status.pass)}`;
      const warn = status.kind === 'passed-with-warnings' ? ` with warnings: ${status.pass.warnings.map((w) => codeWords(status.pass, w)).join(', ')}` : '';
      const issue = status.userIssue ? `; latest test${as(status.userIssue)} ${outcomeWords(status.userIssue)}` : '';
      return {
        tone: status.kind === 'passed' ? 'ok' : 'warn',
        label: status.kind === 'passed' ? 'Passed' : 'Passed with warnings',
        detail: `${base}${warn}${issue}.`,
      };
    }
    case 'failed': {
      const f = status.failure;
      if (status.userCaused) {
        return {
          tone: 'warn',
          label: 'Not passed yet',
          detail: `Latest test at ${when(f, tz)}${as(f)} ${outcomeWords(f)}. That is about the sign-in, not necessarily the configuration: test again (another user, or finish signing in).`,
        };
      }
      const earlier = status.earlierPass ? ` It passed earlier, at ${when(status.earlierPass, tz)}${as(status.earlierPass)}: something changed at the identity provider.` : '';
      return { tone: 'fail', label: `Failed: ${f.code ?? 'error'}`, detail: `Latest test at ${when(f, tz)}${as(f)} ${outcomeWords(f)}.${earlier}` };
    }
    case 'changed':
      return {
        tone: 'neutral',
        label: 'Values changed',
        detail: `The values changed since the last test (${when(status.lastTest, tz)}): test again before pasting them into the Hub.`,
      };
  }
}
