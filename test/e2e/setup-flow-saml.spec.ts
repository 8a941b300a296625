/**
 * A SAML setup as a new admin does it, once per IdP (Okta, Entra ID, Google Workspace), in browser mode against
 * the SAML IdP fixture in that IdP's shape: New configuration (IdP + SAML) → step 1 in the IdP's SAML words →
 * step 2 with the Hub's ACS URL and the pasted SP Entity ID → step 3 from the metadata (its URL for Okta and
 * Entra, a downloaded file for Google, which offers no URL) → test login, bob signing in on the IdP's form in
 * the app's login window → the NameID and attributes, step 3 ticked, the values for the Hub's SAML form.
 * The login window's Chromium is the one the product launches (launchAuthChromium: a profile that never
 * preconnects) and resolves huggingface.co to a local listener that counts connections: none may arrive. Then an unsigned assertion is refused with its code, and every data file and the DOM are searched for
 * the raw responses the IdP posted and their signature values (the leak scan over SAML responses).
 * Every screen is saved as a screenshot.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';
import { SAML_USERS, startSamlIdp, type SamlIdp, type SamlIdpShape } from '../fixtures/saml-idp';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { launchTestApp, type TestApp } from './app';
import { snap, stepLink, testResult } from './screens';

const SP_ENTITY_ID = 'https://huggingface.co/organizations/acme/saml/metadata';
const ACS_URL = 'https://huggingface.co/organizations/acme/saml/consume';

interface IdpCase {
  shape: SamlIdpShape;
  name: string;
  step1: string;
  tick1: string;
  tick2: string;
  metadata: 'url' | 'file';
  ssoLabel: RegExp;
}
const OKTA: IdpCase = {
  shape: 'okta',
  name: 'Okta',
  step1: 'Create the SAML app in Okta',
  tick1: 'I created the SAML 2.0 app integration in Okta',
  tick2: 'I pasted the ACS URL and SP Entity ID and saved the app in Okta',
  metadata: 'url',
  ssoLabel: /^Sign on URL/,
};
const IDPS: readonly IdpCase[] = [
  OKTA,
  {
    shape: 'entra',
    name: 'Microsoft Entra ID',
    step1: 'Create the enterprise app in Microsoft Entra ID',
    tick1: 'I created the enterprise application and chose SAML',
    tick2: 'I filled in Basic SAML Configuration and the signing option in Entra',
    metadata: 'url',
    ssoLabel: /^Login URL/,
  },
  {
    shape: 'google',
    name: 'Google Workspace',
    step1: 'Add the custom SAML app in Google Admin',
    tick1: 'I added the custom SAML app and downloaded Google’s metadata',
    tick2: 'I filled in the service provider details and finished the app in Google',
    metadata: 'file',
    ssoLabel: /^SSO URL/,
  },
];

let authChromium: AuthChromium;
let browser: Browser;
let hub: ConnectionCounter;
let t: TestApp | undefined;
let idp: SamlIdp | undefined;

test.beforeAll(async () => {
  hub = await startConnectionCounter();
  // The app's own login Chromium (its profile never preconnects, as the product's), resolving huggingface.co to the counter.
  authChromium = await launchAuthChromium({ extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  browser = authChromium.browser as unknown as Browser;
});
test.afterAll(async () => {
  await authChromium?.close();
  await hub?.close();
});
test.afterEach(async () => {
  await t?.close();
  await idp?.close();
  t = undefined;
  idp = undefined;
});

/** Bob types his password on the IdP's form in the app's login window. */
async function signInAsBob(login: Page): Promise<void> {
  await login.locator('input[name="username"]').fill(SAML_USERS.bob.username);
  await login.locator('input[name="password"]').fill(SAML_USERS.bob.password);
  await login.getByRole('button', { name: 'Sign In' }).click();
}

