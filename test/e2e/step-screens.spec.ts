/**
 * The step screens as a keyboard user and a first-time admin meet them:
 * the shortcuts (Ctrl+1…4, Ctrl+Enter with the button's validation, Esc that
 * cancels a running test but leaves an open dialog to close itself, "?"),
 * step 1's "Open the Okta Admin Console" (asked once, then derived), and the
 * rough edges: a capitalised copy notice, the `groups` pill in one piece,
 * an issuer diagnosis headline said once.
 */
import { test, expect } from '@playwright/test';
import type { OktaLikeIdp } from '../fixtures/okta-idp';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { fillCredentials, snap, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

withAppAndIdpPerTest((app, provider) => ((t = app), (idp = provider)));

const heading = (name: string) => t.page.getByRole('heading', { level: 1, name });

test('keyboard: ? lists the shortcuts, Ctrl+1…4 move between steps, Ctrl+Enter tests (validation included), Esc cancels but not through a dialog', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = t;
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(heading('Create the app in Okta')).toBeVisible();

  // "?" outside a field opens the list; Esc closes it (the dialog's own Esc).
  await heading('Create the app in Okta').focus();
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Run Test login');
  await expect(help).toContainText('Go to step 1, 2, 3 or 4');
  await snap(page, testInfo, 'shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // Typed in a field, "?" is just a character.
  await page.getByLabel('Your Okta domain').fill('');
  await page.getByLabel('Your Okta domain').press('Shift+?');
  await expect(help).toBeHidden();
  await expect(page.getByLabel('Your Okta domain')).toHaveValue('?');

  // Ctrl+2, then Ctrl+3 from inside a field.
  await page.keyboard.press('Control+2');
  await expect(heading('Configure the app')).toBeVisible();
  await page.getByLabel('Organization identifier').fill('acme');
  await page.getByLabel('Organization identifier').press('Enter');
  // The value box the admin copies from (step 2's picture draws the same URI).
  await expect(page.getByRole('code').filter({ hasText: 'https://huggingface.co/organizations/acme/oidc/consume' })).toBeVisible();
  await page.getByLabel('Organization identifier').press('Control+3');
  await expect(heading('Credentials and test')).toBeVisible();

  // Ctrl+Enter with empty fields: the button's validation, no login window, focus on the first wrong field.
  await page.getByLabel('Client ID').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/Error: Enter the Client ID/)).toBeVisible();
  await expect(page.getByLabel('Client ID')).toBeFocused();
  await expect(testResult(page)).toContainText('Not tested yet');

  // Ctrl+Enter with the values: the test runs and its login window opens.
  await fillCredentials(page, idp, 'hub');
  const loginOpened = t.nextLoginPage();
  await page.getByLabel('Issuer URL').press('Control+Enter');
  const login = await loginOpened;
  await expect(login.getByLabel('Username')).toBeVisible();
  const progress = page.getByRole('group', { name: 'Test progress' });
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeEnabled();

  // With a dialog open, Esc closes the dialog and leaves the test running.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.waitForTimeout(300);
  expect(login.isClosed()).toBe(false);
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeEnabled();

  // Without one, Esc cancels the running test.
  await page.keyboard.press('Escape');
  await expect(testResult(page)).toContainText('cancelled', { timeout: 15_000 });
  await expect.poll(() => login.isClosed(), { timeout: 10_000 }).toBe(true);

  // Ctrl+4 and Ctrl+1 round it off.
  await page.keyboard.press('Control+4');
  await expect(heading('Enable SSO on the Hub')).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(heading('Create the app in Okta')).toBeVisible();
});

test('step 1 opens the admin’s own Okta Admin Console: the domain asked once and kept as the Issuer URL, then derived', async () => {
  const { page } = t;
  // The launch of the admin's real browser is the one thing not done here: the call is answered, and recorded.
  const opened: string[] = [];
  await page.route('**/api/call/openExternal', async (route) => {
    opened.push((JSON.parse(route.request().postData() ?? '{}') as { url: string }).url);
    await route.fulfill({ json: { ok: true, value: { opened: true } } });
  });
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(heading('Create the app in Okta')).toBeVisible();

  const domain = page.getByLabel('Your Okta domain');
  const open = page.getByRole('button', { name: 'Open the Okta Admin Console' });
  await domain.fill('acme');
  await open.click();
  await expect(page.getByText(/Enter your Okta domain, like acme\.okta\.com/)).toBeVisible();
  expect(opened).toEqual([]);

  await domain.fill('acme.okta.com');
  await open.click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Your Okta Admin Console opened in your browser.');
  expect(opened).toEqual(['https://acme-admin.okta.com']);
  // Asked once: now derived from the saved issuer, on step 1 after a reload too, and the issuer is on step 3.
  await page.reload();
  await expect(page.getByText('https://acme-admin.okta.com', { exact: true })).toBeVisible();
  await expect(domain).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the Okta Admin Console' }).click();
  await expect.poll(() => opened).toEqual(['https://acme-admin.okta.com', 'https://acme-admin.okta.com']);
  await page.keyboard.press('Control+3');
  await expect(page.getByLabel('Issuer URL')).toHaveValue('https://acme.okta.com');
});

test('rough edges: a capitalised copy notice, the groups pill in one piece, a failing issuer check says its headline once', async ({}, testInfo) => {
  const { page } = t;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.app.origin });
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(heading('Create the app in Okta')).toBeVisible();
  await page.keyboard.press('Control+2');
  await page.getByLabel('Organization identifier').fill('acme');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Copy redirect URI' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toHaveText('Redirect URI copied to the clipboard.');

  await page.keyboard.press('Control+3');
  await expect(heading('Credentials and test')).toBeVisible();
  // The pill is one line box: "groups", not "group" over "s".
  for (const width of [800, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const pill = page.locator('label.checkbox code', { hasText: 'groups' });
    const lines = await pill.evaluate((el) => el.getClientRects().length);
    expect(lines, `groups pill at ${width} px`).toBe(1);
  }

  await fillCredentials(page, idp, 'hub');
  await page.getByLabel('Issuer URL').fill(`${idp.origin}/oauth2/missing`);
  await page.getByRole('button', { name: 'Check issuer' }).click();
  const check = page.getByRole('status', { name: 'Issuer check' });
  await expect(check).toContainText('Issuer check found problems', { timeout: 20_000 });
  const failed = check.locator('.check-fail').first();
  const summary = failed.locator('summary.check-diagnosis-summary');
  await expect(summary).toContainText('ISSUER_NOT_FOUND');
  const title = ((await summary.textContent()) ?? '').replace('ISSUER_NOT_FOUND', '').trim();
  expect(title.length).toBeGreaterThan(5);
  // The code and the title each once in the check's item (before: in the summary and again as the heading under it).
  const text = (await failed.textContent()) ?? '';
  expect(text.split('ISSUER_NOT_FOUND').length - 1, text).toBe(1);
  expect(text.split(title).length - 1, text).toBe(1);
  await snap(page, testInfo, 'issuer-check-failed-headline-once');
});
