/**
 * A first-time setup as a new admin does it, in browser mode against the
 * Okta-like IdP: new configuration → steps 1–2 → credentials → check issuer →
 * test login (signing in in the app's login window) → green check and claims
 * → step 4; a reload lands on the same step with the same check marks; then a
 * configuration whose Okta app lacks the redirect URI shows its diagnosis.
 * Every screen is saved as a screenshot (test-results + report attachments).
 */
import { test, expect } from '@playwright/test';
import type { OktaLikeIdp } from '../fixtures/okta-idp';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, snap, snapPart, stepLink, testResult } from './screens';

let t: TestApp;
let idp: OktaLikeIdp;

withAppAndIdpPerTest((app, provider) => ((t = app), (idp = provider)));

test('first-time setup: steps 1–4 with a successful test login, then a failing configuration explains itself', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { page } = t;
  // The page's strict CSP must never have to refuse anything the UI does (inline styles, scripts, images).
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy directive.*violat/i.test(m.text())) refused.push(m.text());
  });
  page.on('pageerror', (e) => refused.push(`page error: ${e.message}`));
  await page.reload();

  // Home, empty.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Connect Okta');
  await expect(page.getByText('No configuration yet')).toBeVisible();
  await snap(page, testInfo, '01-home-empty');

  // Step 1, with a picture zoomed and closed with Esc.
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  await snap(page, testInfo, '02-step1-create-app');
  await page.getByRole('button', { name: /Enlarge picture/ }).first().click();
  const zoom = page.getByRole('dialog');
  await expect(zoom).toBeVisible();
  await expect(zoom.getByRole('img')).toBeVisible();
  await snap(page, testInfo, '03-step1-picture-zoomed');
  await page.keyboard.press('Escape');
  await expect(zoom).toBeHidden();
  await page.goto(t.app.origin + '/#/');
  await expect(page.getByRole('heading', { name: 'Saved configurations' })).toBeVisible();
  // Untouched (nothing changed yet): no "Continue" points at it; Open lands on its first step not done (step 1).
  await expect(page.getByRole('button', { name: /^Continue/ })).toHaveCount(0);
  await page.getByRole('button', { name: /^Open/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create the app in Okta' })).toBeVisible();
  await page.goto(t.app.origin + '/#/');
  // Delete needs no confirmation: it can be undone.
  await page.getByRole('button', { name: /^Delete/ }).click();
  await expect(page.getByText('No configuration yet')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Undo delete' })).toContainText('Deleted “Untitled configuration”.');

  // Steps 1 and 2, as a user does them.
  const configId = await createConfigThroughStep2(page);
  await snap(page, testInfo, '04-step3-credentials-empty');

  // Inline validation: the admin-console URL is refused before any network call.
  await page.getByLabel('Issuer URL').fill('https://acme-admin.okta.com');
  await page.getByLabel('Issuer URL').blur();
  await expect(page.getByText(/admin console address/)).toBeVisible();

  // Step 3: credentials, saved; the secret becomes write-only.
  await fillCredentials(page, idp, 'hub');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('A client secret is stored in the keychain')).toBeVisible();
  await expect(page.getByLabel('Client secret')).toHaveCount(0);
  expect(await page.content()).not.toContain(idp.clients.hub.clientSecret);

  // Check issuer.
  await page.getByRole('button', { name: 'Check issuer' }).click();
  const issuerCheck = page.getByRole('status', { name: 'Issuer check' });
  await expect(issuerCheck).toContainText('Issuer check passed', { timeout: 20_000 });
  await snap(page, testInfo, '05-step3-issuer-checked');
  await snapPart(issuerCheck, testInfo, '05b-issuer-check');

  // Test login: the app opens its login window; sign in there as alice.
  await expect(stepLink(page, 3)).toContainText('not done');
  const loginPage = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login = await loginPage;
  await login.getByLabel('Username').fill(idp.users.alice.username);
  await login.getByLabel('Password').fill(idp.users.alice.password);
  await snap(page, testInfo, '06-step3-test-running');
  await snapPart(page.getByRole('group', { name: 'Test progress' }), testInfo, '06b-test-progress');
  await login.getByRole('button', { name: 'Sign In' }).click();
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  await expect(testResult(page)).toContainText('alice@acme.example');
  await expect(testResult(page)).toContainText('must be one of the emails');
  await expect(stepLink(page, 3)).toContainText('done');
  await expect(stepLink(page, 3)).not.toContainText('not done');
  await snap(page, testInfo, '07-step3-test-succeeded');
  await snapPart(testResult(page), testInfo, '07b-test-result-succeeded');
  expect(await page.content()).not.toContain(idp.clients.hub.clientSecret);

  // Editing a tested value clears step 3's mark at once; putting it back restores it.
  await page.getByLabel('Client ID').fill('0oa-something-else');
  await expect(stepLink(page, 3)).toContainText('not done');
  await expect(testResult(page)).toContainText('test again');
  await page.getByLabel('Client ID').fill(idp.clients.hub.clientId);
  await expect(stepLink(page, 3)).not.toContainText('not done');

  // Reload: same place, same check marks.
  const before = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
  expect(page.url()).toBe(before);
  for (const n of [1, 2, 3]) await expect(stepLink(page, n)).not.toContainText('not done');
  await expect(stepLink(page, 4)).toContainText('not done');
  await expect(testResult(page)).toContainText('succeeded');

  // Role mapping preview for the user just tested.
  await page.getByLabel('IdP Role Attribute Path').fill('groups');
  await page.getByRole('button', { name: 'Add role mapping' }).click();
  await page.getByLabel('IdP value for mapping 1').fill('does-not-exist');
  await page.getByRole('button', { name: 'Preview roles' }).click();
  const rolePreview = page.getByRole('status', { name: 'Role preview' });
  await expect(rolePreview).not.toBeEmpty();
  await snap(page, testInfo, '08-step3-role-preview');

  // Step 4.
  await page.getByRole('link', { name: /Step 4: Enable SSO/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enable SSO on the Hub' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the Hub’s SSO settings' })).toBeEnabled();
  await expect(page.getByText('https://huggingface.co/organizations/acme/settings/sso')).toBeVisible();
  await page.getByLabel('I enabled SSO on the Hub').check();
  await expect(stepLink(page, 4)).not.toContainText('not done');
  await snap(page, testInfo, '09-step4-enable-sso');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Enable SSO on the Hub' })).toBeVisible();
  await expect(stepLink(page, 4)).not.toContainText('not done');

  // History of the configuration.
  await page.goto(`${t.app.origin}/#/config/${configId}/history`);
  await expect(page.getByRole('heading', { level: 1, name: /Test history/ })).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText('Passed');
  await snap(page, testInfo, '10-history');

  // Home lists it with its status (the same one step 3 shows): passed, when, as whom.
  await page.getByRole('link', { name: 'All configurations' }).first().click();
  const card = page.getByRole('listitem').filter({ hasText: 'acme' }).first();
  await expect(card).toContainText('Passed');
  await expect(card).toContainText(/Configuration passed at \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} .* as alice@acme\.example/);
  await snap(page, testInfo, '11-home-with-config');

  // A failing configuration: an Okta app registered for another organization's redirect URI.
  await createConfigThroughStep2(page, 'acme');
  await fillCredentials(page, idp, 'otherRedirect');
  await page.getByRole('button', { name: 'Test login' }).click();
  await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
  await expect(testResult(page)).toContainText('REDIRECT_URI_NOT_REGISTERED');
  await expect(testResult(page).getByRole('listitem').first()).toBeVisible(); // numbered fix steps
  await expect(stepLink(page, 3)).toContainText('not done');
  await snap(page, testInfo, '12-step3-test-failed');
  await snapPart(testResult(page), testInfo, '12b-test-result-failed');
  expect(refused, 'no CSP refusals or page errors during the whole flow').toEqual([]);
});

