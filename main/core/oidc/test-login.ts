/**
 * The test login: the same OIDC login the Hub will run, end to end, with a
 * diagnosis for every way it can fail.
 *
 * discovery (cached per issuer) → authorization URL (PKCE S256, state, nonce)
 * → AuthWindow → the caught redirect → code exchange with client_secret_post
 * (Basic probe on invalid_client) → ID token checks (openid-client's, then
 * signature, alg, iat) → the claims the Hub needs → a claims summary.
 *
 * Tokens, the code, the code_verifier and the secret live in local variables
 * only; they never reach the result, a progress event or a log, and every
 * diagnosis is scrubbed of them before it leaves.
 */
import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { Configuration, Diagnosis, EventPayload, TestLoginResult, TestStage } from '../../../common/contract';
import { diagnose, DiagnosisError } from '../../../common/diagnosis';
import { systemClock, type AuthWindow, type AuthWindowOutcome, type Clock } from '../ports';
import { authorizeErrorDiagnosis, windowOutcomeDiagnosis } from './authorize-errors';
import { summarizeClaims } from './claims';
import { fetchJwks } from './discovery';
import { NetworkFailure, type FetchLike } from './http';
import { checkEmailClaims, checkIssuedAt, verifyIdTokenSignature } from './id-token-checks';
import { createIssuerCache, type IssuerCache, type IssuerCacheEntry } from './issuer-cache';
import { DEFAULT_NETWORK_TIMEOUT_MS, runIssuerCheck } from './issuer-check';
import { normalizeIssuerUrl } from '../../../common/rules/issuer-url';
import { hubConsumeUri } from '../../../common/rules/hub-urls';
import { clip, redactUrl, scrubDiagnosis } from './redact';
import { exchangeCode } from './token-exchange';

export type TestLoginConfig = Pick<Configuration, 'id' | 'orgId' | 'clientId' | 'issuerUrl' | 'requestGroups'>;
export type TestProgressEvent = EventPayload<'testProgress'>;

export interface RunTestLoginInput {
  config: TestLoginConfig;
  secret: string;
  authWindow: AuthWindow;
  emit?: (event: TestProgressEvent) => void;
  timeouts?: { networkMs?: number; loginMs?: number };
  signal?: AbortSignal;
  clock?: Clock;
  /** Discovery + JWKS per issuer; shared with the issuer check. */
  cache?: IssuerCache;
  fetch?: FetchLike;
  testId?: string;
}

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;
/** Extra time the window adapter gets to report its own timeout before we stop waiting for it. */
const WINDOW_GRACE_MS = 5_000;

class Cancelled extends Error {}

