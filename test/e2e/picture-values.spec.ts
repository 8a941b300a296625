/**
 * The pictures show the admin's own values once they are known: the org in
 * the Hub's URLs and the redirect URI (step 2), the Okta domain taken from the
 * issuer and the client ID, shortened (step 3). Before that, they show
 * placeholders that read as examples.
 */
import { test, expect, type Page } from '@playwright/test';
import { withAppAndIdpPerTest, type TestApp } from './app';
import { createConfigThroughStep2 } from './screens';

let t: TestApp;

withAppAndIdpPerTest((app) => (t = app));

/** The text drawn in every picture of the current step, joined. */
async function picturesText(page: Page): Promise<string> {
  const texts = await page.locator('figure svg').evaluateAll((svgs) => svgs.map((svg) => svg.textContent ?? ''));
  expect(texts.length, 'the step shows pictures').toBeGreaterThan(0);
  return texts.join('\n');
}

test('step 2 and step 3 pictures show the org, redirect URI, Okta domain and client ID the admin entered', async () => {
  const { page } = t;
  await page.getByRole('button', { name: 'New configuration' }).click();
  // The IdP chooser opens with Okta preselected: confirm it.
  await page.getByRole('dialog', { name: 'New configuration' }).getByRole('button', { name: 'Create' }).click();
  await page.getByRole('link', { name: /Step 2: Configure the app/ }).click();
  const before = await picturesText(page);
  expect(before).not.toContain('acme');
  await page.goto(t.app.origin + '/#/');

  const configId = await createConfigThroughStep2(page, 'acme');
  await page.goto(`${t.app.origin}/#/config/${configId}/step/configure-app`);
  await expect(page.getByRole('heading', { level: 1, name: 'Configure the app' })).toBeVisible();
  const step2 = await picturesText(page);
  expect(step2).toContain('https://huggingface.co/organizations/acme/oidc/consume');
  expect(step2).not.toContain('acme-corp');

  await page.goto(`${t.app.origin}/#/config/${configId}/step/credentials`);
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials and test' })).toBeVisible();
  await page.getByLabel('Issuer URL').fill('https://acme.okta.com/oauth2/default');
  await page.getByLabel('Client ID').fill('0oaABCDEFGH123456789');
  await expect.poll(() => picturesText(page)).toContain('acme.okta.com');
  const step3 = await picturesText(page);
  expect(step3).toContain('0oaA…6789');
  expect(step3).not.toContain('0oa8f2k1x9EXAMPLE697');
});
