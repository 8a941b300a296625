/**
 * Test-login overhead: the whole test login through the app
 * (handlers.testLogin in browser mode; the login window's form filled
 * automatically through `onLoginPage`) against the bare openid-client +
 * playwright-core flow (bare-login.ts) on the same IdP and the same Chromium.
 *
 * Two app series, each interleaved with the bare flow:
 * - cold: fresh main-side services for every run (nothing cached: discovery
 *   and JWKS fetched, like the first test after starting the app). This is the
 *   figure held against the target, since the bare flow also discovers every time.
 * - warm: one services instance; discovery and JWKS come from the per-issuer cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode } from '../main/browser/browser-mode';
import type { BenchContext } from './context';
import { bareTestLogin, fillLoginForm } from './bare-login';
import { startIdp } from './idp';
import { compare, interleave, ms, msSpread, x } from './stats';
import type { SectionResult } from './report';

const TARGET_RATIO = 1.15;
const TARGET_ADDED_MS = 50;
/** A login that has not come back by then is a failure of the harness or the app, not a figure. */
const LOGIN_TIMEOUT_MS = 30_000;

export async function measureTestLogin(ctx: BenchContext): Promise<SectionResult> {
  const idp = await startIdp();
  const user = idp.users.alice;
  const hub = idp.clients.hub;
  const redirectUri = idp.consumeUri('acme');
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'login-'));
  const loginErrors: string[] = [];
  const onLoginPage = (page: Page) => {
    fillLoginForm(page, user).catch((err: Error) => loginErrors.push(err.message));
  };
  const start = () =>
    startBrowserMode({ dataDir, distDir: ctx.distDir, open: false, headless: true, browser: ctx.browser, onLoginPage, loginTimeoutMs: LOGIN_TIMEOUT_MS });

  // One configuration with its secret in the keychain, shared by every run.
  const setup = await start();
  const config = await setup.services.handlers.createConfig({
    fields: { name: 'Bench', orgId: 'acme', clientId: hub.clientId, issuerUrl: idp.orgIssuer },
  });
  await setup.services.handlers.setSecret({ id: config.id, secret: hub.clientSecret });
  await setup.close();

  const appLogin = async (app: BrowserMode) => {
    const t0 = performance.now();
    const result = await app.services.handlers.testLogin({ configId: config.id });
    const t = performance.now() - t0;
    if (result.outcome !== 'success' || result.claims?.email !== user.email) {
      throw new Error(`the app's test login did not succeed: ${result.diagnosis?.code ?? result.outcome} ${loginErrors.join('; ')}`);
    }
    return t;
  };
  const bare = async () => {
    const t0 = performance.now();
    const email = await bareTestLogin({ browser: ctx.browser, issuer: idp.orgIssuer, clientId: hub.clientId, clientSecret: hub.clientSecret, redirectUri, user });
    const t = performance.now() - t0;
    if (email !== user.email) throw new Error('the bare login returned another user');
    return t;
  };

  let cold, warm;
  try {
    ctx.log('test login: app (cold services) vs bare openid-client + playwright-core');
    cold = await interleave({
      warmup: ctx.warmup,
      runs: ctx.runs,
      a: async () => {
        const app = await start();
        try {
          return await appLogin(app);
        } finally {
          await app.close();
        }
      },
      b: bare,
    });
    ctx.log('test login: app (warm, cached discovery) vs bare');
    const app = await start();
    try {
      warm = await interleave({ warmup: ctx.warmup, runs: ctx.runs, a: () => appLogin(app), b: bare });
    } finally {
      await app.services.handlers.deleteConfig({ id: config.id }).catch(() => undefined);
      await app.close();
    }
  } finally {
    await idp.close();
  }

  const c = compare(cold.a, cold.b);
  const w = compare(warm.a, warm.b);
  const met = c.ratio <= TARGET_RATIO && c.added < TARGET_ADDED_MS;
  const notes = [
    'Both sides: same IdP, same Chromium, a fresh browser context per login, the same form-filling code; the timing covers the whole login, from the call to the validated result.',
    'The app also does what the bare script does not: loads the configuration and the keychain secret, verifies the ID token signature (JWKS), checks claims, writes the history record, emits progress events.',
  ];
  if (!met) {
    notes.push(
      `Test-login target missed (cold: ${x(c.ratio)}, +${ms(c.added)}; warm: ${x(w.ratio)}, +${ms(w.added)}). ` +
        'Compare the cold and warm series: their difference is discovery + JWKS, the rest is the app\'s own work (keychain read, store write, signature check).',
    );
  }
  return {
    id: 'testLogin',
    title: 'Test login (app vs bare openid-client + playwright-core)',
    rows: [
      {
        figure: 'Whole test login, cold (first after start)',
        value: msSpread(cold.a),
        reference: msSpread(cold.b),
        ratio: `${x(c.ratio)} [${x(c.pairedQ1)}–${x(c.pairedQ3)}], +${ms(c.added)}`,
        target: '≤ 1.15×, < 50 ms added',
        met,
      },
      {
        figure: 'Whole test login, warm (cached issuer)',
        value: msSpread(warm.a),
        reference: msSpread(warm.b),
        ratio: `${x(w.ratio)} [${x(w.pairedQ1)}–${x(w.pairedQ3)}], ${w.added >= 0 ? '+' : ''}${ms(w.added)}`,
        met: null,
      },
    ],
    data: { cold: { app: cold.a, reference: cold.b, ...c }, warm: { app: warm.a, reference: warm.b, ...w } },
    notes,
  };
}
