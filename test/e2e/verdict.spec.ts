/**
 * A verdict the admin can act on, as a new admin meets it in browser mode
 * against the Okta-like IdP: a test passes as alice → a test as carol (not
 * assigned to the app) fails, and the status says the configuration passed
 * as alice while carol's sign-in failed (never a green mark beside a red box)
 * → a test left waiting in the login window survives a reload of the app
 * window: the reloaded window shows it running, with Cancel → cancel → the
 * step 4 gate and the paste panel follow the status → the evidence report of
 * the whole history (PDF), read back with pdftotext. Screenshots of each state.
 */
import { test, expect } from '@playwright/test';
import type { OktaLikeIdp } from '../fixtures/okta-idp';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { execFileSync } from 'node:child_process';
import { createConfigThroughStep2, exportReportFrom, fillCredentials, snap, snapPart, stepLink, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

withAppAndIdpPerTest((app, provider) => ((t = app), (idp = provider)));

async function signIn(t: TestApp, user: { username: string; password: string }) {
  const login = await t.nextLoginPage();
  await login.getByLabel('Username').fill(user.username);
  await login.getByLabel('Password').fill(user.password);
  await login.getByRole('button', { name: 'Sign In' }).click();
}

test('pass as alice → fail as carol → reload mid-test → cancel: one status throughout', async ({}, testInfo) => {
  test.setTimeout(150_000);
  const { page } = t;
  const status = page.getByLabel('Configuration status').first();
  await createConfigThroughStep2(page, 'acme');
  await fillCredentials(page, idp, 'hub');

  // Before any test: the paste panel says so, and needs a deliberate click to show the values.
  await expect(status).toContainText('Not tested');
  await expect(page.getByRole('button', { name: 'Copy Client ID' })).toHaveCount(0);
  await expect(page.getByText('These values have not passed a test yet.')).toBeVisible();
  await snapPart(page.locator('.hub-values'), testInfo, 'v01-paste-panel-before-test');

  // An issuer check, kept in the history.
  await page.getByRole('button', { name: 'Check issuer' }).click();
  await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check passed', { timeout: 15_000 });

  // Pass as alice.
  const passing = signIn(t, idp.users.alice);
  await page.getByRole('button', { name: 'Test login' }).click();
  await passing;
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  await expect(status).toContainText('Passed');
  await expect(status).toContainText(/Configuration passed at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \S+ as alice@acme\.example\./);
  await expect(stepLink(page, 3)).not.toContainText('not done');
  await expect(page.getByRole('button', { name: 'Copy Client ID' })).toBeVisible();
  await snap(page, testInfo, 'v02-passed-as-alice');

  // Fail as carol (not assigned): the configuration still passed; her sign-in failed, and it says so.
  const failing = signIn(t, idp.users.unassigned);
  await page.getByRole('button', { name: 'Test login' }).click();
  await failing;
  await expect(testResult(page)).toContainText('USER_NOT_ASSIGNED', { timeout: 30_000 });
  await expect(status).toContainText('Passed');
  // (Okta refuses carol before any token: who she was is not known to the app, so the sentence does not guess.)
  await expect(status).toContainText('as alice@acme.example; latest test failed: This user is not assigned to the Okta app (USER_NOT_ASSIGNED)');
  await expect(stepLink(page, 3)).not.toContainText('not done');
  await snap(page, testInfo, 'v03-failed-as-carol-status-still-passed');

  // A reload shows the failure as it happened: its fix steps, not one line; and the issuer check it kept.
  await page.reload();
  await expect(testResult(page)).toContainText('USER_NOT_ASSIGNED');
  await expect(testResult(page).getByRole('listitem').first()).toContainText('Assignments');
  await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('Issuer check passed');
  await expect(page.getByRole('status', { name: 'Issuer check' })).toContainText('(from the history)');
  await snapPart(testResult(page), testInfo, 'v04-failure-after-reload');

  // A test left waiting in the login window, then the app window reloads.
  const loginOpened = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login = await loginOpened;
  await expect(login.getByLabel('Username')).toBeVisible();
  await expect(status).toContainText('Test running');
  await page.reload();
  // The reloaded window re-attaches: the stage, the elapsed time, Cancel.
  await expect(status).toContainText('Test running', { timeout: 10_000 });
  await expect(page.getByRole('group', { name: 'Test progress' })).toContainText('Elapsed:');
  const cancel = page.getByRole('group', { name: 'Test progress' }).getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeEnabled();
  await snap(page, testInfo, 'v05-running-test-after-reload');

  // A second test from here is refused with a way forward, not a dead end.
  await cancel.click();
  await expect(testResult(page)).toContainText(/cancelled/i, { timeout: 15_000 });
  await expect(status).toContainText('Passed'); // a cancel is about the sign-in, not the configuration
  await expect(login.isClosed() ? Promise.resolve() : login.waitForEvent('close', { timeout: 10_000 })).resolves.toBeUndefined();
  await snap(page, testInfo, 'v06-cancelled');

  // Values change: the status says so at once, and step 4's mark needs a deliberate confirmation.
  await page.getByLabel('Client ID').fill('0oaotherclient000009');
  await expect(status).toContainText('Values changed');
  await expect(stepLink(page, 3)).toContainText('not done');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await stepLink(page, 4).click();
  await expect(page.getByLabel('Configuration status').first()).toContainText('Values changed');
  // A click, not check(): the box stays clear until the admin confirms.
  await page.getByLabel('I enabled SSO on the Hub').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Mark this step done anyway?' })).toBeVisible();
  await snap(page, testInfo, 'v07-step4-gate');
  await page.getByRole('button', { name: 'Mark done anyway' }).click();
  await expect(page.getByText(/Marked done while step 3 is not done/)).toBeVisible();
  await expect(stepLink(page, 4)).toContainText('Marked before step 3');
  await snap(page, testInfo, 'v08-step4-marked-anyway');

  // The evidence for the change ticket: the whole history as a PDF.
  await page.getByRole('link', { name: 'Test history' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
  const pdf = await exportReportFrom(page, page.getByRole('region', { name: 'Evidence report' }), 'PDF');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('USER_NOT_ASSIGNED');
  expect(text).toContain('Passed');
  expect(text).not.toContain(idp.clients.hub.clientSecret);
  await snap(page, testInfo, 'v09-report-exported');
});
