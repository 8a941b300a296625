/**
 * Fuzzes every contract call with malformed, oversized, wrong-typed and
 * prototype-polluting payloads, through the dispatcher both shells use and
 * through the browser-mode bridge over real HTTP. Every answer must be a
 * well-formed result (a validation diagnosis, or a valid value), nothing may
 * crash or pollute prototypes, and no answer may carry the stored secret.
 * The services behind are real: store on disk, keytar on the real keychain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { callNames, calls, Diagnosis, type CallName } from '../../common/contract';
import { dispatch } from '../../main/core/app/dispatch';
import { createServices, type AppServices } from '../../main/core/app/services';
import { createKeytarVault } from '../../main/core/secrets/keytar-vault';
import { systemClock, type AuthWindow } from '../../main/core/ports';
import { startBridgeServer, type BridgeServer } from '../../main/browser/bridge-server';
import { secretServiceAvailable } from './keychain-available';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const PER_CALL = 550; // × 19 calls > 10,000 payloads through the dispatcher

/** Small deterministic PRNG (mulberry32), so a failure can be replayed with FUZZ_SEED. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function keysOf(name: CallName): string[] {
  const schema = calls[name].input as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

function makeGenerator(rand: () => number) {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const junkString = () =>
    pick([
      '',
      ' ',
      '\u0000',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      '${process.exit()}',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://evil.example/',
      '\ud800',
      '💥'.repeat(1000),
      'a'.repeat(Math.floor(rand() * 200_000)),
      crypto.randomUUID(),
      'NaN',
      '__proto__',
    ]);
  const scalar = (): unknown => pick([null, true, false, 0, -1, 1e308, -0, 42.5, Number.MAX_SAFE_INTEGER + 2, junkString(), [], {}]);
  const deep = (depth: number): unknown => (depth === 0 ? scalar() : rand() < 0.5 ? [deep(depth - 1)] : { a: deep(depth - 1) });
  const value = (): unknown => {
    const r = rand();
    if (r < 0.5) return scalar();
    if (r < 0.65) return deep(Math.floor(rand() * 200));
    if (r < 0.8) return Array.from({ length: Math.floor(rand() * 2000) }, scalar);
    return Object.fromEntries(Array.from({ length: Math.floor(rand() * 50) }, (_, i) => [`k${i}`, scalar()]));
  };
  return (name: CallName): unknown => {
    const keys = keysOf(name);
    const r = rand();
    if (r < 0.15) return value(); // not even an object
    if (r < 0.3) return JSON.parse(pick(POLLUTERS)); // prototype pollution, as JSON.parse builds it
    const payload: Record<string, unknown> = {};
    for (const k of keys) if (rand() < 0.8) payload[k] = value(); // every field with a wrong-ish value
    if (rand() < 0.3) payload[junkString().slice(0, 40) || 'extra'] = value(); // unknown key
    if (rand() < 0.2 && keys.includes('id')) payload.id = crypto.randomUUID(); // well-formed, nonexistent
    return payload;
  };
}

const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"id":"00000000-0000-4000-8000-000000000000","__proto__":{"isAdmin":true}}',
  '{"fields":{"__proto__":{"polluted":"yes"},"name":"x"}}',
  '{"fields":{"roleMapping":{"__proto__":{"polluted":"yes"}}}}',
  '{"json":"{\\"__proto__\\":{\\"polluted\\":\\"yes\\"}}"}',
];

const Result = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: Diagnosis })]);

describe.skipIf(!secretServiceAvailable())('IPC fuzzer', () => {
  const secret = `FUZZ-SECRET-${crypto.randomUUID()}`;
  const opened: string[] = [];
  let services: AppServices;
  let bridge: BridgeServer;
  let dataDir: string;
  const refusingWindow: AuthWindow = { open: async () => ({ kind: 'closed' }) };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-fuzz-'));
    const vault = createKeytarVault({ service: `sso-assistant-fuzz-${process.pid}` });
    services = createServices({
      shell: 'browser',
      dataDir,
      vault,
      authWindow: refusingWindow,
      fetch,
      clipboard: { writeText: async () => undefined, readText: async () => '' },
      opener: { open: async (url) => void opened.push(url) },
      exportPicker: { choose: async (name) => path.join(dataDir, name) },
      emit: () => undefined,
      clock: systemClock,
      networkTimeoutMs: 500,
      loginTimeoutMs: 500,
    });
    const created = await services.handlers.createConfig({ fields: { name: 'fuzz target', orgId: 'acme', clientId: 'fuzz-client', issuerUrl: 'http://127.0.0.1:9/' } });
    await services.handlers.setSecret({ id: created.id, secret });
    const distDir = path.resolve(__dirname, '../../dist');
    bridge = await startBridgeServer({
      handlers: services.handlers,
      staticDir: path.join(distDir, 'renderer'),
      preloadFile: path.join(distDir, 'browser', 'preload.js'),
      token: 'fuzz-token-fuzz-token-fuzz-token',
    });
  });
  afterAll(async () => {
    await bridge?.close();
    await services?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`answers ${PER_CALL * callNames.length} hostile payloads through the dispatcher without crashing or leaking (seed ${SEED})`, async () => {
    const gen = makeGenerator(prng(SEED));
    const codes = new Map<string, number>();
    let count = 0;
    for (const name of callNames) {
      for (let i = 0; i < PER_CALL; i++) {
        const answer = await dispatch(services.handlers, name, gen(name));
        count++;
        const parsed = Result.safeParse(answer);
        expect(parsed.success, `${name}: malformed answer`).toBe(true);
        expect(JSON.stringify(answer), `${name}: leaked the secret`).not.toContain(secret);
        const code = answer.ok ? 'ok' : answer.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(code, `${name}: unexpected internal error`).not.toBe('INTERNAL_ERROR');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(opened.every((u) => u.startsWith('https://'))).toBe(true);
    expect(count).toBeGreaterThanOrEqual(10_000);
    console.log(`IPC fuzzer: ${count} payloads through dispatch; answers by code: ${JSON.stringify(Object.fromEntries(codes))}`);
  }, 300_000);

  it('answers hostile bodies over the browser-mode bridge the same way', async () => {
    const gen = makeGenerator(prng(SEED + 1));
    const { port } = new URL(bridge.origin);
    const rawBodies = ['{', '[]', 'null', '"x"', '{"a":', '\u0000', '{"__proto__":{"polluted":"yes"}}'];
    let count = 0;
    for (let i = 0; i < 1200; i++) {
      const name = callNames[i % callNames.length]!;
      const body = i % 10 === 0 ? rawBodies[i % rawBodies.length]! : JSON.stringify(gen(name)) ?? 'null';
      const reply = await post(Number(port), name, body);
      count++;
      expect([200, 400, 413]).toContain(reply.status);
      const parsed = Result.safeParse(JSON.parse(reply.body));
      expect(parsed.success).toBe(true);
      expect(reply.body).not.toContain(secret);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`IPC fuzzer: ${count} payloads through the browser-mode bridge`);
  }, 300_000);
});

function post(port: number, name: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/call/${encodeURIComponent(name)}`,
        headers: { Host: `127.0.0.1:${port}`, Authorization: 'Bearer fuzz-token-fuzz-token-fuzz-token', 'Content-Type': 'application/json' },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
