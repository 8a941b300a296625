/**
 * The history as evidence, and the evidence report, in browser mode against
 * the Okta-like IdP (recording what it issues): check the issuer, a
 * successful test login as alice, then a failed one with a wrong secret.
 * The history shows each record's time to the second with its zone, the
 * values tested, the user (masked with "Hide personal data"), the stages in
 * words, and a failure's diagnosis with its fix steps and "Copy diagnosis"
 * (with the text kept in view when the clipboard fails). The PDF and the
 * HTML report are exported from the screen; the PDF's text (pdftotext)
 * holds the tested user's claims and the diagnosis, and neither report holds
 * a client secret, an authorization code or a token. axe: no violations on
 * the history screen in either theme.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { USER_SPECS } from '../fixtures/okta-idp/directory';
import { launchTestApp, type TestApp } from './app';
import { createConfigThroughStep2, exportReportFrom as exportFrom, fillCredentials, snap, snapPart, testResult } from './screens';

let t: TestApp | undefined;
let idp: OktaLikeIdp | undefined;

test.afterEach(async () => {
  await t?.close();
  await idp?.close();
});

async function signIn(app: TestApp, page: Page, who: OktaLikeIdp['users']['alice']): Promise<void> {
  const loginPage = app.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login = await loginPage;
  await login.getByLabel('Username').fill(who.username);
  await login.getByLabel('Password').fill(who.password);
  await login.getByRole('button', { name: 'Sign In' }).click();
}

async function axe(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test('history as evidence: values, user, stages and diagnosis; PDF and HTML reports with the claims and the diagnosis, without secret, code or token', async ({ browser }, testInfo) => {
  test.setTimeout(150_000);
  idp = await startOktaLikeIdp({ recordIssued: true });
  t = await launchTestApp(browser);
  const { page } = t;
  const alice = idp.users.alice;
  const aliceSub = USER_SPECS.alice.sub;
  const wrongSecret = `wrong-secret-${Date.now()}-0123456789`;

  // An issuer check, a good test login, a failing one (wrong secret: the code is issued, the exchange refused).
  const configId = await createConfigThroughStep2(page);
  await fillCredentials(page, idp, 'hub');
  await page.getByRole('button', { name: 'Check issuer' }).click();
  await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check passed', { timeout: 20_000 });
  await signIn(t, page, alice);
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByLabel('Client secret').fill(wrongSecret);
  await signIn(t, page, alice);
  await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
  await expect(testResult(page)).toContainText('INVALID_CLIENT_SECRET');

  // The history: one card per record, newest first.
  await page.goto(`${t.app.origin}/#/config/${configId}/history`);
  await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
  const records = page.getByRole('region', { name: /^Tests \(3, newest first\)/ }).getByRole('article');
  await expect(records).toHaveCount(3);
  const failed = records.nth(0);
  const passed = records.nth(1);
  const checked = records.nth(2);

  // Times to the second, with the zone; outcomes in words.
  for (const card of [failed, passed, checked]) {
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(/^(Test login|Issuer check), \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \S+$/);
  }
  await expect(failed).toContainText('Failed: INVALID_CLIENT_SECRET');
  await expect(passed).toContainText(/Passed/);
  await expect(checked).toContainText(/Passed/);

  // The values tested and the user.
  await expect(passed).toContainText(`Issuer tested${idp.orgIssuer}`);
  await expect(passed).toContainText(`Client ID tested${idp.clients.hub.clientId}`);
  await expect(passed).toContainText('Redirect URI testedhttps://huggingface.co/organizations/acme/oidc/consume');
  await expect(passed).toContainText(`Signed in as${alice.email}`);
  await expect(passed).toContainText(aliceSub);

  // Stages in the UI's words, never their ids.
  await expect(passed.getByRole('list').first()).toContainText('Reading the issuer’s discovery document');
  await expect(passed).toContainText('Validating the ID token and its signature');
  await expect(page.getByRole('main')).not.toContainText(/window-opened|exchanging-code|validating-token/);

  // An issuer check shows its checks.
  await expect(checked.getByRole('heading', { name: /^Checks/ })).toBeVisible();
  await expect(checked.getByRole('listitem').first()).toContainText('Pass');

  // A failure shows its diagnosis with the fix steps.
  const diagnosisToggle = failed.getByText('Diagnosis and how to fix it');
  await diagnosisToggle.click();
  const diagnosis = failed.locator('.record-diagnosis');
  await expect(diagnosis.getByRole('heading', { level: 4 })).toContainText('INVALID_CLIENT_SECRET');
  await expect(diagnosis.getByText('How to fix it', { exact: true })).toBeVisible();
  await expect(diagnosis.locator('ol.diagnosis-fix > li').first()).toBeVisible();
  const diagnosisTitle = (await diagnosis.getByRole('heading', { level: 4 }).textContent())!.replace('INVALID_CLIENT_SECRET', '').trim();
  expect(diagnosisTitle.length).toBeGreaterThan(5);
  await snapPart(failed, testInfo, 'evidence-01-history-failure-card');

  // Copy diagnosis: onto the clipboard...
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.app.origin });
  await diagnosis.getByRole('button', { name: 'Copy diagnosis' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Diagnosis copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^INVALID_CLIENT_SECRET: /);
  expect(copied).toContain('How to fix:');
  expect(copied).toMatch(/at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \S+, SSO Setup Assistant \d/);
  // ...and, when the clipboard fails, the same text selected in view.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await diagnosis.getByRole('button', { name: 'Copy diagnosis' }).click();
  await expect(diagnosis.getByRole('alert')).toContainText('Could not copy');
  const fallback = diagnosis.getByRole('textbox', { name: 'Diagnosis INVALID_CLIENT_SECRET as text' });
  await expect(fallback).toBeFocused();
  await expect(fallback).toHaveValue(copied);
  expect(await fallback.evaluate((el: HTMLTextAreaElement) => el.readOnly && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
  await snapPart(diagnosis, testInfo, 'evidence-02-copy-diagnosis-fallback');

  // axe, light and dark, with the diagnosis open.
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    violations.push(...(await axe(page, `history (${colorScheme})`)));
    await snap(page, testInfo, `evidence-03-history-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Hide personal data: the email and sub are masked on the whole screen.
  await page.getByLabel('Hide personal data').check();
  await expect(passed).toContainText('Signed in asa•••@acme.example');
  await expect(passed).toContainText('00u•••01');
  await expect(page.getByRole('main')).not.toContainText(alice.email!);
  await expect(page.getByRole('main')).not.toContainText(aliceSub);
  await snap(page, testInfo, 'evidence-04-history-personal-data-hidden');
  await page.getByLabel('Hide personal data').uncheck();
  await expect(passed).toContainText(alice.email!);
  expect(violations).toEqual([]);

  // The whole history's report, claims in full: PDF and HTML.
  const reportSection = page.getByRole('region', { name: 'Evidence report' });
  await expect(reportSection.getByRole('radio', { name: /^Redacted/ })).toBeChecked(); // the default
  await reportSection.getByRole('radio', { name: /^All/ }).check();
  const pdfFile = await exportFrom(page, reportSection, 'PDF');
  expect(pdfFile.startsWith(t.dataDir)).toBe(true); // browser mode: the data folder's exports/
  await snap(page, testInfo, 'evidence-05-report-exported');
  await expect(reportSection).toContainText(`Saved to ${pdfFile}`);
  const htmlFile = await exportFrom(page, reportSection, 'HTML');

  // One test's report (the failure), redacted: the user is masked, the diagnosis is there.
  await reportSection.getByRole('radio', { name: /^Redacted/ }).check();
  const testHtmlFile = await exportFrom(page, failed, 'HTML');
  await expect(failed).toContainText(`Saved to ${testHtmlFile}`);
  const testPdfFile = await exportFrom(page, failed, 'PDF');

  const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  const pdfWords = pdfText.replace(/\s+/g, ' ');
  const html = fs.readFileSync(htmlFile, 'utf8');
  const testHtml = fs.readFileSync(testHtmlFile, 'utf8');
  const testPdfText = execFileSync('pdftotext', ['-layout', testPdfFile, '-'], { encoding: 'utf8' });
  await testInfo.attach('evidence-report.txt', { body: pdfText, contentType: 'text/plain' });

  // The PDF holds the tested user's claims and the diagnosis.
  expect(pdfWords).toContain(alice.email!);
  expect(pdfWords).toContain(aliceSub);
  expect(pdfWords).toContain('hf-admins');
  expect(pdfWords).toContain('INVALID_CLIENT_SECRET');
  expect(pdfWords).toContain(diagnosisTitle);
  expect(html).toContain(alice.email!);
  expect(html).toContain('INVALID_CLIENT_SECRET');
  // The redacted one-test report: the failure, the user masked.
  expect(testHtml).toContain('INVALID_CLIENT_SECRET');
  expect(testHtml).not.toContain(alice.email!);
  expect(testPdfText.replace(/\s+/g, ' ')).toContain('INVALID_CLIENT_SECRET');

  // No secret (the good one or the wrong one), code or token in any report.
  const issued = idp.issued!;
  expect(issued.codes.length).toBeGreaterThanOrEqual(2);
  expect(issued.idTokens.length).toBeGreaterThanOrEqual(1);
  const needles: Record<string, string[]> = {
    'client secret': [idp.clients.hub.clientSecret, wrongSecret],
    'authorization code': issued.codes,
    'access token': issued.accessTokens,
    'ID token': issued.idTokens,
    'ID token signature': issued.idTokens.map((jwt) => jwt.split('.')[2]!),
  };
  const reports: Record<string, string> = { 'PDF text': pdfText, 'HTML report': html, 'test HTML report': testHtml, 'test PDF text': testPdfText };
  const hits: string[] = [];
  for (const [what, values] of Object.entries(needles)) {
    for (const v of values) {
      expect(v.length, `${what} is long enough to search for`).toBeGreaterThanOrEqual(16);
      for (const [where, text] of Object.entries(reports)) if (text.includes(v)) hits.push(`${what} in ${where}`);
    }
  }
  expect(hits).toEqual([]);
});
