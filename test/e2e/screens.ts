/** Shared steps for the renderer's end-to-end specs: screenshots and the first-time setup as a user does it. */
import fs from 'node:fs';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { OktaLikeIdp } from '../fixtures/okta-idp';

/** Saves a full-page screenshot under test-results and attaches it to the report. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** Saves a screenshot of one part of the screen (e.g. the test result), easier to review than a full page. */
export async function snapPart(part: Locator, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await part.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

export function stepLink(page: Page, n: number) {
  return page.getByRole('navigation', { name: 'Setup steps' }).getByRole('link', { name: new RegExp(`Step ${n}\\b`) });
}

/** From the home screen: new configuration, steps 1 and 2 for org `acme`, ending on step 3. */
export async function createConfigThroughStep2(page: Page, org = 'acme'): Promise<string> {
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  await page.getByLabel('I created the app integration in Okta').check();
  await expect(stepLink(page, 1)).not.toContainText('not done');
  await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  await page.getByLabel('Organization identifier').fill(org);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The value box (a <code>): step 2's picture draws the same URI.
  await expect(page.getByRole('code').filter({ hasText: `https://huggingface.co/organizations/${org}/oidc/consume` })).toBeVisible();
  await page.getByLabel('I pasted the redirect URI and saved the app in Okta').check();
  await expect(stepLink(page, 2)).not.toContainText('not done');
  await page.getByRole('link', { name: /Step 3: Credentials and test/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
  const match = /#\/config\/([0-9a-f-]{36})\/step\/credentials$/.exec(page.url());
  expect(match, `URL ${page.url()} names the configuration and step`).not.toBeNull();
  return match![1]!;
}

export async function fillCredentials(page: Page, idp: OktaLikeIdp, client: 'hub' | 'otherRedirect' | 'basicOnly' = 'hub'): Promise<void> {
  await page.getByLabel('Client ID').fill(idp.clients[client].clientId);
  await page.getByLabel('Client secret').fill(idp.clients[client].clientSecret);
  await page.getByLabel('Issuer URL').fill(idp.orgIssuer);
}

export function testResult(page: Page) {
  return page.getByRole('status', { name: 'Test result' });
}

/** Exports a report with a button, and returns the file the notice names. */
export async function exportReportFrom(page: Page, scope: ReturnType<Page['getByRole']>, format: 'PDF' | 'HTML'): Promise<string> {
  const notice = page.getByRole('status', { name: 'Notifications' });
  const before = (await notice.textContent()) ?? '';
  const saved = new RegExp(`saved to (\\S+\\.${format.toLowerCase()})`);
  await scope.getByRole('button', { name: `Export report (${format})` }).click();
  // The notice of this export, not the one before it.
  await expect.poll(async () => { const now = (await notice.textContent()) ?? ''; return now !== before && saved.test(now); }, { timeout: 30_000 }).toBe(true);
  const file = saved.exec((await notice.textContent()) ?? '')?.[1];
  expect(file, 'the notice names the saved file').toBeTruthy();
  expect(fs.existsSync(file!)).toBe(true);
  return file!;
}
