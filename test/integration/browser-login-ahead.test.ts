/**
 * The browser-mode login window made ahead (issue 15: `prepare`, login-context.ts), in real Chromium against the
 * tiny local IdP pages: the click then reuses the spare context instead of making one, the spare is as fresh as
 * one made at the click (no cookie of an earlier login), it is used once, the redirect is still caught with zero
 * connections to huggingface.co (a popup's first request included), and an unused or broken spare is let go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { createSpareLoginContext } from '../../main/browser/login-context';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';
import type { AuthWindow } from '../../main/core/ports';
import { CONSUME_URI, startConnectionCounter, startLoginPages, type ConnectionCounter, type LoginPages } from '../fixtures/login-pages';
import { contextsLeftAfter } from '../fixtures/idp-kit/contexts-left';

const executable = chromiumExecutable();
if (!executable) console.warn('browser-login-ahead: skipped, no Chromium/Chrome found (set CHROME_PATH)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!executable)('browser-mode login window made ahead (real Chromium)', () => {
  let pages: LoginPages;
  let hub: ConnectionCounter;
  let chromium: AuthChromium;
  /** newContext calls on the browser the adapters get (the real one, counted). */
  let contextsMade = 0;
  let counted: Browser;

  beforeAll(async () => {
    pages = await startLoginPages();
    hub = await startConnectionCounter();
    chromium = await launchAuthChromium({ headless: true, extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
    const real = chromium.browser;
    counted = new Proxy(real, {
      get(target, prop) {
        if (prop === 'newContext') return (...args: Parameters<Browser['newContext']>) => (contextsMade++, target.newContext(...args));
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
    await pages?.close();
  });

  const open = (authWindow: AuthWindow, path: string) =>
    authWindow.open(pages.url(path), { redirectUri: CONSUME_URI, timeoutMs: 20_000, signal: new AbortController().signal });

  it('prepare() makes the context before the click; open() uses it, catches the redirect, leaks nothing, and closes it', async () => {
    const authWindow = createBrowserAuthWindow({ getBrowser: async () => counted, prepareAhead: true });
    const contextsBefore = chromium.browser.contexts().length;
    await authWindow.prepare!();
    expect(chromium.browser.contexts().length).toBe(contextsBefore + 1);
    const made = contextsMade;
    const leakedBefore = hub.connections;
    const outcome = await open(authWindow, '/immediate');
    expect(outcome).toEqual({ kind: 'redirect', url: `${CONSUME_URI}?code=code-immediate&state=st-123` });
    expect(contextsMade - made).toBe(0); // no context made at the click
    await sleep(300);
    expect(hub.connections - leakedBefore).toBe(0);
    expect(await contextsLeftAfter(chromium.browser, contextsBefore)).toBe(0);
  });

  it('a spare is used once: the next login without prepare() makes its own context', async () => {
    const authWindow = createBrowserAuthWindow({ getBrowser: async () => counted, prepareAhead: true });
    await authWindow.prepare!();
    await authWindow.prepare!(); // a second ask while one is ready makes no second spare
    const made = contextsMade;
    await open(authWindow, '/immediate');
    expect(contextsMade - made).toBe(0);
    expect((await open(authWindow, '/immediate')).kind).toBe('redirect');
    expect(contextsMade - made).toBe(1);
  });

  it('a spare starts logged out: the cookie an earlier login set is not sent', async () => {
    const authWindow = createBrowserAuthWindow({ getBrowser: async () => counted, prepareAhead: true });
    await authWindow.prepare!();
    const seenBefore = pages.cookiesSeen.length;
    await open(authWindow, `/set-cookie?next=${encodeURIComponent('/echo-cookie')}`);
    await authWindow.prepare!();
    await open(authWindow, '/echo-cookie');
    expect(pages.cookiesSeen.slice(seenBefore)).toEqual(['idp_session=alice', undefined]);
  });

  it("a popup's very first request to the consume URI is caught from a spare's page, zero connections", async () => {
    const authWindow = createBrowserAuthWindow({
      getBrowser: async () => counted,
      prepareAhead: true,
      onPage: (page: Page) => void page.click('#open-popup').catch(() => undefined),
    });
    await authWindow.prepare!();
    const leakedBefore = hub.connections;
    const outcome = await open(authWindow, '/popup-immediate');
    expect(outcome).toEqual({ kind: 'redirect', url: `${CONSUME_URI}?code=code-immediate&state=st-123` });
    await sleep(300);
    expect(hub.connections - leakedBefore).toBe(0);
  });

  it('a spare whose page was closed (as a crashed one would be) is not used: it is closed, and the login makes its own', async () => {
    const authWindow = createBrowserAuthWindow({ getBrowser: async () => counted, prepareAhead: true });
    const before = new Set(chromium.browser.contexts());
    await authWindow.prepare!();
    const spareContext = chromium.browser.contexts().find((c) => !before.has(c))!;
    await spareContext.pages()[0]!.close();
    const made = contextsMade;
    expect((await open(authWindow, '/immediate')).kind).toBe('redirect');
    expect(contextsMade - made).toBe(1);
    expect(chromium.browser.contexts()).not.toContain(spareContext);
  });

  it('an unused spare is closed after its idle time, and by close()', async () => {
    // The earlier tests' login contexts close in the background: count from when they are gone (the profile's own stays).
    expect(await contextsLeftAfter(chromium.browser, 1)).toBe(0);
    const contextsBefore = chromium.browser.contexts().length;
    const idle = createSpareLoginContext({ getBrowser: async () => counted, idleMs: 200 });
    await idle.prepare();
    expect(chromium.browser.contexts().length).toBe(contextsBefore + 1);
    await sleep(600);
    expect(chromium.browser.contexts().length).toBe(contextsBefore);
    expect(await idle.take()).toBeNull();

    const authWindow = createBrowserAuthWindow({ getBrowser: async () => counted, prepareAhead: true });
    await authWindow.prepare!();
    expect(chromium.browser.contexts().length).toBe(contextsBefore + 1);
    await authWindow.close!();
    expect(chromium.browser.contexts().length).toBe(contextsBefore);
    await authWindow.prepare!(); // after close: nothing is made
    expect(chromium.browser.contexts().length).toBe(contextsBefore);
  });

  it('without prepareAhead (a headed Chromium) the adapter offers no prepare()', () => {
    expect(createBrowserAuthWindow({ getBrowser: async () => counted }).prepare).toBeUndefined();
  });
});
