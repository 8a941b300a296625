/**
 * The Hub's rules, exactly, as the admin sees them (issue 12), in browser mode
 * against the Okta-like IdP:
 * - two users tested on one configuration, alice (Everyone, hf-admins) and bob
 *   (Everyone, hf-writers), with "Everyone → read" listed first and
 *   "hf-admins → admin": the preview table gives alice admin (both match, the
 *   most privileged wins) and bob read; the role preview with its table has
 *   no axe violation in the light and the dark theme;
 * - every family of wrong-field message, before any network call, each saved
 *   as a screenshot: the Hub's consume URI as the Issuer URL, a secret in
 *   Client ID and a client id in the secret, the org given as a Hub address
 *   (its "Use …" button pressed), capitals in the org, invisible characters.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startOktaLikeIdp, type OktaLikeIdp } from '../fixtures/okta-idp';
import { launchTestApp, type TestApp } from './app';
import { createConfigThroughStep2, fillCredentials, snap, snapPart, stepLink, testResult } from './screens';

/** Each test gets its own Okta-like IdP and app (the app closes first: it depends on the IdP). */
const test = base.extend<{ idp: OktaLikeIdp; t: TestApp }>({
  idp: async ({}, use) => {
    const started = await startOktaLikeIdp();
    await use(started);
    await started.close();
  },
  t: async ({ browser, idp: _idp }, use) => {
    const app = await launchTestApp(browser);
    await use(app);
    await app.close();
  },
});

async function testLoginAs(t: TestApp, idp: OktaLikeIdp, user: 'alice' | 'bob'): Promise<void> {
  const { page } = t;
  const loginPage = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  const login = await loginPage;
  await login.getByLabel('Username').fill(idp.users[user].username);
  await login.getByLabel('Password').fill(idp.users[user].password);
  await login.getByRole('button', { name: 'Sign In' }).click();
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  await expect(testResult(page)).toContainText(idp.users[user].email!);
}

/** The field (label, input, message, suggestion) around the input labelled `label`. */
function field(page: Page, label: string) {
  return page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });
}

test('two tested users: the preview table gives each their Hub role (most privileged match wins), with no axe violation in either theme', async ({ t, idp }, testInfo) => {
  test.setTimeout(150_000);
  const { page } = t;
  await page.setViewportSize({ width: 800, height: 900 });
  await createConfigThroughStep2(page, 'acme');
  await fillCredentials(page, idp, 'hub');
  await testLoginAs(t, idp, 'alice');
  await testLoginAs(t, idp, 'bob');

  // "Everyone → read" first, "hf-admins → admin" second.
  await page.getByLabel('IdP Role Attribute Path').fill('groups');
  await page.getByRole('button', { name: 'Add role mapping' }).click();
  await page.getByLabel('IdP value for mapping 1').fill('Everyone');
  await page.getByLabel('Hub role for mapping 1').selectOption('read');
  await page.getByRole('button', { name: 'Add role mapping' }).click();
  await page.getByLabel('IdP value for mapping 2').fill('hf-admins');
  await page.getByLabel('Hub role for mapping 2').selectOption('admin');
  await page.getByRole('button', { name: 'Preview roles' }).click();

  const status = page.getByRole('status', { name: 'Role preview' });
  await expect(status).toContainText('Previewed for the 2 users tested on this configuration');
  await expect(status).toContainText('Latest, bob@acme.example: Hub role read');

  const table = page.getByRole('table', { name: /Each user tested on this configuration/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['User', 'Hub role', 'Resource groups', 'Why']);
  const body = table.locator('tbody tr');
  await expect(body).toHaveCount(2);
  // Newest test first: bob, then alice.
  await expect(body.nth(0).getByRole('rowheader')).toContainText('bob@acme.example');
  await expect(body.nth(1).getByRole('rowheader')).toContainText('alice@acme.example');

  const alice = body.filter({ hasText: 'alice@acme.example' });
  await expect(alice.getByRole('cell').nth(0)).toHaveText('admin');
  await expect(alice.getByRole('cell').nth(1)).toHaveText('none');
  await expect(alice.getByRole('cell').nth(2)).toContainText('2 mappings match');
  await expect(alice.getByRole('cell').nth(2)).toContainText('most privileged');
  const bob = body.filter({ hasText: 'bob@acme.example' });
  await expect(bob.getByRole('cell').nth(0)).toHaveText('read');
  await expect(bob.getByRole('cell').nth(2)).toContainText('Only mapping 1 ("Everyone" → read) matches');

  // The latest user's matches first; choosing alice lists both of hers, the admin one winning.
  const matches = page.locator('.role-matches');
  await expect(matches.getByRole('heading', { name: 'Mappings that match bob@acme.example' })).toBeVisible();
  await alice.getByRole('button', { name: 'alice@acme.example' }).click();
  await expect(alice.getByRole('button', { name: 'alice@acme.example' })).toHaveAttribute('aria-pressed', 'true');
  await expect(matches.getByRole('heading', { name: 'Mappings that match alice@acme.example' })).toBeVisible();
  await expect(matches.getByRole('listitem')).toHaveText([/Mapping 1: Everyone → read\s*would give read alone/, /Mapping 2: hf-admins → admin\s*Wins: admin/]);

  // Readable at 800 px: nothing needs horizontal scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  const preview = page.locator('.role-users');
  await snapPart(preview, testInfo, 'roles-01-preview-table-light');
  await snap(page, testInfo, 'roles-02-step3-role-preview');

  // Editing the mappings marks the preview as out of date.
  await page.getByLabel('Hub role for mapping 1').selectOption('write');
  await expect(preview).toContainText('the mappings changed since this preview');
  await page.getByRole('button', { name: 'Preview roles' }).click();
  await expect(preview).not.toContainText('the mappings changed since this preview');
  await expect(bob.getByRole('cell').nth(0)).toHaveText('write');
  await page.getByLabel('Hub role for mapping 1').selectOption('read');
  await page.getByRole('button', { name: 'Preview roles' }).click();
  await expect(bob.getByRole('cell').nth(0)).toHaveText('read');

  const findings: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations) findings.push(`${colorScheme}: ${v.id}: ${v.help} (${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')})`);
  }
  await snapPart(preview, testInfo, 'roles-03-preview-table-dark');
  expect(findings, findings.join('\n')).toEqual([]);
});

