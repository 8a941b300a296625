/**
 * Test-login overhead: the whole test login through the app
 * (handlers.testLogin in browser mode; the login window's form filled
 * automatically through `onLoginPage`) against the bare openid-client +
 * playwright-core flow (bare-login.ts) on the same IdP and the same Chromium.
 *
 * App series, interleaved with the bare flow:
 * - cold: fresh main-side services for every run (nothing cached: discovery
 *   and JWKS fetched, like the first test after starting the app), the login
 *   window made ahead first (prepareTestLogin, untimed: what step 3 on screen
 *   does before the admin clicks). This is the figure held against the target,
 *   since the bare flow also discovers every time; beside it the same with the
 *   window made at the click (no prepareTestLogin).
 * - warm: one services instance; discovery and JWKS come from the per-issuer
 *   cache; made ahead and at the click.
 *
 * Both series get the stage split (stage-split.ts): the app's login window is
 * watched from outside (login-probe.ts) and joined with its stage timings.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode } from '../main/browser/browser-mode';
import type { BenchContext } from './context';
import { bareTestLogin, fillLoginForm, type BareLoginTimings } from './bare-login';
import { startIdp } from './idp';
import { compare, interleave, interleaveMany, ms, msSpread, summarize, x, type Summary } from './stats';
import type { Row } from './report';
import type { SectionResult } from './report';
import { createLoginProbe, epochNow, type LoginWindowTrace } from './login-probe';
import { appSplit, bareSplit, callsNote, NOT_SPLIT_NOTE, splitRows, stagesOf, type StageSplit } from './stage-split';

/** Issue 15's target for the test login with the form typed (the cold series is held against it). */
const TARGET_RATIO = 1.05;
const TARGET_ADDED_MS = 40;
/** The app's own work outside the login window (issue 14's figure, kept). */
const OUTSIDE_WINDOW_ADDED_MS = 50;
/** A login that has not come back by then is a failure of the harness or the app, not a figure. */
const LOGIN_TIMEOUT_MS = 30_000;

