/**
 * axe-core on every screen of a SAML setup, in the light and the dark theme: the New configuration dialog with
 * SAML chosen, steps 1 and 2 in the IdP's SAML words, step 3 with the metadata read and the certificate's facts,
 * a wrong-field paste's error, a passing SAML test with the NameID and attributes, step 4 and the history with
 * the redacted response open. Every screen must report zero violations. Entra's shape: its attribute names are
 * the longest (claim URIs), the hardest for the tables.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startSamlIdp, type SamlIdp } from '../fixtures/saml-idp';
import { launchTestApp, type TestApp } from './app';
import { snap, testResult } from './screens';

let t: TestApp | undefined;
let idp: SamlIdp | undefined;

test.afterEach(async () => {
  await t?.close();
  await idp?.close();
});

interface Finding {
  screen: string;
  rule: string;
  targets: string[];
}

async function scan(page: Page, screen: string, findings: Finding[]): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  for (const v of result.violations) findings.push({ screen, rule: `${v.id}: ${v.help}`, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on the SAML screens (${colorScheme})`, async ({ browser }, testInfo) => {
    test.setTimeout(300_000); // axe takes seconds per scan, more on a loaded machine
    idp = await startSamlIdp({ shape: 'entra', login: 'auto' });
    t = await launchTestApp(browser);
    const { page } = t;
    await page.emulateMedia({ colorScheme });
    const findings: Finding[] = [];

    await page.getByRole('button', { name: 'New configuration' }).click();
    const dialog = page.getByRole('dialog', { name: 'New configuration' });
    await dialog.getByRole('radio', { name: /^Microsoft Entra ID/ }).check();
    await dialog.getByRole('radio', { name: /^SAML 2\.0/ }).check();
    await scan(page, 'new configuration, SAML chosen', findings);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create the enterprise app in Microsoft Entra ID' })).toBeVisible();
    await scan(page, 'SAML step 1', findings);

    await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
    await page.getByLabel('Organization identifier').fill('acme');
    const entity = page.getByLabel('SP Entity ID (from the Hub)');
    await entity.fill('https://huggingface.co/organizations/acme/saml/consume');
    await entity.blur();
    await expect(page.getByText(/This is the Hub’s ACS URL/)).toBeVisible();
    await scan(page, 'SAML step 2, wrong-field paste', findings);
    await entity.fill('https://huggingface.co/organizations/acme/saml/metadata');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Copy SP Entity ID' })).toBeVisible();
    await scan(page, 'SAML step 2', findings);

    await page.getByRole('link', { name: /Step 3: Credentials and test/ }).click();
    await page.getByLabel('Metadata URL').fill(idp.metadataUrl);
    await page.getByRole('button', { name: 'Read metadata' }).click();
    await expect(page.getByRole('status', { name: 'Metadata read' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Issued to')).toBeVisible();
    await scan(page, 'SAML step 3, metadata read', findings);

    const login = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    await login;
    await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
    await scan(page, 'SAML step 3, test passed', findings);
    await snap(page, testInfo, `a11y-saml-${colorScheme}-step3-passed`);

    await page.getByRole('link', { name: /Step 4: Enable SSO/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enable SSO on the Hub' })).toBeVisible();
    await scan(page, 'SAML step 4', findings);

    await page.getByRole('link', { name: 'Test history' }).click();
    await page.getByText(/^Technical evidence/).first().click();
    await expect(page.getByText('The SAML response, redacted').first()).toBeVisible();
    await scan(page, 'SAML history, redacted response open', findings);
    await snap(page, testInfo, `a11y-saml-${colorScheme}-history`);

    await page.goto(t.app.origin + '/#/');
    await expect(page.locator('.config-card')).toContainText('Microsoft Entra ID · SAML');
    await scan(page, 'home with a SAML configuration', findings);

    await testInfo.attach(`axe-findings-saml-${colorScheme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  });
}
