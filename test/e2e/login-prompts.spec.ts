/**
 * The login window's questions as the admin answers them, in real Chromium:
 * the main side's real question service (what the Electron login window calls
 * on `login` and `select-client-certificate`) asks, the real bridge carries the
 * question, the admin answers in the app's dialog, and the answer comes back
 * to the asker. Browser mode's own login window is Chromium, which shows its
 * native sign-in and certificate dialogs instead: the questions are asked here
 * from the test side, through the same service the Electron shell wires.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { launchTestApp, type TestApp } from './app';

const PASSWORD = 'pr0xy-Pa55word-never-kept';
const PROXY = { host: 'proxy.corp.example', port: 8080, realm: 'Corp proxy', scheme: 'basic', isProxy: true, retry: false };
const CERTIFICATES = {
  host: 'device.acme.okta.com:443',
  certificates: [
    { subjectName: 'alice@acme.example', issuerName: 'Acme Device CA', validExpiry: 1_830_000_000, fingerprint: 'sha256/AAAA' },
    { subjectName: 'LAPTOP-42', issuerName: 'Acme Machine CA', validExpiry: 1_840_000_000, fingerprint: 'sha256/BBBB' },
  ],
};

let t: TestApp;
test.beforeEach(async ({ browser }) => {
  t = await launchTestApp(browser);
  await expect(t.page.getByText('No configuration yet')).toBeVisible();
});
test.afterEach(async () => {
  await t?.close();
});

test('a proxy’s sign-in: the admin signs in, the asker gets the credentials, the page keeps no password', async () => {
  const { page } = t;
  const answer = t.app.services.loginPrompts.askCredentials(PROXY);
  const dialog = page.getByRole('dialog', { name: 'Your network’s proxy asks you to sign in' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The proxy proxy.corp.example:8080 asks the login window for a user name and password for “Corp proxy”');
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await expect(dialog.getByLabel('User name')).toBeFocused();
  await dialog.getByLabel('User name').fill('alice');
  const password = dialog.getByLabel('Password');
  await expect(password).toHaveAttribute('type', 'password');
  await password.fill(PASSWORD);
  await password.press('Enter');
  await expect(answer).resolves.toEqual({ username: 'alice', password: PASSWORD });
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(PASSWORD);
  expect(t.app.services.loginPrompts.finishTest()).toEqual([]);
});

test('the password is cleared when sent, even when the answer is refused; Cancel and Esc send nothing, and the result gets a note', async () => {
  const { page } = t;
  const first = t.app.services.loginPrompts.askCredentials(PROXY);
  const dialog = page.getByRole('dialog', { name: 'Your network’s proxy asks you to sign in' });
  // No user name: the main side refuses the answer, the question stays open, and the password typed is gone.
  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('INVALID_INPUT');
  await expect(dialog.getByLabel('Password')).toHaveValue('');
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(first).resolves.toBeNull();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(PASSWORD);

  const second = t.app.services.loginPrompts.askCredentials({ ...PROXY, isProxy: false, host: 'sso.acme.example', port: 443 });
  await expect(page.getByRole('dialog', { name: 'A site asks you to sign in' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(second).resolves.toBeNull();
  expect(t.app.services.loginPrompts.finishTest().map((d) => d.code)).toEqual(['PROXY_CREDENTIALS_NOT_SENT', 'SITE_CREDENTIALS_NOT_SENT']);
});

test('a client certificate: nothing is chosen for the admin; the one picked is sent, or none with a note', async () => {
  const { page } = t;
  const chosen = t.app.services.loginPrompts.chooseCertificate(CERTIFICATES);
  const dialog = page.getByRole('dialog', { name: 'A site asks for a client certificate' });
  await expect(dialog).toBeVisible();
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const send = dialog.getByRole('button', { name: 'Send this certificate' });
  await expect(send).toBeDisabled();
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  await dialog.getByRole('radio', { name: /LAPTOP-42/ }).check();
  await send.click();
  await expect(chosen).resolves.toBe('sha256/BBBB');
  await expect(dialog).toBeHidden();

  const none = t.app.services.loginPrompts.chooseCertificate(CERTIFICATES);
  await dialog.getByRole('button', { name: 'Send no certificate' }).click();
  await expect(none).resolves.toBeNull();
  const [note] = t.app.services.loginPrompts.finishTest();
  expect(note).toMatchObject({ code: 'CLIENT_CERTIFICATE_NOT_SENT', evidence: { hosts: 'device.acme.okta.com:443' } });
});

test('a question the main side withdraws (the test ended) leaves the screen', async () => {
  const { page } = t;
  const asked = t.app.services.loginPrompts.chooseCertificate(CERTIFICATES);
  const dialog = page.getByRole('dialog', { name: 'A site asks for a client certificate' });
  await expect(dialog).toBeVisible();
  t.app.services.loginPrompts.finishTest();
  await expect(asked).resolves.toBeNull();
  await expect(dialog).toBeHidden();
});