test('home: duplicate, export all without secrets, import the file back (conflicts reported, keep both), wrong files explained, delete with undo', async ({}, testInfo) => {
  const { page } = t;
  await createConfigThroughStep2(page, 'acme');
  await fillCredentials(page, idp, 'hub');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('A client secret is stored in the keychain')).toBeVisible();

  await page.getByRole('link', { name: 'All configurations' }).first().click();
  const cards = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(cards).toHaveCount(1);
  await page.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(cards).toHaveCount(2);

  await page.getByRole('button', { name: 'Export all' }).click();
  const notice = page.getByRole('status', { name: 'Notifications' });
  await expect(notice).toContainText('Exported 2 configurations');
  const exported = /to (\S+\.json)/.exec((await notice.textContent()) ?? '')?.[1];
  expect(exported, 'the notice names the export file').toBeTruthy();
  const fs = await import('node:fs');
  expect(fs.readFileSync(exported!, 'utf8')).not.toContain(idp.clients.hub.clientSecret);

  // Importing the same file: both already exist, so the app asks.
  await page.getByLabel('Import from a file').setInputFiles(exported!);
  const ask = page.getByRole('dialog', { name: 'Some configurations already exist' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('listitem')).toHaveCount(2);
  await snap(page, testInfo, '13-home-import-conflicts');
  await ask.getByRole('button', { name: 'Keep both' }).click();
  await expect(ask).toBeHidden();
  await expect(cards).toHaveCount(4);

  // Files that are not an export are refused, each with one message that says what the file is, inline
  // under the toolbar (not a toast over the cards), dismissible.
  const wrongFiles: [string, string][] = [
    ['not-an-export.json', 'This is not an export of this app'],
    ['okta-oidc-app.json', 'This looks like an Okta app definition: create the configuration with New configuration instead'],
    ['configurations.csv', 'This file is not JSON'],
  ];
  fs.writeFileSync(testInfo.outputPath('not-an-export.json'), '{"hello": "world"}');
  for (const [name, title] of wrongFiles) {
    const file = name === 'not-an-export.json' ? testInfo.outputPath(name) : `${__dirname}/../fixtures/import-files/${name}`;
    await page.getByLabel('Import from a file').setInputFiles(file);
    const box = page.getByRole('alert').filter({ hasText: title });
    await expect(box).toBeVisible();
    // Said once on the whole page.
    expect((await page.locator('body').innerText()).split(title).length - 1).toBe(1);
    // No schema dump, no stray count, no toast.
    await expect(box).not.toContainText(/Invalid input|expected string|configurations\.\d/);
    await expect(page.locator('.notice-error.notice-visible')).toHaveCount(0);
    await expect(cards).toHaveCount(4);
    const boxArea = (await box.boundingBox())!;
    const firstCard = (await cards.first().boundingBox())!;
    expect(boxArea.y + boxArea.height, 'the error sits above the cards, not over them').toBeLessThanOrEqual(firstCard.y);
    if (name === 'okta-oidc-app.json') await snap(page, testInfo, '14-home-import-okta-app');
    await box.getByRole('button', { name: 'Dismiss' }).click();
    await expect(box).toBeHidden();
  }

  // Delete at once, with Undo for 10 s: the button, and Ctrl+Z, bring it back with the same name.
  const firstName = (await cards.first().getByRole('heading', { level: 3 }).textContent())!;
  const undoBar = page.getByRole('status', { name: 'Undo delete' });
  await page.getByRole('button', { name: /^Delete/ }).first().click();
  await expect(cards).toHaveCount(3);
  await expect(undoBar).toContainText(`Deleted “${firstName}”.`);
  await snap(page, testInfo, '15-home-deleted-undo');
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(cards).toHaveCount(4);
  await expect(cards.getByRole('heading', { level: 3, name: firstName, exact: true }).first()).toBeVisible();
  await expect(undoBar).not.toContainText('Deleted');
  await page.getByRole('button', { name: /^Delete/ }).first().click();
  await expect(cards).toHaveCount(3);
  await page.getByRole('heading', { name: 'Saved configurations' }).click();
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(4);
  // After the window, the delete is final.
  await page.getByRole('button', { name: /^Delete/ }).first().click();
  await expect(cards).toHaveCount(3);
  await expect(undoBar).toContainText('Deleted');
  await expect(undoBar).not.toContainText('Deleted', { timeout: 15_000 });
  await page.reload();
  await expect(cards).toHaveCount(3);
});

test('a running test login can be cancelled: the login window closes and the result says so', async () => {
  const { page } = t;
  await createConfigThroughStep2(page, 'acme');
  await fillCredentials(page, idp, 'hub');
  const progress = page.getByRole('group', { name: 'Test progress' });
  const idle = await progress.boundingBox();
  const loginPage = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login = await loginPage;
  await expect(login.getByLabel('Username')).toBeVisible();
  const box = await progress.boundingBox();
  expect(box?.height).toBe(idle?.height);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(testResult(page)).toContainText('Test failed', { timeout: 15_000 });
  await expect(testResult(page)).toContainText('cancelled');
  await expect.poll(() => login.isClosed(), { timeout: 10_000 }).toBe(true);
  await expect(stepLink(page, 3)).toContainText('not done');
  // The progress panel kept its size while the test ran and ended (no layout jump).
  const after = await progress.boundingBox();
  expect(after?.height).toBe(box?.height);
  // And a new test can start right away.
  const again = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login2 = await again;
  await login2.getByLabel('Username').fill(idp.users.alice.username);
  await login2.getByLabel('Password').fill(idp.users.alice.password);
  await login2.getByRole('button', { name: 'Sign In' }).click();
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
});
