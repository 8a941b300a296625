/**
 * The test login against the real Google-like IdP (oidc-provider on
 * 127.0.0.1) driven through the AuthWindow port by the Google login agent:
 * the same pipeline as test-login.test.ts, for a configuration whose profile
 * is Google. Every Google failure must come back with its own code, and never
 * as a success; an embedded-browser refusal never blames the configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startGoogleLikeIdp,
  type EmbeddedRefusal,
  type GoogleClientName,
  type GoogleLikeIdp,
  type GoogleUserName,
  type HostileCase,
} from '../fixtures/google-idp';
import { createGoogleLoginAgent } from '../fixtures/google-idp/login-agent';
import { leakCheck, runProfileTestLogin, type ProfileRun } from '../fixtures/idp-kit/test-login-run';
import type { RunTestLoginInput } from '../../main/core/oidc/test-login';
import { GOOGLE_SIGN_IN, typingUser } from '../fixtures/idp-kit/chromium-login';
import { startConnectionCounter, type ConnectionCounter } from '../fixtures/login-pages';
import { createBrowserAuthWindow } from '../../main/browser/auth-window';
import { launchAuthChromium, type AuthChromium } from '../../main/browser/launch-auth-chromium';
import { chromiumExecutable } from '../../main/browser/chromium-path';

let idp: GoogleLikeIdp;
beforeAll(async () => {
  idp = await startGoogleLikeIdp();
});
afterAll(async () => {
  await idp?.close();
});

interface LoginOptions {
  on?: GoogleLikeIdp;
  client?: GoogleClientName;
  user?: GoogleUserName;
  password?: string;
  secret?: string;
  clientId?: string;
  orgId?: string;
  extra?: Partial<RunTestLoginInput>;
}

function login(opts: LoginOptions): Promise<ProfileRun> {
  const on = opts.on ?? idp;
  const client = on.clients[opts.client ?? 'hub'];
  const user = on.users[opts.user ?? 'alice'];
  return runProfileTestLogin({
    idpKind: 'google',
    issuerUrl: on.issuer,
    clientId: opts.clientId ?? client.clientId,
    secret: opts.secret ?? client.clientSecret,
    authWindow: createGoogleLoginAgent({ username: user.username, password: opts.password ?? user.password }),
    ...(opts.orgId ? { orgId: opts.orgId } : {}),
    ...(opts.extra ? { extra: opts.extra } : {}),
  });
}

function expectNoLeak(run: ProfileRun, secret: string) {
  const { text, secrets } = leakCheck(run, secret);
  for (const value of secrets) expect(text).not.toContain(value);
  expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./); // no JWT
}

describe('Google test login: success', () => {
  it('logs alice in: email, email_verified, hd, and no groups', async () => {
    const run = await login({});
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims).toMatchObject({ email: 'alice@acme.example', email_verified: true, name: 'Alice Admin' });
    expect(run.result.claims?.groups).toBeUndefined();
    expect(run.result.stages.map((s) => s.stage)).toEqual(['discovery', 'window-opened', 'redirect-caught', 'exchanging-code', 'validating-token', 'done']);
    expectNoLeak(run, idp.clients.hub.clientSecret);
  });
});

describe('Google test login: every failure has its own code', () => {
  const cases: [string, LoginOptions, string][] = [
    ['redirect URI not registered (Error 400: redirect_uri_mismatch)', { client: 'otherRedirect' }, 'GOOGLE_REDIRECT_URI_MISMATCH'],
    ['redirect URI of another org', { orgId: 'not-acme' }, 'GOOGLE_REDIRECT_URI_MISMATCH'],
    ['unknown client ID (Error 401: invalid_client)', { clientId: '999999999999-nosuchclient.apps.googleusercontent.com' }, 'GOOGLE_INVALID_CLIENT'],
    ['wrong client secret (401 invalid_client "Unauthorized")', { secret: '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t0' }, 'GOOGLE_CLIENT_SECRET_INVALID'],
    ['an account outside the Workspace (Error 403: org_internal)', { user: 'outsider' }, 'GOOGLE_ORG_INTERNAL'],
    ['the Workspace admin restricts the app (Error 400: admin_policy_enforced)', { user: 'restricted' }, 'GOOGLE_ADMIN_POLICY_ENFORCED'],
    ['wrong password, window closed', { password: 'not-the-password' }, 'LOGIN_WINDOW_CLOSED'],
  ];
  it.each(cases)('%s → %s', async (_name, opts, code) => {
    const run = await login(opts);
    expect(run.result.outcome).toBe('failure');
    expect(run.result.diagnosis?.code).toBe(code);
    expect(run.result.stages.at(-1)?.stage).toBe('failed');
    expect(run.events.at(-1)).toMatchObject({ stage: 'failed', detail: code });
    expectNoLeak(run, opts.secret ?? idp.clients[opts.client ?? 'hub'].clientSecret);
  });

  it.each(['signin-rejected', 'disallowed-useragent'] as EmbeddedRefusal[])(
    'embedded browser refused (%s) → EMBEDDED_SIGNIN_REFUSED, at once and without blaming the configuration',
    async (refuseEmbedded) => {
      const refusing = await startGoogleLikeIdp({ refuseEmbedded });
      try {
        const started = Date.now();
        const run = await login({ on: refusing });
        expect(run.result.outcome).toBe('failure');
        expect(run.result.diagnosis?.code).toBe('EMBEDDED_SIGNIN_REFUSED');
        expect(Date.now() - started).toBeLessThan(5000);
        expectNoLeak(run, refusing.clients.hub.clientSecret);
      } finally {
        await refusing.close();
      }
    },
  );

  const hostile: [HostileCase, string][] = [
    ['wrong-iss', 'ID_TOKEN_WRONG_ISSUER'],
    ['wrong-aud', 'ID_TOKEN_WRONG_AUDIENCE'],
    ['expired', 'ID_TOKEN_EXPIRED'],
    ['wrong-nonce', 'NONCE_MISMATCH'],
    ['bad-signature', 'ID_TOKEN_BAD_SIGNATURE'],
    ['unknown-kid', 'ID_TOKEN_BAD_SIGNATURE'],
    ['no-id-token', 'ID_TOKEN_MISSING'],
    ['wrong-state', 'STATE_MISMATCH'],
  ];
  it.each(hostile)('hostile Google-like IdP: %s → %s', async (hostileCase, code) => {
    const evil = await startGoogleLikeIdp({ hostile: { hub: hostileCase } });
    try {
      const run = await login({ on: evil });
      expect(run.result.outcome).toBe('failure');
      expect(run.result.diagnosis?.code).toBe(code);
      expect(run.result.claims).toBeUndefined();
      expectNoLeak(run, evil.clients.hub.clientSecret);
    } finally {
      await evil.close();
    }
  });

  it('answers within the network timeout when discovery never answers', async () => {
    const slow = await startGoogleLikeIdp({ hangDiscovery: true });
    try {
      const started = Date.now();
      const run = await login({ on: slow, extra: { timeouts: { networkMs: 500, loginMs: 10_000 } } });
      expect(run.result.diagnosis?.code).toBe('ISSUER_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      await slow.close();
    }
  });
});

const executable = chromiumExecutable();
if (!executable) console.warn('test-login-google: Chromium paths skipped, no Chromium/Chrome found (set CHROME_PATH)');

describe.skipIf(!executable)('Google test login in real Chromium', () => {
  let hub: ConnectionCounter;
  let chromium: AuthChromium;
  beforeAll(async () => {
    hub = await startConnectionCounter();
    chromium = await launchAuthChromium({ extraArgs: [`--host-resolver-rules=MAP huggingface.co 127.0.0.1:${hub.port}`] });
  });
  afterAll(async () => {
    await chromium?.close();
    await hub?.close();
  });

  async function chromiumLogin(on: GoogleLikeIdp, user: GoogleUserName) {
    const before = hub.connections;
    const started = Date.now();
    const run = await runProfileTestLogin({
      idpKind: 'google',
      issuerUrl: on.issuer,
      clientId: on.clients.hub.clientId,
      secret: on.clients.hub.clientSecret,
      authWindow: createBrowserAuthWindow({ getBrowser: async () => chromium.browser, onPage: typingUser(GOOGLE_SIGN_IN, on.users[user]) }),
      extra: { timeouts: { networkMs: 5000, loginMs: 30_000 } },
    });
    await new Promise((r) => setTimeout(r, 400)); // late connections (a favicon, a preconnect) would arrive by now
    return { ...run, elapsedMs: Date.now() - started, leaked: hub.connections - before };
  }

  it("signs in on Google's sign-in page; huggingface.co receives zero connections", async () => {
    const run = await chromiumLogin(idp, 'alice');
    expect(run.result.diagnosis).toBeUndefined();
    expect(run.result.outcome).toBe('success');
    expect(run.result.claims).toMatchObject({ email: 'alice@acme.example' });
    expect(run.leaked).toBe(0);
  });

  it.each(['signin-rejected', 'disallowed-useragent'] as EmbeddedRefusal[])(
    "Google's refusal (%s) settles fast as EMBEDDED_SIGNIN_REFUSED, not at the 30 s timeout",
    async (refuseEmbedded) => {
      const refusing = await startGoogleLikeIdp({ refuseEmbedded });
      try {
        const run = await chromiumLogin(refusing, 'alice');
        expect(run.result.outcome).toBe('failure');
        expect(run.result.diagnosis?.code).toBe('EMBEDDED_SIGNIN_REFUSED');
        expect(run.elapsedMs).toBeLessThan(15_000);
        expect(run.leaked).toBe(0);
      } finally {
        await refusing.close();
      }
    },
  );
});