/** New configuration for `name` with SAML, through step 2 (org acme, the Hub's SP Entity ID), ending on step 3. */
async function createSamlConfigThroughStep2(page: Page, idp: IdpCase, testInfo: Parameters<typeof snap>[1], shot: string): Promise<void> {
  const shape = shot;
  await page.getByRole('button', { name: 'New configuration' }).click();
  const dialog = page.getByRole('dialog', { name: 'New configuration' });
  await dialog.getByRole('radio', { name: new RegExp(`^${idp.name}`) }).check();
  await expect(dialog).toContainText('You work in the Google Cloud console.');
  await dialog.getByRole('radio', { name: /^SAML 2\.0/ }).check();
  // Google's SAML app is made in the Admin console, not in Google Cloud: the card says where.
  await expect(dialog).toContainText('You work in the Google Admin console.');
  await snap(page, testInfo, `${shape}-01-new-configuration-saml`);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: idp.step1 })).toBeVisible();
  await snap(page, testInfo, `${shape}-02-step1`);
  await page.getByLabel(idp.tick1).check();
  await expect(stepLink(page, 1)).not.toContainText('not done');
  await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  await page.getByLabel('Organization identifier').fill('acme');
  // A wrong-field paste is caught: the ACS URL is not the SP Entity ID.
  const entity = page.getByLabel('SP Entity ID (from the Hub)');
  await entity.fill(ACS_URL);
  await entity.blur();
  await expect(page.getByText(/This is the Hub’s ACS URL/)).toBeVisible();
  await entity.fill(SP_ENTITY_ID);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('code').filter({ hasText: ACS_URL })).toBeVisible();
  await expect(page.getByRole('code').filter({ hasText: SP_ENTITY_ID })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy ACS URL' })).toBeVisible();
  await snap(page, testInfo, `${shape}-03-step2-acs-and-entity-id`);
  await page.getByLabel(idp.tick2).check();
  await expect(stepLink(page, 2)).not.toContainText('not done');
  await page.getByRole('link', { name: /Step 3: Credentials and test/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
}

for (const spec of IDPS) {
  test(`SAML setup for ${spec.name}: steps 1–3 from the metadata, a passing test login with no connection to huggingface.co`, async ({}, testInfo) => {
    test.setTimeout(120_000);
    idp = await startSamlIdp({ shape: spec.shape, login: 'form' });
    t = await launchTestApp(browser);
    const { page } = t;
    const refused: string[] = [];
    page.on('pageerror', (e) => refused.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(m.text());
    });

    await createSamlConfigThroughStep2(page, spec, testInfo, spec.shape);
    await snap(page, testInfo, `${spec.shape}-04-step3-empty`);

    // The metadata: its URL (Okta, Entra) or the file the IdP offers (Google has no metadata URL).
    if (spec.metadata === 'url') {
      await page.getByLabel('Metadata URL').fill(idp.metadataUrl);
      await page.getByRole('button', { name: 'Read metadata' }).click();
    } else {
      await expect(page.getByLabel('Metadata URL')).toHaveCount(0);
      const xml = await (await fetch(idp.metadataUrl)).text();
      await page.getByLabel('Metadata file').setInputFiles({ name: 'GoogleIDPMetadata.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    }
    const read = page.getByRole('status', { name: 'Metadata read' });
    await expect(read).toContainText('Read from', { timeout: 15_000 });
    await expect(read).toContainText(idp.entityId);
    await expect(page.getByLabel(spec.ssoLabel)).toHaveValue(idp.ssoUrl);
    await expect(page.getByText('Issued to')).toBeVisible();
    const pem = await page.getByLabel('Signing certificate (PEM)').inputValue();
    expect(pem.trim()).toBe(idp.certificatePem.trim());
    await snap(page, testInfo, `${spec.shape}-05-step3-metadata-read`);

    // The test login: bob signs in on the IdP's form; the POST to the Hub's ACS is caught here.
    const connectionsBefore = hub.connections;
    const loginPage = t.nextLoginPage();
    await page.getByRole('button', { name: 'Test login' }).click();
    await expect(page.getByText('Login window open: sign in there', { exact: true })).toBeVisible();
    await signInAsBob(await loginPage);
    await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
    await expect(testResult(page)).toContainText('What the Hub will see in the SAML assertion');
    await expect(testResult(page).getByRole('row', { name: `NameID ${SAML_USERS.bob.email}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Test login/ })).toContainText('step 3 done');
    await expect(stepLink(page, 3)).not.toContainText('not done');
    expect(hub.connections - connectionsBefore, 'connections to huggingface.co during the test').toBe(0);
    await expect(page.getByRole('button', { name: 'Copy Sign On URL' })).toBeVisible();
    await snap(page, testInfo, `${spec.shape}-06-step3-passed`);

    // A reload keeps the verdict and the values.
    await page.reload();
    await expect(page.getByRole('heading', { name: /Test login/ })).toContainText('step 3 done');
    await expect(page.getByLabel(spec.ssoLabel)).toHaveValue(idp.ssoUrl);

    // The home card names the protocol.
    await page.goto(t.app.origin + '/#/');
    await expect(page.locator('.config-card')).toContainText(`${spec.name} · SAML`);
    expect(refused).toEqual([]);
  });
}

test('a SAML test that fails explains itself, and no raw SAML response reaches the disk or the window', async ({}, testInfo) => {
  test.setTimeout(120_000);
  idp = await startSamlIdp({ shape: 'okta', login: 'auto' });
  t = await launchTestApp(browser);
  const { page } = t;
  await createSamlConfigThroughStep2(page, OKTA, testInfo, 'failure');

  // Wrong-field pastes in step 3, named before anything is sent.
  const sso = page.getByLabel(/^Sign on URL/);
  await sso.fill(ACS_URL);
  await sso.blur();
  await expect(page.getByText(/This is the Hub’s ACS URL: it goes into the IdP’s app/)).toBeVisible();
  await sso.fill(idp.metadataUrl.replace('127.0.0.1', 'localhost'));
  await expect(page.getByText(/looks like the metadata URL/)).toBeVisible();
  const cert = page.getByLabel('Signing certificate (PEM)');
  await cert.fill('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----');
  await expect(page.getByText(/This is a private key/)).toBeVisible();
  await snap(page, testInfo, 'failure-01-wrong-field-pastes');

  // By hand: SSO URL and certificate.
  await sso.fill(idp.ssoUrl);
  await cert.fill(idp.certificatePem);
  await expect(page.getByText('Issued to')).toBeVisible();

  // A passing test first (alice, at once), then the IdP stops signing the assertion.
  const first = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  await first;
  await expect(testResult(page)).toContainText('Test succeeded', { timeout: 30_000 });
  idp.failure = 'unsigned-assertion';
  const second = t.nextLoginPage();
  await page.getByRole('button', { name: 'Test login' }).click();
  await second;
  await expect(testResult(page)).toContainText('SAML_ASSERTION_UNSIGNED', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: /Test login/ })).toContainText('step 3 not done');
  await snap(page, testInfo, 'failure-02-unsigned-assertion');

  // The history shows both, with the SAML values tested and the redacted response.
  await page.getByRole('link', { name: 'Test history' }).click();
  await expect(page.getByText('SP Entity ID tested').first()).toBeVisible();
  await page.getByText(/^Technical evidence/).first().click();
  await expect(page.getByText('The SAML response, redacted').first()).toBeVisible();
  await snap(page, testInfo, 'failure-03-history');

  // The leak scan over SAML responses: every response the IdP posted, whole and by its signature values.
  expect(idp.issued.length).toBeGreaterThanOrEqual(2);
  const needles = idp.issued.flatMap((b64) => {
    const xml = Buffer.from(b64, 'base64').toString('utf8');
    const signatures = [...xml.matchAll(/SignatureValue>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, ''));
    return [b64, ...signatures.map((s) => s.slice(0, 40))];
  });
  expect(needles.length).toBeGreaterThan(idp.issued.length);
  const files = fs
    .readdirSync(t.dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name)).toString('latin1'));
  expect(files.length).toBeGreaterThan(0);
  const dom = await page.content();
  const places = { files: files.join('\n'), dom };
  for (const [place, text] of Object.entries(places)) {
    const hits = needles.filter((n) => text.includes(n));
    expect(hits, `raw SAML response material in ${place}`).toEqual([]);
  }
  // The positive control: the redacted outline is there, so the search looked where the evidence is.
  expect(places.files).toContain('saml');
});
