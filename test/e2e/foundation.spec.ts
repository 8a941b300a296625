import { test, expect } from '@playwright/test';
import pkg from '../../package.json';
import { launchTestApp, type TestApp } from './app';

let t: TestApp;
test.beforeEach(async ({ browser }) => {
  t = await launchTestApp(browser);
});
test.afterEach(async () => t?.close());

test('the placeholder call round-trips through the contract: the UI shows the version from getAppInfo', async () => {
  await expect(t.page.getByTestId('app-version')).toContainText(`SSO Setup Assistant ${pkg.version}`);
  await expect(t.page.getByTestId('app-version')).toContainText('browser mode');
});

test('the renderer gets exactly the contract client, and the main side validates what it sends', async () => {
  const shape = await t.page.evaluate(() => {
    const api = (window as unknown as { ssoAssistant: Record<string, unknown> }).ssoAssistant;
    return { keys: Object.keys(api).sort(), frozen: Object.isFrozen(api), node: typeof (window as unknown as { require?: unknown }).require };
  });
  expect(shape).toEqual({ keys: ['call', 'on'], frozen: true, node: 'undefined' });

  const results = await t.page.evaluate(async () => {
    const api = (window as unknown as { ssoAssistant: { call(n: string, i: unknown): Promise<{ ok: boolean; value?: { version: string }; error?: { code: string } }> } }).ssoAssistant;
    return {
      good: await api.call('getAppInfo', {}),
      extraKey: await api.call('getAppInfo', { __proto__: { polluted: true }, extra: 1 }),
      wrongType: await api.call('getConfig', { id: 42 }),
      unknown: await api.call('readFileSync', { path: '/etc/passwd' }),
    };
  });
  expect(results.good.ok).toBe(true);
  expect(results.good.value?.version).toBe(pkg.version);
  expect(results.extraKey.error?.code).toBe('INVALID_INPUT');
  expect(results.wrongType.error?.code).toBe('INVALID_INPUT');
  expect(results.unknown.error?.code).toBe('UNKNOWN_CALL');
});

test('the app page runs under the strict CSP and makes no request outside its own origin', async () => {
  const response = await t.page.goto(t.app.origin + '/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  const foreign: string[] = [];
  t.page.on('request', (r) => {
    if (!r.url().startsWith(t.app.origin)) foreign.push(r.url());
  });
  await t.page.reload();
  await expect(t.page.getByTestId('app-version')).toBeVisible();
  expect(foreign).toEqual([]);
});
