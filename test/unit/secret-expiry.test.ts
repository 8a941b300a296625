/** The secret's expiry, ahead of time: the rule the home card and the report use, and the report's lines. */
import { describe, expect, it } from 'vitest';
import { secretExpiry } from '../../common/rules/secret-expiry';
import { ConfigFields, IsoDay } from '../../common/schemas/config-schemas';
import { buildReportData } from '../../main/core/report/report-data';
import { renderReportHtml } from '../../main/core/report/report-html';
import type { Configuration } from '../../common/contract';

const at = (iso: string) => Date.parse(iso);

describe('secretExpiry', () => {
  it('counts the days left, the expiry day itself included', () => {
    expect(secretExpiry('2026-12-24', at('2026-12-01T23:50:00Z'))).toEqual({ state: 'soon', expiresOn: '2026-12-24', daysLeft: 23, text: 'expires in 23 days (2026-12-24)' });
    expect(secretExpiry('2027-06-01', at('2026-12-01T08:00:00Z'))).toMatchObject({ state: 'ok', daysLeft: 182 });
    expect(secretExpiry('2026-12-31', at('2026-12-01T00:00:00Z'))).toMatchObject({ state: 'soon', daysLeft: 30 });
    expect(secretExpiry('2027-01-01', at('2026-12-01T00:00:00Z'))).toMatchObject({ state: 'ok', daysLeft: 31 });
    expect(secretExpiry('2026-12-02', at('2026-12-01T12:00:00Z'))).toMatchObject({ state: 'soon', text: 'expires in 1 day (2026-12-02)' });
    expect(secretExpiry('2026-12-01', at('2026-12-01T23:59:59Z'))).toMatchObject({ state: 'soon', daysLeft: 0, text: 'expires today (2026-12-01)' });
  });

  it('is expired from the end of the day on', () => {
    expect(secretExpiry('2026-11-30', at('2026-12-01T00:00:00Z'))).toMatchObject({ state: 'expired', text: 'expired 1 day ago (2026-11-30)' });
    expect(secretExpiry('2026-10-01', at('2026-12-01T10:00:00Z'))).toMatchObject({ state: 'expired', daysLeft: -61 });
  });

  it('unknown when not recorded or not a day', () => {
    expect(secretExpiry(undefined, 0)).toEqual({ state: 'unknown' });
    expect(secretExpiry('', 0)).toEqual({ state: 'unknown' });
    expect(secretExpiry('next year', 0)).toEqual({ state: 'unknown' });
  });

  it('the configuration accepts a real YYYY-MM-DD day or "" (not recorded), and refuses others', () => {
    expect(IsoDay.safeParse('2026-12-24').success).toBe(true);
    expect(IsoDay.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDay.safeParse('24/12/2026').success).toBe(false);
    expect(ConfigFields.parse({ secretExpiresOn: '' }).secretExpiresOn).toBe('');
    expect(ConfigFields.parse({}).secretExpiresOn).toBeUndefined();
    expect(ConfigFields.parse({}).idpKind).toBe('okta');
  });
});

describe('the report shows the IdP and the secret expiry ahead of time', () => {
  const config = (over: Partial<Configuration>): Configuration => ({
    ...ConfigFields.parse({ name: 'Contoso', orgId: 'acme', clientId: '6731de76-14a6-49ae-97bc-6eba6914391e', issuerUrl: 'https://login.microsoftonline.com/t/v2.0' }),
    id: '00000000-0000-4000-8000-000000000001',
    revision: 1,
    hasSecret: true,
    secretRevision: 1,
    progress: { done: { createApp: true, configureApp: true, credentials: false, enableSso: false }, currentStep: 'credentials' },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    verdict: {},
    ...over,
  });
  const html = (c: Configuration) => renderReportHtml(buildReportData({ config: c, history: [], claims: 'redacted', now: '2026-12-01T23:50:00.000Z', appVersion: '1.0.0' }), { timeZone: 'UTC' });

  it('names Microsoft Entra ID and says the secret expires in 23 days', () => {
    const page = html(config({ idpKind: 'entra', secretExpiresOn: '2026-12-24' }));
    expect(page).toContain('<th>Identity provider</th><td>Microsoft Entra ID</td>');
    expect(page).toContain('expires in 23 days (2026-12-24): create a new secret before then');
  });

  it('says an expired secret is expired; no line when not recorded; "generic" reads as Okta', () => {
    expect(html(config({ idpKind: 'entra', secretExpiresOn: '2026-11-20' }))).toContain('expired 11 days ago (2026-11-20): logins with this secret fail');
    const plain = html(config({ idpKind: 'generic' }));
    expect(plain).not.toContain('Secret expiry');
    expect(plain).toContain('<td>Okta</td>');
  });
});
