/**
 * One test login's input, resolved once: the defaults, the injected clock,
 * and the run's own abort controller (it also stops the login window when the
 * test gives up on it).
 */
import { linkRunSignal } from '../../run-signal';
import { randomUUID } from 'node:crypto';
import type { Configuration, EventPayload } from '../../../../common/contract';
import { idpProfile } from '../../../../common/idp/profiles';
import type { IdpProfile } from '../../../../common/idp/types';
import { systemClock, type AuthWindow, type Clock } from '../../ports';
import type { FetchLike } from '../http';
import { createIssuerCache, type IssuerCache } from '../issuer-cache';
import { DEFAULT_NETWORK_TIMEOUT_MS } from '../issuer-check';

export type TestLoginConfig = Pick<Configuration, 'id' | 'orgId' | 'clientId' | 'issuerUrl' | 'requestGroups'> & Partial<Pick<Configuration, 'secretRevision' | 'idpKind'>>;
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
  /** The shell's fetch port: discovery, JWKS and the token exchange all go through it. */
  fetch: FetchLike;
  testId?: string;
}

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;

export interface LoginRun {
  readonly testId: string;
  readonly config: TestLoginConfig;
  /** The configuration's IdP profile: its classifiers, issuer rules and claim quirks (Okta when not given). */
  readonly profile: IdpProfile;
  readonly secret: string;
  readonly authWindow: AuthWindow;
  readonly clock: Clock;
  readonly cache: IssuerCache;
  readonly fetch: FetchLike;
  readonly networkMs: number;
  readonly loginMs: number;
  /** Aborted when the caller cancels, and when the run ends. */
  readonly signal: AbortSignal;
  /** True once the caller has cancelled. */
  cancelled(): boolean;
  /** The issuer discovery settled on: a failed test drops it from the cache. */
  issuer?: string;
  /** Lets go of the caller's signal and aborts whatever of the run still works. */
  dispose(): void;
}

export function startLoginRun(input: RunTestLoginInput): LoginRun {
  const { signal, cancelled, dispose } = linkRunSignal(input.signal);
  return {
    testId: input.testId ?? randomUUID(),
    config: input.config,
    profile: idpProfile(input.config.idpKind),
    secret: input.secret,
    authWindow: input.authWindow,
    clock: input.clock ?? systemClock,
    cache: input.cache ?? createIssuerCache(),
    fetch: input.fetch,
    networkMs: input.timeouts?.networkMs ?? DEFAULT_NETWORK_TIMEOUT_MS,
    loginMs: input.timeouts?.loginMs ?? DEFAULT_LOGIN_TIMEOUT_MS,
    signal,
    cancelled,
    dispose,
  };
}
