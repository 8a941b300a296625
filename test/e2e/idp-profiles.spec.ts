/**
 * Microsoft Entra ID and Google Workspace end to end, in browser mode: New
 * configuration → choose the IdP → steps 1–3 in that IdP's words → the
 * credentials of the Entra-like / Google-like IdP (real oidc-provider servers
 * on 127.0.0.1) → Test login, signing in on that IdP's own sign-in page,
 * succeeds and shows the claims; then one failure each, ending with its own
 * code. axe scans the IdP chooser and each IdP's step 3, light and dark.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startEntraLikeIdp, type EntraLikeIdp } from '../fixtures/entra-idp';
import { startGoogleLikeIdp, type GoogleLikeIdp } from '../fixtures/google-idp';
import { launchTestApp, type TestApp } from './app';
import { stepLink, testResult } from './screens';

let t: TestApp;

test.beforeEach(async ({ browser }) => {
  t = await launchTestApp(browser);
});
test.afterEach(async () => {
  await t?.close();
});

/** New configuration → the chooser → `idp` → Create; lands on step 1. */
async function newConfigurationFor(page: Page, idp: 'Okta' | 'Microsoft Entra ID' | 'Google Workspace'): Promise<void> {
  await page.getByRole('button', { name: 'New configuration' }).click();
  const chooser = page.getByRole('dialog', { name: 'New configuration' });
  // Okta is preselected; the admin picks another card.
  await expect(chooser.getByRole('radio', { name: /^Okta/ })).toBeChecked();
  await chooser.getByRole('radio', { name: new RegExp(`^${idp}`) }).check();
  await chooser.getByRole('button', { name: 'Create' }).click();
  await expect(chooser).toBeHidden();
}

