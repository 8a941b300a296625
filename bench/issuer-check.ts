/**
 * Issuer check (handlers.checkIssuer through browser mode's services):
 * - against an IdP whose discovery and JWKS each take 200 ms, compared with a
 *   plain fetch of the discovery document: the check should cost about one
 *   round trip more (JWKS fetched as soon as its URL is known, nothing else
 *   serialised). Also compared with a bare discovery-then-JWKS fetch pair;
 * - against an IdP whose discovery hangs, the time to the timeout diagnosis
 *   (networkTimeoutMs 1000), compared with a bare fetch aborted after 1000 ms.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startBrowserMode, type BrowserMode } from '../main/browser/browser-mode';
import type { BenchContext } from './context';
import { discoveryUrl, startIdp } from './idp';
import { compare, interleave, ms, msSpread, x } from './stats';
import type { SectionResult } from './report';

const DELAY_MS = 200;
const TIMEOUT_MS = 1000;
/** "About one round trip more": at most one delay plus this much work. */
const SLACK_MS = 50;

async function startApp(ctx: BenchContext, networkTimeoutMs?: number): Promise<BrowserMode> {
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, 'issuer-'));
  return startBrowserMode({ dataDir, distDir: ctx.distDir, open: false, headless: true, browser: ctx.browser, networkTimeoutMs });
}

export async function measureIssuerCheck(ctx: BenchContext): Promise<SectionResult> {
  // 1. Slow but healthy IdP.
  ctx.log(`issuer check: discovery and JWKS each ${DELAY_MS} ms`);
  const slow = await startIdp({ discoveryDelayMs: DELAY_MS, jwksDelayMs: DELAY_MS });
  const app = await startApp(ctx);
  let vsDiscovery, vsPair;
  try {
    const check = async () => {
      const t0 = performance.now();
      const result = await app.services.handlers.checkIssuer({ issuerUrl: slow.orgIssuer });
      const t = performance.now() - t0;
      if (!result.ok) throw new Error(`issuer check failed: ${JSON.stringify(result.checks.filter((c) => c.status === 'fail'))}`);
      return t;
    };
    const bareDiscovery = async () => {
      const t0 = performance.now();
      const res = await fetch(discoveryUrl(slow.orgIssuer));
      const doc = (await res.json()) as { jwks_uri: string };
      if (!doc.jwks_uri) throw new Error('no jwks_uri');
      return performance.now() - t0;
    };
    const barePair = async () => {
      const t0 = performance.now();
      const doc = (await (await fetch(discoveryUrl(slow.orgIssuer))).json()) as { jwks_uri: string };
      const jwks = (await (await fetch(doc.jwks_uri)).json()) as { keys: unknown[] };
      if (!jwks.keys.length) throw new Error('no keys');
      return performance.now() - t0;
    };
    vsDiscovery = await interleave({ warmup: ctx.warmup, runs: ctx.runs, a: check, b: bareDiscovery });
    vsPair = await interleave({ warmup: ctx.warmup, runs: ctx.runs, a: check, b: barePair });
  } finally {
    await app.close();
    await slow.close();
  }

  // 2. Discovery never answers.
  ctx.log(`issuer check: discovery hangs, timeout ${TIMEOUT_MS} ms`);
  const hung = await startIdp({ hangDiscovery: true });
  const app2 = await startApp(ctx, TIMEOUT_MS);
  let hang;
  const codes = new Set<string>();
  try {
    hang = await interleave({
      warmup: 1,
      runs: ctx.runs,
      a: async () => {
        const t0 = performance.now();
        const result = await app2.services.handlers.checkIssuer({ issuerUrl: hung.orgIssuer });
        const t = performance.now() - t0;
        const failed = result.checks.find((c) => c.status === 'fail');
        if (result.ok || !failed?.diagnosis) throw new Error('expected a timeout diagnosis');
        codes.add(failed.diagnosis.code);
        return t;
      },
      b: async () => {
        const t0 = performance.now();
        try {
          await fetch(discoveryUrl(hung.orgIssuer), { signal: AbortSignal.timeout(TIMEOUT_MS) });
          throw new Error('the hanging IdP answered');
        } catch (err) {
          if ((err as Error).name !== 'TimeoutError') throw err;
        }
        return performance.now() - t0;
      },
    });
  } finally {
    await app2.close();
    await hung.close();
  }

  const d = compare(vsDiscovery.a, vsDiscovery.b);
  const p = compare(vsPair.a, vsPair.b);
  const h = compare(hang.a, hang.b);
  const oneMoreRoundTrip = d.added <= DELAY_MS + SLACK_MS;
  const notes = [
    `Ratios: median(check) / median(reference). "Added" = median(check) − median(reference); one round trip here is ${DELAY_MS} ms.`,
    `The hanging case ended with ${[...codes].join(', ') || '—'} in every run.`,
  ];
  if (!oneMoreRoundTrip) {
    notes.push(`Issuer check target missed: it adds ${ms(d.added)} to discovery alone (≈ ${(d.added / DELAY_MS).toFixed(1)} round trips), so something besides the JWKS is waited for in series.`);
  }
  return {
    id: 'issuerCheck',
    title: `Issuer check (discovery and JWKS ${DELAY_MS} ms each; hanging discovery)`,
    rows: [
      {
        figure: 'Check vs discovery alone',
        value: msSpread(vsDiscovery.a),
        reference: msSpread(vsDiscovery.b),
        ratio: `${x(d.ratio)}, +${ms(d.added)}`,
        target: `+≈${DELAY_MS} ms (1 round trip)`,
        met: oneMoreRoundTrip,
      },
      {
        figure: 'Check vs bare discovery → JWKS',
        value: msSpread(vsPair.a),
        reference: msSpread(vsPair.b),
        ratio: `${x(p.ratio)}, +${ms(p.added)}`,
        met: null,
      },
      {
        figure: `Hanging discovery → timeout diagnosis`,
        value: msSpread(hang.a),
        reference: msSpread(hang.b),
        ratio: `${x(h.ratio)}, +${ms(h.added)}`,
        target: `≈ ${TIMEOUT_MS} ms`,
        met: hang.a.median <= TIMEOUT_MS + SLACK_MS * 2,
      },
    ],
    data: {
      delayMs: DELAY_MS,
      timeoutMs: TIMEOUT_MS,
      vsDiscovery: { app: vsDiscovery.a, reference: vsDiscovery.b, ...d },
      vsDiscoveryThenJwks: { app: vsPair.a, reference: vsPair.b, ...p },
      hang: { app: hang.a, reference: hang.b, ...h, codes: [...codes] },
    },
    notes,
  };
}
