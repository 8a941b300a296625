/**
 * The kept browser-level interception (main/browser/redirect-interception.ts): one DevTools session per browser,
 * patterns that follow the logins registered, and each paused request routed to the login whose context it is.
 * The real Chromium paths (popups from their first request, other contexts untouched, two logins at once) are in
 * test/integration/browser-auth-window.test.ts; this checks the bookkeeping with a small stand-in for the session.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Browser, CDPSession } from 'playwright-core';
import { redirectInterceptionFor, type PausedRequest } from '../../main/browser/redirect-interception';

/** Stands in for playwright-core's browser-level CDPSession: records what is sent, answers Target.getTargetInfo. */
function fakeBrowser(contextOfFrame: Record<string, string>) {
  const sent: { method: string; params: unknown }[] = [];
  let sessions = 0;
  const emitter = new EventEmitter();
  const session = {
    on: (event: string, listener: (e: unknown) => void) => emitter.on(event, listener),
    async send(method: string, params: Record<string, unknown> = {}) {
      if (method === 'Target.getTargetInfo') {
        const id = contextOfFrame[params.targetId as string];
        if (!id) throw new Error('No target with given id found');
        return { targetInfo: { browserContextId: id } };
      }
      sent.push({ method, params });
      return {};
    },
  };
  const browser = {
    async newBrowserCDPSession() {
      sessions++;
      return session as unknown as CDPSession;
    },
  } as unknown as Browser;
  const pause = async (event: PausedRequest) => {
    emitter.emit('Fetch.requestPaused', event);
    await new Promise((r) => setTimeout(r, 5));
  };
  return { browser, sent, pause, sessions: () => sessions };
}

const request = (frameId: string, url: string): PausedRequest => ({ requestId: `r-${frameId}-${url}`, request: { url }, frameId, resourceType: 'Document' });
const patternsOf = (call: { params: unknown }) => ((call.params as { patterns?: { urlPattern: string }[] }).patterns ?? []).map((p) => p.urlPattern);

describe('the kept redirect interception', () => {
  it('one session per browser, however many logins; patterns follow the hosts registered, and stay when none is left', async () => {
    const fake = fakeBrowser({});
    const interception = await redirectInterceptionFor(fake.browser);
    expect(await redirectInterceptionFor(fake.browser)).toBe(interception);
    const a = await interception.register('huggingface.co', Promise.resolve('ctx-a'), async () => {});
    const b = await interception.register('hub.test', Promise.resolve('ctx-b'), async () => {});
    const c = await interception.register('huggingface.co', Promise.resolve('ctx-c'), async () => {});
    expect(fake.sessions()).toBe(1);
    expect(fake.sent.map((s) => s.method)).toEqual(['Fetch.enable', 'Fetch.enable']); // c's host was already on
    expect(patternsOf(fake.sent[1]!)).toEqual(['*://hub.test/*', '*://hub.test:*', '*://huggingface.co/*', '*://huggingface.co:*']);
    await a.release();
    expect(fake.sent).toHaveLength(2); // c still needs huggingface.co
    await b.release();
    expect(patternsOf(fake.sent[2]!)).toEqual(['*://huggingface.co/*', '*://huggingface.co:*']);
    await c.release();
    await c.release(); // twice is once
    expect(fake.sent).toHaveLength(3); // no Fetch.disable: it costs the browser 90–150 ms; unowned requests continue
    const d = await interception.register('huggingface.co', Promise.resolve('ctx-d'), async () => {});
    expect(fake.sent).toHaveLength(3); // its host is still on
    await d.release();
  });

  it('a paused request goes to the login of its context; another context continues; one that cannot be told goes to the login on its host', async () => {
    const fake = fakeBrowser({ 'frame-a': 'ctx-a', 'frame-b': 'ctx-b', 'frame-app': 'ctx-app' });
    const interception = await redirectInterceptionFor(fake.browser);
    const seen: string[] = [];
    await interception.register('huggingface.co', Promise.resolve('ctx-a'), async (_s, e, owner) => void seen.push(`a:${e.frameId}:${owner}`));
    fake.sent.length = 0;

    await fake.pause(request('frame-a', 'https://huggingface.co/organizations/acme/oidc/consume?code=x'));
    await fake.pause(request('frame-app', 'https://huggingface.co/'));
    await fake.pause(request('frame-gone', 'https://huggingface.co/favicon.ico'));
    await fake.pause(request('frame-gone', 'https://elsewhere.test/'));
    expect(seen).toEqual(['a:frame-a:ctx-a', 'a:frame-gone:null']);
    expect(fake.sent).toEqual([
      { method: 'Fetch.continueRequest', params: { requestId: 'r-frame-app-https://huggingface.co/' } },
      { method: 'Fetch.failRequest', params: { requestId: 'r-frame-gone-https://elsewhere.test/', errorReason: 'BlockedByClient' } },
    ]);

    // A login whose context id is still being looked up: a request of an unknown context waits for it instead of being
    // let through (it may be that login's); one of a known login's context does not wait.
    let releaseB!: () => void;
    await interception.register('hub.test', new Promise<string>((r) => (releaseB = () => r('ctx-b'))), async (_s, e, owner) => void seen.push(`b:${e.frameId}:${owner}`));
    fake.sent.length = 0;
    await fake.pause(request('frame-b', 'https://hub.test/consume'));
    await fake.pause(request('frame-a', 'https://huggingface.co/organizations/acme/oidc/consume?code=y'));
    expect(seen).toEqual(['a:frame-a:ctx-a', 'a:frame-gone:null', 'a:frame-a:ctx-a']);
    releaseB();
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual(['a:frame-a:ctx-a', 'a:frame-gone:null', 'a:frame-a:ctx-a', 'b:frame-b:ctx-b']);
    expect(fake.sent).toEqual([]);
  });
});
