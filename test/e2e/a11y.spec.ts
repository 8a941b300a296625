/**
 * axe-core on every screen of the guided setup, in the light and the dark
 * theme (the app follows prefers-color-scheme): home (empty and with a
 * configuration), steps 1–4, the zoomed picture, the delete confirmation,
 * the issuer check and a failed test's diagnosis, and the test history.
 * Every screen must report zero violations.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { launchTestApp, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, snap, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

test.beforeEach(async ({ browser }) => {
  idp = await startOktaLikeIdp();
  t = await launchTestApp(browser);
});
test.afterEach(async () => {
  await t?.close();
  await idp?.close();
});

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  for (const v of result.violations) {
    findings.push({ screen, rule: `${v.id}: ${v.help}`, impact: v.impact ?? '', targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on any screen (${colorScheme})`, async ({}, testInfo) => {
    test.setTimeout(120_000);
    const { page } = t;
    await page.emulateMedia({ colorScheme });
    const findings: Finding[] = [];

    await expect(page.getByText('No configuration yet')).toBeVisible();
    await expect(page.getByTestId('app-version')).toContainText('browser mode');
    await scan(page, 'home (empty)', findings);

    await page.getByRole('button', { name: 'New configuration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
    await scan(page, 'step 1', findings);

    await page.getByRole('button', { name: /Enlarge picture/ }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await scan(page, 'step 1, picture zoomed', findings);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.goto(t.app.origin + '/#/');
    await expect(page.getByRole('heading', { name: 'Saved configurations' })).toBeVisible();
    await page.getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete configuration' }).click();
    await expect(page.getByText('No configuration yet')).toBeVisible();

    const configId = await createConfigThroughStep2(page);
    await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
    await scan(page, 'step 2', findings);
    await page.getByLabel('Organization identifier').fill('-bad id');
    await expect(page.getByText(/Error: /)).toBeVisible();
    await scan(page, 'step 2, invalid organization identifier', findings);
    await page.getByLabel('Organization identifier').fill('acme');

    await page.getByRole('link', { name: /Step 3: Credentials and test/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
    await scan(page, 'step 3 (empty)', findings);
    // A test without credentials fails at once and shows its diagnosis (no login window).
    await page.getByRole('button', { name: 'Test login' }).click();
    await expect(page.getByText(/Error: Enter the Client ID/)).toBeVisible();
    await scan(page, 'step 3, inline errors', findings);

    await fillCredentials(page, idp, 'hub');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('A client secret is stored in the keychain')).toBeVisible();
    await page.getByRole('button', { name: 'Check issuer' }).click();
    await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check', { timeout: 20_000 });
    await page.getByLabel('IdP Role Attribute Path').fill('groups');
    await page.getByRole('button', { name: 'Add role mapping' }).click();
    await page.getByLabel('IdP value for mapping 1').fill('Everyone');
    await page.getByRole('button', { name: 'Add resource-group mapping' }).click();
    await scan(page, 'step 3, issuer checked, role mappings', findings);

    // A failing issuer shows its diagnosis in the check list.
    await page.getByLabel('Issuer URL').fill(`${idp.origin}/oauth2/missing`);
    await page.getByRole('button', { name: 'Check issuer' }).click();
    await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check found problems', { timeout: 20_000 });
    await scan(page, 'step 3, issuer check failed', findings);
    await page.getByLabel('Issuer URL').fill(idp.orgIssuer);

    // A failed test's diagnosis (the Okta app lacks the redirect URI: Okta's own error page, no sign-in needed).
    await page.getByRole('button', { name: 'Replace' }).click();
    await fillCredentials(page, idp, 'otherRedirect');
    await page.getByRole('button', { name: 'Test login' }).click();
    await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
    await scan(page, 'step 3, test failed', findings);
    await snap(page, testInfo, `a11y-${colorScheme}-step3-failed`);

    await page.getByRole('link', { name: /Step 4: Enable SSO/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enable SSO on the Hub' })).toBeVisible();
    await scan(page, 'step 4', findings);

    await page.goto(`${t.app.origin}/#/config/${configId}/history`);
    await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await scan(page, 'history', findings);

    await page.goto(t.app.origin + '/#/');
    await expect(page.getByRole('heading', { name: 'Saved configurations' })).toBeVisible();
    await expect(page.getByRole('listitem').first()).toBeVisible();
    await scan(page, 'home (with a configuration)', findings);
    await page.getByRole('button', { name: /^Delete/ }).first().click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await scan(page, 'home, delete confirmation', findings);
    await snap(page, testInfo, `a11y-${colorScheme}-home-delete-dialog`);

    await testInfo.attach(`axe-findings-${colorScheme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  });
}
