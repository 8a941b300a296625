/**
 * axe-core on every screen of the guided setup, in the light and the dark
 * theme (the app follows prefers-color-scheme): home (empty and with a
 * configuration), steps 1–4, the zoomed picture, an import error and the undo bar after a delete,
 * the issuer check and a failed test's diagnosis, and the test history.
 * Every screen must report zero violations.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { OktaLikeIdp } from '../fixtures/okta-idp';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, snap, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

withAppAndIdpPerTest((app, provider) => ((t = app), (idp = provider)));

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
    test.setTimeout(300_000); // axe takes seconds per scan, more on a loaded machine
    const { page } = t;
    await page.emulateMedia({ colorScheme });
    const findings: Finding[] = [];

    await expect(page.getByText('No configuration yet')).toBeVisible();
    await expect(page.getByTestId('app-version')).toContainText('browser mode');
    await scan(page, 'home (empty)', findings);

    await page.getByRole('button', { name: 'New configuration' }).click();
    // The IdP chooser opens with Okta preselected: confirm it.
    await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
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
    await page.getByLabel('Import from a file').setInputFiles(`${__dirname}/../fixtures/import-files/okta-oidc-app.json`);
    await expect(page.getByRole('alert').filter({ hasText: 'This looks like an Okta app definition' })).toBeVisible();
    await scan(page, 'home, import error', findings);
    await page.getByRole('button', { name: /^Delete/ }).first().click();
    await expect(page.getByRole('status', { name: 'Undo delete' })).toContainText('Deleted');
    await scan(page, 'home, deleted with undo', findings);
    await snap(page, testInfo, `a11y-${colorScheme}-home-deleted-undo`);

    await testInfo.attach(`axe-findings-${colorScheme}.json`, { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  });
}

/** True when the page needs no horizontal scrolling (content reflows). */
async function reflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

test('keyboard only, at 200% zoom: new configuration to a successful test, with the claims screen free of axe violations in both themes', async ({}, testInfo) => {
  test.setTimeout(300_000); // axe takes seconds per scan, more on a loaded machine
  const { page } = t;
  // 640×400 CSS pixels is what a 1280×800 window shows at 200% zoom.
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(page.getByText('No configuration yet')).toBeVisible();
  expect(await reflows(page)).toBe(true);

  // Tab to "New configuration" and press Enter; focus is visible on the way.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    expect(await focusIsVisible(page)).toBe(true);
    reached = await page.evaluate(() => document.activeElement?.textContent === 'New configuration');
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  // The IdP chooser: focus on the preselected Okta card; Enter creates.
  await expect(page.getByRole('radio', { name: /^Okta/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  expect(await reflows(page)).toBe(true);

  // A picture zooms with Enter and closes with Esc, focus back on its button.
  const enlarge = page.getByRole('button', { name: /Enlarge picture/ }).first();
  await enlarge.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(enlarge).toBeFocused();

  // Step 1's check mark with the keyboard (Space on the checkbox).
  const tick = page.getByLabel('I created the app integration in Okta');
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();

  // Step 2: type the organization, save with Enter in the field.
  await page.getByRole('link', { name: /Step 2: Configure the app/ }).focus();
  await page.keyboard.press('Enter');
  const org = page.getByLabel('Organization identifier');
  await org.focus();
  await page.keyboard.type('acme');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('code').filter({ hasText: 'https://huggingface.co/organizations/acme/oidc/consume' })).toBeVisible();
  expect(await reflows(page)).toBe(true);

  // Step 3: fields typed, "Test login" pressed with the keyboard.
  await page.getByRole('link', { name: /Step 3: Credentials and test/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
  await page.getByLabel('Client ID').focus();
  await page.keyboard.type(idp.clients.hub.clientId);
  await page.keyboard.press('Tab');
  await page.keyboard.type(idp.clients.hub.clientSecret);
  await page.keyboard.press('Tab');
  await page.keyboard.type(idp.orgIssuer);
  expect(await reflows(page)).toBe(true);
  const loginPage = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).focus();
  await page.keyboard.press('Enter');
  const login = await loginPage;
  await login.getByLabel('Username').fill(idp.users.alice.username);
  await login.getByLabel('Password').fill(idp.users.alice.password);
  await login.getByLabel('Password').press('Enter');
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  expect(await reflows(page)).toBe(true);
  await snap(page, testInfo, 'zoom200-step3-succeeded');

  const findings: Finding[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await scan(page, `step 3, test succeeded with claims (${colorScheme}, 200%)`, findings);
  }
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);

  for (const step of ['Step 4: Enable SSO', 'Step 1: Create the app']) {
    await page.getByRole('navigation', { name: 'Setup steps' }).getByRole('link', { name: new RegExp(step.replace(/:.*/, '')) }).click();
    expect(await reflows(page)).toBe(true);
  }
});