export async function runTestLogin(input: RunTestLoginInput): Promise<TestLoginResult> {
  const clock = input.clock ?? systemClock;
  const testId = input.testId ?? randomUUID();
  const configId = input.config.id;
  const networkMs = input.timeouts?.networkMs ?? DEFAULT_NETWORK_TIMEOUT_MS;
  const loginMs = input.timeouts?.loginMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const cache = input.cache ?? createIssuerCache();
  // Our own controller: it also stops the window when we give up on it.
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const cancelled = () => input.signal?.aborted === true;
  const throwIfCancelled = () => {
    if (cancelled()) throw new Cancelled();
  };

  const started = clock.now();
  const stages: TestLoginResult['stages'] = [];
  let current: { stage: TestStage; at: number } | undefined;
  const emit = (stage: TestStage, detail?: string) => {
    try {
      input.emit?.({ testId, configId, stage, elapsedMs: clock.now() - started, ...(detail ? { detail } : {}) });
    } catch {
      // A failing listener must not break the test.
    }
  };
  const enter = (stage: TestStage, detail?: string) => {
    const now = clock.now();
    if (current) stages.push({ stage: current.stage, ms: now - current.at });
    current = { stage, at: now };
    emit(stage, detail);
  };

  const warnings: Diagnosis[] = [];
  // Everything that must never appear in evidence, filled in as it comes to exist.
  const sensitive: (string | undefined)[] = [input.secret];
  const finish = (outcome: TestLoginResult['outcome'], diagnosis?: Diagnosis, claims?: TestLoginResult['claims']): TestLoginResult => {
    const finalStage: TestStage = outcome === 'success' ? 'done' : outcome === 'cancelled' ? 'cancelled' : 'failed';
    const now = clock.now();
    if (current) stages.push({ stage: current.stage, ms: now - current.at });
    current = undefined;
    stages.push({ stage: finalStage, ms: now - started });
    const safe = diagnosis ? scrubDiagnosis(diagnosis, sensitive) : undefined;
    emit(finalStage, safe ? safe.code : undefined);
    input.signal?.removeEventListener('abort', onAbort);
    controller.abort();
    return {
      testId,
      configId,
      outcome,
      ...(safe ? { diagnosis: safe } : {}),
      warnings: warnings.map((w) => scrubDiagnosis(w, sensitive)),
      ...(claims ? { claims } : {}),
      stages,
    };
  };
  let issuerKey: string | undefined;
  const fail = (diagnosis: Diagnosis, claims?: TestLoginResult['claims']) => {
    // The admin is about to change something (in Okta or here): the next test discovers afresh.
    if (issuerKey) cache.invalidate(issuerKey);
    return finish('failure', diagnosis, claims);
  };
  const cancel = () => finish('cancelled', diagnose('LOGIN_CANCELLED'));

  try {
    const { config } = input;
    if (!config.orgId || !config.clientId || !config.issuerUrl || !input.secret) {
      const missing = [!config.orgId && 'orgId', !config.clientId && 'clientId', !config.issuerUrl && 'issuerUrl', !input.secret && 'secret'].filter(Boolean);
      return fail(diagnose('CONFIG_INCOMPLETE', { missing: missing.join(', ') }));
    }

    // --- Discovery --------------------------------------------------------
    enter('discovery');
    throwIfCancelled();
    const norm = normalizeIssuerUrl(config.issuerUrl);
    if (!norm.ok) return fail(norm.diagnosis);
    let entry: IssuerCacheEntry | undefined = cache.get(norm.issuer) ?? (norm.hadTrailingSlash ? cache.get(`${norm.issuer}/`) : undefined);
    if (!entry) {
      const run = await runIssuerCheck(config.issuerUrl, { clientId: config.clientId, timeoutMs: networkMs, signal, fetch: input.fetch, cache, clock });
      throwIfCancelled();
      if (!run.entry) return fail(run.fatal ?? diagnose('DISCOVERY_INVALID', { issuer: norm.issuer }));
      entry = run.entry;
    }
    const metadata = entry.metadata;
    issuerKey = metadata.issuer;
    const advertisedAlgs = stringArray(metadata.id_token_signing_alg_values_supported);

    // --- Authorization request ---------------------------------------------
    const redirectUri = hubConsumeUri(config.orgId);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    sensitive.push(codeVerifier, state, nonce);
    const scopes = ['openid', 'email', 'profile', ...(config.requestGroups ? ['groups'] : [])];
    const authConfig = new client.Configuration(metadata as client.ServerMetadata, config.clientId);
    if (norm.insecureLoopback) client.allowInsecureRequests(authConfig);
    const authorizationUrl = client.buildAuthorizationUrl(authConfig, {
      redirect_uri: redirectUri,
      scope: scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });

    // --- The login window ----------------------------------------------------
    enter('window-opened', redactUrl(authorizationUrl.href));
    throwIfCancelled();
    const outcome = await openWindow(input.authWindow, authorizationUrl.href, { redirectUri, timeoutMs: loginMs, signal });
    if (cancelled() || outcome.kind === 'cancelled') return cancel();
    if (outcome.kind !== 'redirect') return fail(windowOutcomeDiagnosis(outcome, redirectUri, loginMs));

    // --- The redirect --------------------------------------------------------
    enter('redirect-caught');
    let callbackUrl: URL;
    try {
      callbackUrl = new URL(outcome.url);
    } catch {
      return fail(diagnose('AUTHORIZE_ERROR', { detail: 'the caught redirect is not a URL' }));
    }
    const code = callbackUrl.searchParams.get('code') ?? undefined;
    sensitive.push(code);
    const params = callbackUrl.searchParams;
    const returnedState = params.get('state');
    if (returnedState !== null && returnedState !== state) {
      return fail(diagnose('STATE_MISMATCH', { state: 'different from the one sent', redirect: redactUrl(outcome.url) }));
    }
    if (params.get('error')) return fail(authorizeErrorDiagnosis(params, outcome.url));
    if (returnedState === null) return fail(diagnose('STATE_MISMATCH', { state: 'missing from the response', redirect: redactUrl(outcome.url) }));
    if (!code) return fail(diagnose('AUTHORIZE_ERROR', { detail: 'the redirect carried neither a code nor an error', redirect: redactUrl(outcome.url) }));
    // Only the exact consume URI may carry the code to the exchange (the adapter matched it; say so if it did not).
    if (`${callbackUrl.origin}${callbackUrl.pathname}` !== redirectUri) {
      return fail(diagnose('AUTHORIZE_ERROR', { detail: 'the redirect went to another address than the Hub’s consume URI', redirect: redactUrl(outcome.url), redirectUri }));
    }

    // --- Code exchange, the Hub's way ------------------------------------------
    enter('exchanging-code');
    const exchanged = await exchangeCode({
      metadata,
      clientId: config.clientId,
      secret: input.secret,
      callbackUrl,
      expectedState: state,
      expectedNonce: nonce,
      codeVerifier,
      timeoutMs: networkMs,
      signal,
      allowHttp: norm.insecureLoopback,
      clockSkewSeconds: Math.round((clock.now() - Date.now()) / 1000),
      fetch: input.fetch,
    });
    if (cancelled() || exchanged.kind === 'cancelled') return cancel();
    if (exchanged.kind === 'failed') return fail(exchanged.diagnosis);
    sensitive.push(exchanged.idToken);

    // --- ID token checks ---------------------------------------------------------
    enter('validating-token');
    let verdict = await verifyIdTokenSignature(exchanged.idToken, entry.jwks, advertisedAlgs);
    if (!verdict.ok && verdict.noMatchingKey) {
      // Keys rotate: fetch the JWKS once more before calling the signature bad.
      const fresh = await fetchJwks(metadata.jwks_uri, advertisedAlgs, { timeoutMs: networkMs, signal, fetch: input.fetch });
      throwIfCancelled();
      if (fresh.kind === 'ok') {
        entry = { ...entry, jwks: fresh.jwks, fetchedAt: clock.now() };
        cache.set(metadata.issuer, entry);
        verdict = await verifyIdTokenSignature(exchanged.idToken, entry.jwks, advertisedAlgs);
      }
    }
    if (!verdict.ok) return fail(verdict.diagnosis);
    const claims = exchanged.claims;
    const issuedAt = checkIssuedAt(claims, clock.now());
    if (issuedAt.failure) return fail(issuedAt.failure);
    if (issuedAt.warning) warnings.push(issuedAt.warning);
    const email = checkEmailClaims(claims);
    const summary = summarizeClaims(claims);
    if (email.failure) return fail(email.failure, summary);
    if (email.warning) warnings.push(email.warning);
    return finish('success', undefined, summary);
  } catch (err) {
    if (cancelled() || err instanceof Cancelled || (err instanceof NetworkFailure && err.kind === 'cancelled')) return cancel();
    if (err instanceof DiagnosisError) return fail(err.diagnosis);
    return fail(diagnose('INTERNAL_ERROR', { stage: current?.stage, reason: err instanceof Error ? clip(err.name, 80) : typeof err }));
  }
}

/** Waits for the window, but never longer than its timeout plus a grace period: a stuck adapter must not hang the test. */
async function openWindow(authWindow: AuthWindow, url: string, options: { redirectUri: string; timeoutMs: number; signal: AbortSignal }): Promise<AuthWindowOutcome> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const guard = new Promise<AuthWindowOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), options.timeoutMs + WINDOW_GRACE_MS);
    // The adapter got the same signal and closes its window; the test does not wait for that.
    onAbort = () => resolve({ kind: 'cancelled' });
    options.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([
      authWindow.open(url, options).catch((err: unknown): AuthWindowOutcome => ({ kind: 'crashed', reason: err instanceof Error ? err.name : 'error' })),
      guard,
    ]);
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal.removeEventListener('abort', onAbort);
  }
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
