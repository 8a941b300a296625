/**
 * The browser-mode login window in real Chromium catching a SAML IdP's
 * HTTP-POST binding: the auto-submitted form to the Hub's ACS is read from the
 * paused request and fulfilled locally, never sent.
 *
 * As in browser-auth-window.test.ts, Chromium resolves huggingface.co to a
 * local listener that counts connections: every flow here must leave it at zero.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';
import type { AuthWindowOutcome } from '../../main/core/ports';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';
import { contextsLeftAfter } from '../fixtures/idp-kit/contexts-left';

const executable = chromiumExecutable();
if (!executable) console.warn('browser-auth-window-saml: skipped, no Chromium/Chrome found (set CHROME_PATH)');

const headless = process.env.HEADED !== '1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Late connections (a preconnect, a favicon) would arrive within this after the outcome. */
const SETTLE_MS = 400;

const ACS = 'https://huggingface.co/organizations/acme/saml/consume';
/** Base64 of some bytes, with the `+`, `/` and `=` a form must encode. */
const SAML_RESPONSE = Buffer.from('<samlp:Response ID="_r1">alice@example.com ÿ>?</samlp:Response>', 'utf8').toString('base64');
const RELAY_STATE = 'rs-42 & /more?x=1';

/**
 * A tiny SAML IdP's pages: each answers with the page an IdP sends at the end of a login, a form that submits
 * itself to the ACS on load (the HTTP-POST binding), with the fields the test asks for.
 */
function startSamlPages(fieldsFor: Map<string, Record<string, string>>): Promise<{ url: (path: string) => string; close: () => Promise<void> }> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const html = (body: string) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const fields = fieldsFor.get(u.searchParams.get('form') ?? '');
    if (u.pathname === '/post' && fields) {
      const inputs = Object.entries(fields)
        .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
        .join('');
      return html(page('Working...', `<form method="post" action="${ACS}">${inputs}<noscript><button>Continue</button></noscript></form><script>document.forms[0].submit();</script>`));
    }
    // A sign-in page whose popup ends the login with the POST.
    if (u.pathname === '/popup-opener') {
      return html(page('Sign in', `<button id="open-popup" onclick="window.open('/post?form=${u.searchParams.get('form')}', 'signin', 'width=480,height=640')">Sign in</button>`));
    }
    // An IdP sending the browser to the ACS by GET (no HTTP-POST binding).
    if (u.pathname === '/get') {
      res.writeHead(302, { Location: `${ACS}?SAMLResponse=${encodeURIComponent(SAML_RESPONSE)}&RelayState=r`, 'Cache-Control': 'no-store' });
      return res.end();
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url: (path) => origin + path,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    }),
  );
}

describe.skipIf(!executable)('browser-mode AuthWindow: a SAML HTTP-POST to the ACS (real Chromium)', () => {
  const LARGE = randomBytes(150_000).toString('base64'); // 200 000 characters
  const forms = new Map<string, Record<string, string>>([
    ['saml', { SAMLResponse: SAML_RESPONSE, RelayState: RELAY_STATE }],
    ['saml-no-relay', { SAMLResponse: SAML_RESPONSE }],
    ['no-saml-response', { RelayState: RELAY_STATE, other: 'x' }],
    ['large', { SAMLResponse: LARGE, RelayState: 'r' }],
  ]);
  let pages: Awaited<ReturnType<typeof startSamlPages>>;
  let hub: ConnectionCounter;
  let authChromium: AuthChromium;

  beforeAll(async () => {
    pages = await startSamlPages(forms);
    hub = await startConnectionCounter();
    authChromium = await launchAuthChromium({ headless, extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  });

  afterAll(async () => {
    await authChromium?.close();
    await hub?.close();
    await pages?.close();
  });

  async function login(path: string, opts: { onPage?: (page: Page) => void; timeoutMs?: number } = {}) {
    const intercepted: { url: string; action: 'fulfilled' | 'blocked' }[] = [];
    const browser = authChromium.browser;
    const authWindow = createBrowserAuthWindow({ getBrowser: async () => browser, onPage: opts.onPage, onIntercept: (e) => intercepted.push(e) });
    const contextsBefore = browser.contexts().length;
    const before = hub.connections;
    const outcome: AuthWindowOutcome = await authWindow.open(pages.url(path), {
      redirectUri: ACS,
      timeoutMs: opts.timeoutMs ?? 20_000,
      signal: new AbortController().signal,
    });
    await sleep(SETTLE_MS);
    return { outcome, intercepted, leaked: hub.connections - before, contextsLeft: await contextsLeftAfter(browser, contextsBefore) };
  }

  it('the auto-submitted form is caught: the exact SAMLResponse and RelayState, zero connections, nothing of the body in the events', async () => {
    const run = await login('/post?form=saml');
    expect(run.outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE, relayState: RELAY_STATE });
    expect(run.leaked).toBe(0);
    expect(run.contextsLeft).toBe(0);
    expect(run.intercepted).toEqual([{ url: ACS, action: 'fulfilled' }]);
    expect(JSON.stringify(run.intercepted)).not.toContain(SAML_RESPONSE.slice(0, 20));
  });

  it('without RelayState, the outcome has none', async () => {
    const run = await login('/post?form=saml-no-relay');
    expect(run.outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE });
    expect(run.leaked).toBe(0);
  });

  it('a sign-in popup that posts the response is caught in the popup', async () => {
    const run = await login('/popup-opener?form=saml', { onPage: (page) => void page.click('#open-popup').catch(() => undefined) });
    expect(run.outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE, relayState: RELAY_STATE });
    expect(run.leaked).toBe(0);
    expect(run.contextsLeft).toBe(0);
  });

  it('a large SAMLResponse (200 000 characters of base64) is read whole', async () => {
    const run = await login('/post?form=large');
    expect(run.outcome.kind).toBe('saml-post');
    expect(run.outcome.kind === 'saml-post' && run.outcome.samlResponse.length).toBe(LARGE.length);
    expect(run.outcome).toEqual({ kind: 'saml-post', url: ACS, samlResponse: LARGE, relayState: 'r' });
    expect(run.leaked).toBe(0);
  });

  it('a GET to the ACS is no SAML post: the redirect with its URL, zero connections', async () => {
    const run = await login('/get');
    expect(run.outcome).toEqual({ kind: 'redirect', url: `${ACS}?SAMLResponse=${encodeURIComponent(SAML_RESPONSE)}&RelayState=r` });
    expect(run.leaked).toBe(0);
  });

  it('a POST to the ACS without SAMLResponse is no SAML post: the redirect with the ACS URL only, zero connections', async () => {
    const run = await login('/post?form=no-saml-response');
    expect(run.outcome).toEqual({ kind: 'redirect', url: ACS });
    expect(run.leaked).toBe(0);
  });
});