/** Steps 1 and 2 as the admin does them, in the IdP's words; ends on step 3. */
async function throughStep2(page: Page, words: { step1: string; tick1: string; redirectLabel: string; tick2: string }, org = 'acme'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: words.step1 })).toBeVisible();
  await expect(stepLink(page, 1)).toContainText(words.step1);
  await page.getByLabel(words.tick1).check();
  await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  await expect(page.locator('#redirect-uri-label')).toHaveText(words.redirectLabel);
  await page.getByLabel('Organization identifier').fill(org);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('code').filter({ hasText: `https://huggingface.co/organizations/${org}/oidc/consume` })).toBeVisible();
  await page.getByLabel(words.tick2).check();
  await expect(stepLink(page, 2)).not.toContainText('not done');
  await page.getByRole('link', { name: /Step 3: Credentials and test/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
}

const ENTRA = {
  step1: 'Register the app in Microsoft Entra ID',
  tick1: 'I registered the app in Microsoft Entra ID',
  redirectLabel: 'Redirect URI (platform Web)',
  tick2: 'I added the redirect URI (platform Web) in Microsoft Entra ID',
};
const GOOGLE = {
  step1: 'Create the OAuth client in Google Cloud',
  tick1: 'I started a Web application client in Google Cloud',
  redirectLabel: 'Authorized redirect URI',
  tick2: 'I added the authorized redirect URI and created the client in Google Cloud',
};

test.describe('Microsoft Entra ID', () => {
  let idp: EntraLikeIdp;
  test.beforeEach(async () => {
    idp = await startEntraLikeIdp();
  });
  test.afterEach(async () => {
    await idp?.close();
  });

  test('New configuration → Entra: its steps, the metadata document as issuer, a successful test; the Secret ID is refused, a wrong secret ends with ENTRA_SECRET_INVALID', async () => {
    test.setTimeout(120_000);
    const { page } = t;
    await newConfigurationFor(page, 'Microsoft Entra ID');
    // Step 1 in Entra's words, with its console button.
    await expect(page.getByRole('heading', { name: 'Create your own application' })).toBeVisible();
    // The instruction's own paragraph (the picture beside it describes the same screen).
    await expect(page.locator('.substeps li > p').filter({ hasText: 'Register an application to integrate with Microsoft Entra ID' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the Microsoft Entra admin center' })).toBeVisible();
    await expect(page.getByText('Create App Integration')).toHaveCount(0);
    await throughStep2(page, ENTRA);

    // Step 3: Entra's hints, no groups scope, the secret's expiry.
    await expect(page.getByText('Paste the OpenID Connect metadata document URL', { exact: false })).toBeVisible();
    await expect(page.getByText('Ask for the')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Client secret: the Value, not the Secret ID' })).toBeVisible();
    await page.getByLabel('Client ID').fill(idp.clients.hub.clientId);
    // The Secret ID (a GUID) is caught before any test.
    await page.getByLabel('Client secret').fill(idp.clients.hub.clientId.replace(/^./, 'a'));
    await page.getByLabel('Issuer URL').fill(idp.metadataUrl);
    await page.getByRole('button', { name: 'Test login' }).click();
    await expect(page.getByText('This looks like the Secret ID')).toBeVisible();
    await expect(testResult(page)).not.toContainText('Test succeeded');

    // A wrong Value reaches Entra, which refuses it at the token endpoint (AADSTS7000215).
    await page.getByLabel('Client secret').fill('Wrong~Value.' + 'x'.repeat(28));
    let loginPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    let login = await loginPage;
    await login.getByLabel('Email, phone, or Skype').fill(idp.users.alice.username);
    await login.getByLabel('Password').fill(idp.users.alice.password);
    await login.getByRole('button', { name: 'Sign in' }).click();
    await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('ENTRA_SECRET_INVALID');
    await expect(testResult(page)).toContainText('7000215');
    await expect(stepLink(page, 3)).toContainText('not done');

    // The right Value, and the expiry date Entra showed: the test passes and shows the claims.
    await page.getByRole('button', { name: 'Replace' }).click();
    await page.getByLabel('Client secret').fill(idp.clients.hub.clientSecret);
    await page.getByLabel('Secret expires on (optional)').fill('2099-01-31');
    loginPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    login = await loginPage;
    await login.getByLabel('Email, phone, or Skype').fill(idp.users.alice.username);
    await login.getByLabel('Password').fill(idp.users.alice.password);
    await login.getByRole('button', { name: 'Sign in' }).click();
    await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('alice@acme.example');
    await expect(stepLink(page, 3)).not.toContainText('not done');

    // The home card names the IdP and the secret's expiry.
    await page.goto(t.app.origin + '/#/');
    const card = page.getByRole('listitem').filter({ hasText: 'acme' });
    await expect(card).toContainText('Microsoft Entra ID');
    await expect(card).toContainText(/Secret expires in \d+ days \(2099-01-31\)/);
  });
});

test.describe('Google Workspace', () => {
  let idp: GoogleLikeIdp;
  test.beforeEach(async () => {
    idp = await startGoogleLikeIdp();
  });
  test.afterEach(async () => {
    await idp?.close();
  });

  async function signIn(login: Page): Promise<void> {
    await login.getByLabel('Email or phone').fill(idp.users.alice.email);
    await login.getByLabel('Enter your password').fill(idp.users.alice.password);
    await login.getByRole('button', { name: 'Next' }).click();
  }

  test('New configuration → Google: its steps, a successful test, no role mapping by groups; a redirect URI not registered ends with GOOGLE_REDIRECT_URI_MISMATCH', async () => {
    test.setTimeout(120_000);
    const { page } = t;
    await newConfigurationFor(page, 'Google Workspace');
    await expect(page.getByRole('heading', { name: 'Open Google Auth Platform → Clients' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open the Google Cloud console' })).toBeVisible();
    await throughStep2(page, GOOGLE);

    // Step 3: Google's issuer offered, no groups scope, no expiry field.
    await expect(page.getByRole('button', { name: 'Use https://accounts.google.com' })).toBeVisible();
    await expect(page.getByText('Ask for the')).toHaveCount(0);
    await expect(page.getByLabel('Secret expires on (optional)')).toHaveCount(0);
    await expect(page.getByText('Role mapping by groups is not available with Google OIDC')).toBeVisible();

    // A client whose Authorized redirect URIs lack this organization's: Google's own error page.
    await page.getByLabel('Client ID').fill(idp.clients.otherRedirect.clientId);
    await page.getByLabel('Client secret').fill(idp.clients.otherRedirect.clientSecret);
    await page.getByLabel('Issuer URL').fill(idp.issuer);
    // The login window opens on Google's error page, before any sign-in.
    const errorPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    await errorPage;
    await expect(testResult(page)).toContainText('Test failed', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('GOOGLE_REDIRECT_URI_MISMATCH');
    await expect(stepLink(page, 3)).toContainText('not done');

    // The right client: the test passes and shows the claims (hd, no groups).
    await page.getByLabel('Client ID').fill(idp.clients.hub.clientId);
    await page.getByRole('button', { name: 'Replace' }).click();
    await page.getByLabel('Client secret').fill(idp.clients.hub.clientSecret);
    const loginPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    await signIn(await loginPage);
    await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('alice@acme.example');
    await expect(testResult(page)).toContainText('acme.example');
    await expect(stepLink(page, 3)).not.toContainText('not done');

    await page.goto(t.app.origin + '/#/');
    await expect(page.getByRole('listitem').filter({ hasText: 'acme' })).toContainText('Google Workspace');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe (${colorScheme}): the IdP chooser and Entra's and Google's step 3 have no violations`, async () => {
    test.setTimeout(240_000);
    const { page } = t;
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    const scan = async (screen: string) => {
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) violations.push(`${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    };
    await page.getByRole('button', { name: 'New configuration' }).click();
    await expect(page.getByRole('dialog', { name: 'New configuration' })).toBeVisible();
    await scan('IdP chooser');
    await page.keyboard.press('Escape');
    for (const [idp, words] of [['Microsoft Entra ID', ENTRA], ['Google Workspace', GOOGLE]] as const) {
      await page.goto(t.app.origin + '/#/');
      await newConfigurationFor(page, idp);
      await throughStep2(page, words);
      await page.getByRole('button', { name: 'Test login' }).click(); // empty fields: their errors show too
      await expect(page.getByLabel('Client ID')).toBeFocused();
      await scan(`${idp} step 3`);
    }
    expect(violations).toEqual([]);
  });
}
