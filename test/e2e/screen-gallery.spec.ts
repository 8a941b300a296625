/**
 * Every screen an admin sees, photographed at 800×600, 1280×800 and
 * 1920×1080, light and dark: the run leaves them under
 * test-results/<this test>/<screen>/<size>-<theme>.png for a person to look at
 * (the closing note of issue 17 says what was fixed after looking).
 *
 * While it walks the screens it also listens to the page: a load that logs an
 * error or a warning (a 404, a CSP directive Chromium ignores, a React
 * warning) fails the run, since an admin's DevTools should stay clean.
 */
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import type { OktaLikeIdp } from '../fixtures/okta-idp';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

withAppAndIdpPerTest((app, provider) => ((t = app), (idp = provider)));

const SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Photographs the current screen at every size in one theme, then returns to 1280×800. */
async function photograph(page: Page, testInfo: TestInfo, theme: (typeof THEMES)[number], screen: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(screen, `${size.width}x${size.height}-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signIn(login: Page, user: { username: string; password: string }): Promise<void> {
  await login.getByLabel('Username').fill(user.username);
  await login.getByLabel('Password').fill(user.password);
  await login.getByRole('button', { name: 'Sign In' }).click();
}

for (const theme of THEMES) test(`every screen at three sizes (${theme}), with a clean console`, async ({}, testInfo) => {
  test.setTimeout(300_000);
  const { page } = t;
  await page.emulateMedia({ colorScheme: theme });
  const noise: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') noise.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => noise.push(`uncaught: ${e.message}`));
  // Load once more with the listeners on: the first load happened before the test could listen.
  await page.reload();
  await page.setViewportSize({ width: 1280, height: 800 });

  await expect(page.getByText('No configuration yet')).toBeVisible();
  await photograph(page, testInfo, theme, '01-home-empty');

  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  await photograph(page, testInfo, theme, '02-step1');
  await page.goto(t.app.origin + '/#/');

  const configId = await createConfigThroughStep2(page);
  await page.goto(`${t.app.origin}/#/config/${configId}/step/configure-app`);
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  await photograph(page, testInfo, theme, '03-step2');

  await page.goto(`${t.app.origin}/#/config/${configId}/step/credentials`);
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
  await photograph(page, testInfo, theme, '04-step3-fresh');

  // A failed test: the app's redirect URI is not registered for this client.
  await fillCredentials(page, idp, 'otherRedirect');
  // Its login window shows Okta's error page and closes; take it off the queue so the next test gets its own.
  const failedLogin = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  await failedLogin;
  await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
  await photograph(page, testInfo, theme, '05-step3-failed');

  await page.getByRole('button', { name: 'Check issuer' }).click();
  await expect(page.getByText(/issuer/i).first()).toBeVisible();

  // A passing test: claims, the role preview and the values to paste into the Hub.
  await page.getByRole('button', { name: 'Replace' }).click();
  await fillCredentials(page, idp, 'hub');
  const loginPage = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  await signIn(await loginPage, idp.users.alice);
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  await photograph(page, testInfo, theme, '06-step3-passed');

  await page.getByRole('button', { name: /Enlarge picture/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await photograph(page, testInfo, theme, '07-picture-zoomed');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto(`${t.app.origin}/#/config/${configId}/step/enable-sso`);
  await expect(page.getByRole('heading', { level: 1, name: 'Enable SSO on the Hub' })).toBeVisible();
  await photograph(page, testInfo, theme, '08-step4');

  await page.goto(`${t.app.origin}/#/config/${configId}/history`);
  await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
  await photograph(page, testInfo, theme, '09-history');

  await page.goto(`${t.app.origin}/#/`);
  await expect(page.getByRole('heading', { name: 'Saved configurations' })).toBeVisible();
  await photograph(page, testInfo, theme, '10-home-one-configuration');

  expect(noise, 'the page logged nothing while the admin walked every screen').toEqual([]);
});
