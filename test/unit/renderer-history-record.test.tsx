/**
 * A history record read as evidence (HistoryRecordCard): the time to the
 * second with its zone, the stages in the UI's words, "Passed with
 * warnings", the values tested, the full diagnosis with Copy diagnosis, an
 * issuer check's checks, and the user's email and sub masked on request.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../common/contract';
import { diagnose } from '../../common/diagnosis';
import { stageLabel } from '../../common/rules/stage-labels';
import { HistoryRecordCard } from '../../renderer/src/components/HistoryRecordCard';

beforeAll(() => {
  process.env.TZ = 'UTC';
});

const base = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  configId: '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f',
  at: '2026-12-01T19:26:04.512Z',
  kind: 'test-login',
  appVersion: '0.1.0',
} as const;

const values = {
  issuer: 'https://acme.okta.com',
  clientId: '0oahubacme000000001',
  redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume',
  scopes: 'openid email profile',
  secretRevision: 2,
};

/** "discovery 120, done 300" → the stage timings of a record. */
function timings(list: string): HistoryRecord['stages'] {
  return list.split(', ').map((pair) => {
    const [stage, ms] = pair.split(' ');
    return { stage: stage as HistoryRecord['stages'][number]['stage'], ms: Number(ms) };
  });
}

const passWithWarning: HistoryRecord = {
  ...base,
  outcome: 'success',
  values,
  claims: { sub: '00ualice00000000001', email: 'alice@acme.example', email_verified: false, other: {} },
  warnings: [diagnose('EMAIL_NOT_VERIFIED', { email: 'alice@acme.example' })],
  stages: timings('discovery 120, window-opened 2400, redirect-caught 3, exchanging-code 80, validating-token 12, done 2615'),
};

const failure: HistoryRecord = {
  ...base,
  id: '11111111-2222-4333-8444-555555555555',
  outcome: 'failure',
  values,
  code: 'INVALID_CLIENT_SECRET',
  title: diagnose('INVALID_CLIENT_SECRET').title,
  diagnosis: diagnose('INVALID_CLIENT_SECRET', { status: 401 }),
  stages: timings('discovery 100, failed 3000'),
};

const render = (record: HistoryRecord, hidePersonal = false) => renderToStaticMarkup(createElement(HistoryRecordCard, { record, hidePersonal }));
/** The text a person reads: tags dropped, entities decoded, white space folded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

function expectPhrases(out: string, phrases: string[]): void {
  for (const phrase of phrases) expect(out).toContain(phrase);
}

describe('a history record as evidence', () => {
  it('shows the time to the second, with the zone', () => {
    const out = text(render(passWithWarning));
    expect(out).toContain('2026-12-01 19:26:04 UTC');
    expect(render(passWithWarning)).toContain('dateTime="2026-12-01T19:26:04.512Z"');
  });

  it('names each stage in the UI’s words with its time, never its internal id', () => {
    const out = text(render(passWithWarning));
    expect(out).toContain(`${stageLabel('window-opened')} 2.4 s`);
    expect(out).toContain(`${stageLabel('discovery')} 120 ms`);
    expect(out).toContain(`${stageLabel('done')} 2.6 s in all`);
    expect(out).not.toMatch(/window-opened|redirect-caught|exchanging-code|validating-token/);
  });

  it('says “Passed with warnings” for a pass with warnings, and shows each warning', () => {
    const out = text(render(passWithWarning));
    expect(out).toContain('Passed with warnings');
    expect(out).toContain('EMAIL_NOT_VERIFIED');
    expect(out).not.toContain('Succeeded');
    expect(text(render({ ...passWithWarning, warnings: [] }))).toMatch(/ Passed (?!with)/);
  });

  it('shows the values tested and the user who signed in', () => {
    expectPhrases(text(render(passWithWarning)), [
      `Issuer tested ${values.issuer}`, `Client ID tested ${values.clientId}`, `Redirect URI tested ${values.redirectUri}`,
      'Signed in as alice@acme.example', 'Subject (sub) 00ualice00000000001',
    ]);
  });

  it('masks the user’s email and sub when personal data is hidden, in the warnings’ evidence too', () => {
    const html = render(passWithWarning, true);
    expect(text(html)).toContain('Signed in as a•••@acme.example');
    expect(text(html)).toContain('00u•••01');
    expect(html).not.toContain('alice@acme.example');
    expect(html).not.toContain('00ualice00000000001');
  });

  it('keeps a failure’s full diagnosis: title, cause, fix steps and Copy diagnosis', () => {
    const html = render(failure);
    const d = failure.diagnosis!;
    const out = text(html);
    expect(out).toContain('Failed : INVALID_CLIENT_SECRET');
    expect(out).toContain(d.cause);
    for (const step of d.fix) expect(out).toContain(step);
    expect(out).toContain('Copy diagnosis');
    expect(out).toContain(`${stageLabel('failed')} 3.0 s in all`);
  });

  it('rebuilds an old record’s diagnosis from its code, and says so', () => {
    const old: HistoryRecord = { ...base, outcome: 'failure', code: 'USER_NOT_ASSIGNED', title: 'This user is not assigned to the Okta app', stages: [] };
    const out = text(render(old));
    expect(out).toContain(diagnose('USER_NOT_ASSIGNED').fix[0]);
    expect(out).toContain('older than full diagnoses');
    expect(out).toContain('older than the tested values’ evidence');
  });

  it('shows an issuer check’s checks', () => {
    const check: HistoryRecord = {
      ...base,
      kind: 'issuer-check',
      outcome: 'success',
      stages: timings('discovery 300, done 300'),
      issuerCheck: {
        normalizedIssuer: 'https://acme.okta.com',
        ok: true,
        durationMs: 300,
        checks: [
          { id: 'discovery', label: 'Discovery document found', status: 'pass', detail: 'HTTP 200' },
          { id: 'jwks', label: 'Signing keys published', status: 'warn', detail: 'one key' },
        ],
      },
    };
    expectPhrases(text(render(check)), ['Issuer check, 2026-12-01 19:26:04 UTC', 'Passed with warnings', 'Checks (300 ms)', 'Discovery document found', 'Signing keys published']);
  });
});