test('wrong-field messages, one screenshot per family, before any network call', async ({ t, idp }, testInfo) => {
  const { page } = t;
  await page.setViewportSize({ width: 800, height: 900 });
  const calls: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(t.app.origin)) calls.push(r.url());
  });

  await createConfigThroughStep2(page, 'acme');

  // The Hub's consume URI as the Issuer URL.
  await page.getByLabel('Issuer URL').fill(idp.consumeUri('acme'));
  await page.getByLabel('Issuer URL').blur();
  await expect(field(page, 'Issuer URL')).toContainText('Error: This is the Hub’s redirect URI');
  await expect(page.getByLabel('Issuer URL')).toHaveAttribute('aria-invalid', 'true');
  await snapPart(field(page, 'Issuer URL'), testInfo, 'fields-01-consume-uri-as-issuer');

  // A client secret in Client ID, an Okta client id (0oa + 17) in the secret.
  await page.getByLabel('Client ID').fill(idp.clients.hub.clientSecret);
  await page.getByLabel('Client ID').blur();
  await page.getByLabel('Client secret').fill('0oa1b2c3d4e5f6g7h8i9');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(field(page, 'Client ID')).toContainText('Error: This looks like a client secret');
  await expect(field(page, 'Client secret')).toContainText('Error: This is an Okta Client ID');
  await expect(page.getByText('A client secret is stored in the keychain')).toHaveCount(0);
  await snapPart(page.locator('form.form').filter({ has: page.getByLabel('Client ID') }), testInfo, 'fields-02-secret-and-client-id-swapped');
  await snap(page, testInfo, 'fields-02b-step3-wrong-fields');

  // Step 2: the org given as a Hub address, with its one-click fix.
  await stepLink(page, 2).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  const org = page.getByLabel('Organization identifier');
  await org.fill('https://huggingface.co/organizations/acme-corp/settings/sso');
  await expect(field(page, 'Organization identifier')).toContainText('Error: Enter the organization identifier only, not the address: "acme-corp"');
  const useIt = page.getByRole('button', { name: 'Use “acme-corp”' });
  await expect(useIt).toBeVisible();
  await snapPart(field(page, 'Organization identifier'), testInfo, 'fields-03-org-as-hub-url-with-suggestion');
  await useIt.click();
  await expect(org).toHaveValue('acme-corp');
  await expect(org).toBeFocused();
  await expect(useIt).toHaveCount(0);
  await expect(page.getByRole('code').filter({ hasText: 'https://huggingface.co/organizations/acme-corp/oidc/consume' })).toBeVisible();

  // Capitals: a note (Okta compares the redirect URI case included), not an error.
  await org.fill('AcmeCorp');
  await expect(field(page, 'Organization identifier')).toContainText('Note: "AcmeCorp" has capitals');
  await expect(org).not.toHaveAttribute('aria-invalid', 'true');
  await snapPart(field(page, 'Organization identifier'), testInfo, 'fields-04-org-capitals-note');

  // Invisible characters: named in the note, shown where they stand, gone from the redirect URI and from what is saved.
  await org.fill('acme-corp\u200B\u00A0');
  const orgField = field(page, 'Organization identifier');
  await expect(orgField).toContainText('Note: Removed 1 invisible character (zero-width), 1 non-breaking space');
  await expect(orgField.locator('.hidden-char')).toHaveText(['U+200B', 'U+00A0']);
  await expect(page.getByRole('code').filter({ hasText: 'https://huggingface.co/organizations/acme-corp/oidc/consume' })).toBeVisible();
  await snapPart(orgField, testInfo, 'fields-05-invisible-characters-note');
  await snap(page, testInfo, 'fields-05b-step2-invisible-characters');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Saved.');
  await page.reload();
  await expect(page.getByLabel('Organization identifier')).toHaveValue('acme-corp');

  expect(calls, 'no request left the app for any of these messages').toEqual([]);
});