export async function measureTestLogin(ctx: BenchContext): Promise<SectionResult> {
  const idp = await startIdp();
  const user = idp.users.alice;
  const hub = idp.clients.hub;
  const redirectUri = idp.consumeUri('acme');
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'login-'));
  const loginErrors: string[] = [];
  // The app's login windows, timed from outside (login-probe.ts) for the stage split.
  const probe = createLoginProbe(ctx.browser, redirectUri);
  const onLoginPage = (page: Page) => {
    probe.watchPage(page);
    fillLoginForm(page, user).catch((err: Error) => loginErrors.push(err.message));
  };
  const start = () =>
    startBrowserMode({ dataDir, distDir: ctx.distDir, open: false, headless: true, browser: probe.browser, onLoginPage, loginTimeoutMs: LOGIN_TIMEOUT_MS });

  // One configuration with its secret in the keychain, shared by every run.
  const setup = await start();
  const config = await setup.services.handlers.createConfig({
    fields: { name: 'Bench', orgId: 'acme', clientId: hub.clientId, issuerUrl: idp.orgIssuer },
  });
  await setup.services.handlers.setSecret({ id: config.id, secret: hub.clientSecret });
  await setup.close();

  // Per timed run: the app's own stage timings (result.stages) and the bare flow's, to explain the difference.
  type Series = 'cold' | 'coldAtClick' | 'warm' | 'warmAtClick';
  type BareSeries = 'cold' | 'warm';
  const appStages: Record<Series, Record<string, number>[]> = { cold: [], coldAtClick: [], warm: [], warmAtClick: [] };
  const bareStages: Record<BareSeries, BareLoginTimings[]> = { cold: [], warm: [] };
  const appSplits: Record<Series, StageSplit[]> = { cold: [], coldAtClick: [], warm: [], warmAtClick: [] };
  const traces: Record<Series, LoginWindowTrace[]> = { cold: [], coldAtClick: [], warm: [], warmAtClick: [] };
  const atClick = (series: Series) => series.endsWith('AtClick');

  const appLogin = async (app: BrowserMode, series: Series, i: number) => {
    // As step 3 on screen does before the click (untimed); the AtClick series make the window in the call.
    if (!atClick(series)) await app.services.handlers.prepareTestLogin({});
    const trace = probe.begin();
    const e0 = epochNow();
    const t0 = performance.now();
    const result = await app.services.handlers.testLogin({ configId: config.id });
    const t = performance.now() - t0;
    const e1 = epochNow();
    if (result.outcome !== 'success' || result.claims?.email !== user.email) {
      throw new Error(`the app's test login did not succeed: ${result.diagnosis?.code ?? result.outcome} ${loginErrors.join('; ')}`);
    }
    if (i >= 0) {
      const stages: Record<string, number> = Object.fromEntries(result.stages.map((st) => [st.stage, st.ms]));
      // Outside the login itself: loading the configuration and secret, writing the history, ticking step 3.
      stages.handler = t - (stages.done ?? t);
      appStages[series].push(stages);
      appSplits[series].push(appSplit({ start: e0, end: e1, trace, stages: stagesOf(result.stages) }));
      traces[series].push(trace);
    }
    return t;
  };
  const bare = (series: BareSeries | null, browserLevelInterception = false) => async (i: number) => {
    const t0 = performance.now();
    const { email, timings } = await bareTestLogin({
      browser: ctx.browser,
      issuer: idp.orgIssuer,
      clientId: hub.clientId,
      clientSecret: hub.clientSecret,
      redirectUri,
      user,
      browserLevelInterception,
    });
    const t = performance.now() - t0;
    if (email !== user.email) throw new Error('the bare login returned another user');
    if (i >= 0 && series) bareStages[series].push(timings);
    return t;
  };

  // The login window's spread is large (Chromium, the IdP's pages): more runs than elsewhere.
  const runs = ctx.quick ? ctx.runs : Math.max(ctx.runs, 15);
  let cold, warm, coldAtClick, warmAtClick, bareBrowserLevel: Summary | undefined;
  try {
    ctx.log('test login: app (cold services; window made ahead / at the click) vs bare openid-client + playwright-core');
    const coldApp = (series: Series) => async (i: number) => {
      const app = await start();
      try {
        return await appLogin(app, series, i);
      } finally {
        await app.close();
      }
    };
    const c3 = await interleaveMany({ warmup: ctx.warmup, runs, series: { app: coldApp('cold'), atClick: coldApp('coldAtClick'), bare: bare('cold') } });
    cold = { a: c3.app, b: c3.bare };
    coldAtClick = c3.atClick;
    ctx.log('test login: app (warm, cached discovery; window made ahead / at the click) vs bare');
    const app = await start();
    try {
      // Warm, plus a what-if: the bare flow catching the redirect at the browser level, as the app does.
      const w4 = await interleaveMany({
        warmup: ctx.warmup,
        runs,
        series: { app: (i) => appLogin(app, 'warm', i), atClick: (i) => appLogin(app, 'warmAtClick', i), bare: bare('warm'), bareBrowserLevel: bare(null, true) },
      });
      warm = { a: w4.app, b: w4.bare };
      warmAtClick = w4.atClick;
      bareBrowserLevel = w4.bareBrowserLevel;
    } finally {
      await app.services.handlers.deleteConfig({ id: config.id }).catch(() => undefined);
      await app.close();
    }
  } finally {
    await idp.close();
  }

  const c = compare(cold.a, cold.b);
  const w = compare(warm.a, warm.b);
  const cAt = compare(coldAtClick!, cold.b);
  const wAt = compare(warmAtClick!, warm.b);
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${ms(v)}`;
  const met = c.ratio <= TARGET_RATIO && c.added <= TARGET_ADDED_MS;
  const notes = [
    'Both sides: same IdP, same Chromium, a fresh browser context per login, the same form-filling code; the timing covers the whole login, from the call to the validated result.',
    '"Made ahead": prepareTestLogin runs (untimed) before the call, as the app does while step 3 is on screen: the login context and its page exist before the click (login-context.ts). "At the click": the call makes them, like the bare flow does. Each pair of series is interleaved with the same bare runs.',
    'The app also does what the bare script does not: loads the configuration and the keychain secret, verifies the ID token signature (JWKS), checks claims, writes the history record, emits progress events.',
    '"Outside the login window" = the whole login minus the app\'s window stage (TestLoginResult.stages: window-opened + redirect-caught, up to the caught redirect: the app exchanges the code while the login context closes) against the bare flow\'s discovery + exchange.',
    'Split rows (medians, stage-split.ts): the app\'s login window observed from outside (login-probe.ts: the Browser handed to browser mode wrapped to time newContext/newPage/CDP sessions/close; the login page\'s first response and consume-URI request) joined with TestLoginResult.stages; the form is typed within "redirect capture" on both sides; "after the exchange" = history, step 3 and the handler\'s return; the bare flow closes its context after the exchange, inside its figure.',
  ];
  const bareOf = (series: Series): BareSeries => (series.startsWith('cold') ? 'cold' : 'warm');
  const label: Record<Series, string> = { cold: 'cold, made ahead', coldAtClick: 'cold, at the click', warm: 'warm, made ahead', warmAtClick: 'warm, at the click' };
  const stageRows = (series: Series): Row[] => splitRows(label[series], appSplits[series], bareStages[bareOf(series)].map((t) => bareSplit(t, true)), { withRender: false });
  /**
   * Everything but the login window (where Chromium and the IdP's pages dominate
   * and the spread is hundreds of ms on a busy machine): the app's own work.
   */
  const outsideWindow = (series: Series) => {
    const app = summarize(appStages[series].map((st) => (st.done ?? 0) + (st.handler ?? 0) - (st['window-opened'] ?? 0) - (st['redirect-caught'] ?? 0)));
    const b = summarize(bareStages[bareOf(series)].map((t) => t.discovery + t.exchange));
    return { app, bare: b, added: app.median - b.median };
  };
  const outCold = outsideWindow('cold');
  const outWarm = outsideWindow('warm');
  const windowMs = (series: Series) => ({
    app: summarize(appStages[series].map((st) => (st['window-opened'] ?? 0) + (st['redirect-caught'] ?? 0))),
    bare: summarize(bareStages[bareOf(series)].map((t) => t.window + t.close)),
  });
  const winCold = windowMs('cold');
  if (!met) {
    notes.push(
      `Test-login target missed (cold: ${x(c.ratio)}, ${c.added >= 0 ? '+' : ''}${ms(c.added)}; warm: ${x(w.ratio)}, ${w.added >= 0 ? '+' : ''}${ms(w.added)}). ` +
        `Of the cold difference, the login window accounts for ${ms(winCold.app.median - winCold.bare.median)} ` +
        `(its runs spread over ${ms(winCold.app.max - winCold.app.min)} for the app and ${ms(winCold.bare.max - winCold.bare.min)} for the bare flow), ` +
        `the app's own work outside it for ${ms(outCold.added)}.` +
        (bareBrowserLevel
          ? ` Moving the bare flow's redirect catch from a page-level to a browser-level DevTools session (what the app's login window does, to cover popups from their first request) costs it ${ms(bareBrowserLevel.median - warm.b.median)} by itself (what-if row).`
          : ''),
    );
  }
  notes.push(
    NOT_SPLIT_NOTE,
    callsNote('Login window, cold, made ahead', traces.cold),
    callsNote('Login window, cold, at the click', traces.coldAtClick),
    callsNote('Login window, warm, made ahead', traces.warm),
    callsNote('Login window, warm, at the click', traces.warmAtClick),
  );
  return {
    id: 'testLogin',
    title: 'Test login (app vs bare openid-client + playwright-core)',
    rows: [
      {
        figure: 'Whole test login, cold (first after start), window made ahead (as shipped)',
        value: msSpread(cold.a),
        reference: msSpread(cold.b),
        ratio: `${x(c.ratio)} [${x(c.pairedQ1)}–${x(c.pairedQ3)}], ${signed(c.added)}`,
        target: '≤ 1.05×, ≤ +40 ms',
        met,
      },
      {
        figure: '  the same, login window made at the click',
        value: msSpread(coldAtClick!),
        reference: msSpread(cold.b),
        ratio: `${x(cAt.ratio)} [${x(cAt.pairedQ1)}–${x(cAt.pairedQ3)}], ${signed(cAt.added)}`,
        met: null,
      },
      {
        figure: 'Whole test login, warm (cached issuer), window made ahead',
        value: msSpread(warm.a),
        reference: msSpread(warm.b),
        ratio: `${x(w.ratio)} [${x(w.pairedQ1)}–${x(w.pairedQ3)}], ${signed(w.added)}`,
        met: null,
      },
      {
        figure: '  the same, login window made at the click',
        value: msSpread(warmAtClick!),
        reference: msSpread(warm.b),
        ratio: `${x(wAt.ratio)} [${x(wAt.pairedQ1)}–${x(wAt.pairedQ3)}], ${signed(wAt.added)}`,
        met: null,
      },
      {
        figure: 'Outside the login window, cold (app\'s own work)',
        value: msSpread(outCold.app),
        reference: msSpread(outCold.bare),
        ratio: `${outCold.added >= 0 ? '+' : ''}${ms(outCold.added)}`,
        target: '< 50 ms added',
        met: outCold.added < OUTSIDE_WINDOW_ADDED_MS,
      },
      {
        figure: 'Outside the login window, warm',
        value: msSpread(outWarm.app),
        reference: msSpread(outWarm.bare),
        ratio: `${outWarm.added >= 0 ? '+' : ''}${ms(outWarm.added)}`,
        met: null,
      },
      ...(bareBrowserLevel
        ? [
            {
              figure: 'What-if: bare flow, redirect caught at browser level (warm)',
              value: msSpread(warm.a),
              reference: msSpread(bareBrowserLevel),
              ratio: `${x(warm.a.median / bareBrowserLevel.median)}, ${warm.a.median - bareBrowserLevel.median >= 0 ? '+' : ''}${ms(warm.a.median - bareBrowserLevel.median)}; bare page → browser level ${ms(bareBrowserLevel.median - warm.b.median)}`,
              met: null,
            },
          ]
        : []),
      ...stageRows('cold'),
      ...stageRows('coldAtClick'),
      ...stageRows('warm'),
      ...stageRows('warmAtClick'),
    ],
    data: {
      outsideWindow: { cold: outCold, warm: outWarm },
      cold: { app: cold.a, reference: cold.b, ...c, appStages: appStages.cold, bareStages: bareStages.cold, appSplits: appSplits.cold },
      coldAtClick: { app: coldAtClick, reference: cold.b, ...cAt, appStages: appStages.coldAtClick, appSplits: appSplits.coldAtClick },
      warm: { app: warm.a, reference: warm.b, ...w, appStages: appStages.warm, bareStages: bareStages.warm, appSplits: appSplits.warm },
      warmAtClick: { app: warmAtClick, reference: warm.b, ...wAt, appStages: appStages.warmAtClick, appSplits: appSplits.warmAtClick },
      whatIfBareBrowserLevelInterception: bareBrowserLevel ?? null,
    },
    notes,
  };
}
