/**
 * The test login's stage split, the same stages on both sides: where each
 * side's milliseconds go (issue 15): before the window, context creation,
 * DevTools setup, first request, redirect capture, close, code exchange,
 * after the exchange, render. The app's split joins what is seen from outside
 * (login-probe.ts: the wrapped Browser and the login page's events, epoch ms)
 * with its own stage timings (TestLoginResult.stages, durations).
 */
import type { BareLoginTimings } from './bare-login';
import { splitWindow, type LoginWindowTrace } from './login-probe';
import { ms, summarize } from './stats';
import type { Row } from './report';

export const SPLIT_STAGES = [
  ['before', 'before the window (app: call, config + secret, discovery or its cache; bare: discovery, PKCE)'],
  ['beforeRenderer', '… of which click → testLogin request sent (renderer)'],
  ['contextCreation', 'context creation (newContext + newPage; 0 when made ahead)'],
  ['devtoolsSetup', 'DevTools setup (app: context id, browser-level session, Fetch.enable)'],
  ['firstRequest', 'first request (navigate → the IdP\'s first response)'],
  ['capture', 'redirect capture (first response → consume URI requested)'],
  ['close', 'close (app: caught → exchange starts; bare: after the exchange)'],
  ['closeCall', '… of which context.close() itself'],
  ['exchange', 'code exchange (+ app: signature, claims)'],
  ['after', 'after the exchange (app: history, step 3, result to the caller)'],
  ['render', 'render (result in the page → "Test succeeded" painted)'],
] as const;

export type SplitStage = (typeof SPLIT_STAGES)[number][0];
export type StageSplit = Record<SplitStage, number | null>;

export type AppStages = Record<string, number>;

export function stagesOf(stages: readonly { stage: string; ms: number }[]): AppStages {
  return Object.fromEntries(stages.map((s) => [s.stage, s.ms]));
}

/**
 * One app login: `start` = the call (or the click), `end` = the result in the
 * caller's hands; with `visible`, `end` is when the page had the result and
 * `visible` when it showed it. Epoch ms; null where a mark was not observed.
 */
export function appSplit(input: {
  start: number;
  end: number;
  /** The perceived figure: when the page sent the testLogin call, and when it showed the result. */
  requestSent?: number;
  visible?: number;
  trace: LoginWindowTrace;
  stages: AppStages;
}): StageSplit {
  const w = splitWindow(input.trace);
  const st = (name: string) => input.stages[name] ?? 0;
  const windowEnd = w.windowStart === null ? null : w.windowStart + st('window-opened') + st('redirect-caught');
  const exchange = st('exchanging-code') + st('validating-token');
  const exchangeEnd = windowEnd === null ? null : windowEnd + exchange;
  const closeCall = input.trace.calls.find((c) => c.name === 'contextClose');
  return {
    before: w.windowStart === null ? null : w.windowStart - input.start,
    beforeRenderer: input.requestSent === undefined ? null : input.requestSent - input.start,
    contextCreation: w.contextCreation,
    devtoolsSetup: w.devtoolsSetup,
    firstRequest: w.firstRequest,
    capture: w.capture,
    close: windowEnd !== null && w.captured !== null ? windowEnd - w.captured : null,
    closeCall: closeCall ? closeCall.end - closeCall.start : null,
    exchange,
    after: exchangeEnd === null ? null : input.end - exchangeEnd,
    render: input.visible === undefined ? null : input.visible - input.end,
  };
}

/** The bare flow's split; `closeOnPath`: its context close counts in its figure (the form figure) or not (the perceived one). */
export function bareSplit(t: BareLoginTimings, closeOnPath: boolean): StageSplit {
  return {
    before: t.discovery,
    beforeRenderer: null,
    contextCreation: t.contextCreation,
    devtoolsSetup: t.devtoolsSetup,
    firstRequest: t.firstRequest,
    capture: t.capture,
    close: closeOnPath ? t.close : 0,
    closeCall: closeOnPath ? t.close : null,
    exchange: t.exchange,
    after: 0,
    render: null,
  };
}

function medianOf(splits: StageSplit[], stage: SplitStage): number | null {
  const values = splits.map((s) => s[stage]).filter((v): v is number => v !== null && Number.isFinite(v));
  // A stage seen in fewer than half the runs is reported as not observed rather than as a median of a few.
  return values.length * 2 >= splits.length && values.length > 0 ? summarize(values).median : null;
}

export function medianSplit(splits: StageSplit[]): StageSplit {
  return Object.fromEntries(SPLIT_STAGES.map(([stage]) => [stage, medianOf(splits, stage)])) as StageSplit;
}

const signed = (v: number) => `${v >= 0 ? '+' : ''}${ms(v)}`;

/** One row per stage (medians), app beside bare, and the difference. */
export function splitRows(label: string, app: StageSplit[], bare: StageSplit[], options: { withRender: boolean }): Row[] {
  const a = medianSplit(app);
  const b = medianSplit(bare);
  const perceivedOnly: readonly SplitStage[] = ['beforeRenderer', 'render'];
  return SPLIT_STAGES.filter(([stage]) => options.withRender || !perceivedOnly.includes(stage)).map(([stage, name]) => {
    const av = a[stage];
    const bv = b[stage];
    return {
      figure: `  ${label}: ${name}`,
      value: av === null ? 'not observed' : ms(av),
      reference: bv === null ? '—' : ms(bv),
      ratio: av !== null && bv !== null ? signed(av - bv) : '',
      met: null,
    };
  });
}

/** The app's Playwright and DevTools calls in its login window (median ms per call name, and how many per login), as a note. */
export function callsNote(label: string, traces: LoginWindowTrace[]): string {
  // A context made after this login's page was ready is the next login's spare (prepare), not this login's.
  const making = new Set(['newContext', 'newPage', 'newCDPSession']);
  const ownCalls = (t: LoginWindowTrace) => t.calls.filter((c) => !(making.has(c.name) && t.pageReady !== undefined && c.start > t.pageReady));
  const names = [...new Set(traces.flatMap((t) => ownCalls(t).map((c) => c.name)))];
  const parts = names.map((name) => {
    const per = traces.map((t) => ownCalls(t).filter((c) => c.name === name));
    const durations = per.flat().map((c) => c.end - c.start);
    const count = summarize(per.map((p) => p.length)).median;
    return `${name} ${ms(summarize(durations).median)}${count !== 1 ? ` ×${count}` : ''}`;
  });
  return `${label}: the app's login-window calls, in order, median time each (× calls per login): ${parts.join(', ') || 'none seen'}.`;
}

/** What the outside view cannot split (said beside the split rows). */
export const NOT_SPLIT_NOTE =
  'Not split without an app timing mark: inside the app\'s "close", the exact instants the redirect is fulfilled and the latch settles, and when the cleanup ends (context.close, then Fetch.disable and detach on the browser-level session); only each call\'s duration is seen (the login-window note). The app\'s exchange start is derived from TestLoginResult.stages (window-opened + redirect-caught, Date.now, 1 ms steps) counted from its first newContext call.';
