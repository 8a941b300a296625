/**
 * The SecretVault port on top of keytar: one keychain entry per configuration
 * (account = configuration id) under our own service name.
 *
 * keytar's traps, and what this adapter does about them:
 * - With a locked keyring `getPassword` answers `null` although the entry
 *   exists. A `null` is therefore checked with a probe (a write of a throwaway
 *   entry, which a locked keyring refuses) before it is believed.
 * - `findCredentials` can crash the process; it is never called. The store
 *   keeps the list of accounts (the configuration ids).
 * - A call can hang behind an invisible unlock prompt: every call is bounded;
 *   past the bound we answer KEYCHAIN_TIMEOUT (the native call may finish in
 *   the background, its answer is then ignored). Calls are serialized.
 * - keytar is loaded at first use, so a machine without libsecret still starts
 *   and reports KEYCHAIN_UNAVAILABLE.
 */
import { randomUUID } from 'node:crypto';
import { diagnosisError } from '../../../common/diagnosis';
import { withTimeout } from '../../../common/with-timeout';
import type { SecretVault } from '../ports';
import { classifyKeychainError, keychainDetail } from './keychain-errors';

export const DEFAULT_KEYCHAIN_SERVICE = 'SSO Setup Assistant';
/** Never a configuration id (those are UUIDs), so it cannot clash with a real entry. */
export const PROBE_ACCOUNT = 'sso-setup-assistant-probe';

/** The three keytar functions we use. Never add findCredentials here. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarVaultOptions {
  /** Defaults to env SSO_ASSISTANT_KEYCHAIN_SERVICE, else "SSO Setup Assistant". */
  service?: string;
  /** Bound on every keychain call (ms). */
  timeoutMs?: number;
  /** How keytar is loaded; tests may pass a module that fails to load. */
  load?: () => Promise<KeytarLike>;
}

async function loadKeytar(): Promise<KeytarLike> {
  const mod = (await import('keytar')) as unknown as Partial<KeytarLike> & { default?: KeytarLike };
  // Node's ESM view of this CommonJS module detects only some of its named
  // exports (getPassword, not setPassword): use the whole module.exports.
  const k = mod.default && typeof mod.default.setPassword === 'function' ? mod.default : mod;
  if (typeof k.getPassword !== 'function' || typeof k.setPassword !== 'function' || typeof k.deletePassword !== 'function') {
    throw new Error('keytar loaded without getPassword/setPassword/deletePassword');
  }
  return k as KeytarLike;
}

export function keychainServiceName(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SSO_ASSISTANT_KEYCHAIN_SERVICE?.trim();
  return fromEnv ? fromEnv : DEFAULT_KEYCHAIN_SERVICE;
}

type Failure = { code: 'KEYCHAIN_LOCKED' | 'KEYCHAIN_UNAVAILABLE' | 'KEYCHAIN_TIMEOUT'; detail: string };

class KeychainFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`${failure.code}: ${failure.detail}`);
  }
}

export function createKeytarVault(options: KeytarVaultOptions = {}): SecretVault & { readonly service: string } {
  const service = options.service ?? keychainServiceName();
  const timeoutMs = options.timeoutMs ?? 5000;
  const load = options.load ?? loadKeytar;
  let keytar: Promise<KeytarLike> | undefined;
  /**
   * One keychain call at a time: gnome-keyring stalls when several calls hit a
   * locked keyring at once (each wants its own unlock prompt). A call that
   * times out releases the queue; its native call finishes in the background.
   */
  let queue: Promise<unknown> = Promise.resolve();

  function call<T>(operation: string, fn: (k: KeytarLike) => Promise<T>): Promise<T> {
    const run = queue.then(() => callNow(operation, fn));
    queue = run.catch(() => {});
    return run;
  }

  /** Runs one keytar call within the bound; every failure becomes a KeychainFailure. */
  async function callNow<T>(operation: string, fn: (k: KeytarLike) => Promise<T>): Promise<T> {
    const work = (async () => {
      keytar ??= load();
      let k: KeytarLike;
      try {
        k = await keytar;
      } catch (err) {
        keytar = undefined; // try loading again next time (e.g. after libsecret is installed)
        throw new KeychainFailure({ code: 'KEYCHAIN_UNAVAILABLE', detail: `keytar could not load: ${keychainDetail(err)}` });
      }
      try {
        return await fn(k);
      } catch (err) {
        const detail = keychainDetail(err);
        throw new KeychainFailure({ code: classifyKeychainError(detail), detail });
      }
    })();
    // A late failure after the bound is ignored by withTimeout (never an unhandled rejection).
    const raced = await withTimeout(work, timeoutMs);
    if (raced.kind !== 'done') throw new KeychainFailure({ code: 'KEYCHAIN_TIMEOUT', detail: `${operation} took longer than ${timeoutMs} ms` });
    return raced.value;
  }

  async function probe(): Promise<{ ok: true } | ({ ok: false } & Failure)> {
    try {
      // Writing is what a locked keyring refuses (reads of a locked keyring just answer null).
      await call('probe write', (k) => k.setPassword(service, PROBE_ACCOUNT, `probe-${randomUUID()}`));
      await call('probe delete', (k) => k.deletePassword(service, PROBE_ACCOUNT));
      return { ok: true };
    } catch (err) {
      if (err instanceof KeychainFailure) return { ok: false, ...err.failure };
      return { ok: false, code: 'KEYCHAIN_UNAVAILABLE', detail: keychainDetail(err) };
    }
  }

  function toDiagnosis(err: unknown, operation: string): unknown {
    if (err instanceof KeychainFailure) return diagnosisError(err.failure.code, { operation, service, keychain: err.failure.detail });
    return err;
  }

  async function failIfLocked(operation: string): Promise<void> {
    const health = await probe();
    if (!health.ok) throw diagnosisError(health.code, { operation, service, keychain: health.detail });
  }

  return {
    service,
    async set(account, secret) {
      try {
        await call('set', (k) => k.setPassword(service, account, secret));
      } catch (err) {
        throw toDiagnosis(err, 'set');
      }
    },
    async get(account) {
      let value: string | null;
      try {
        value = await call('get', (k) => k.getPassword(service, account));
      } catch (err) {
        throw toDiagnosis(err, 'get');
      }
      if (value !== null) return value;
      // null may mean "locked": make sure the keychain is usable before believing it.
      await failIfLocked('get');
      try {
        // The probe may have unlocked the keyring (a desktop shows an unlock prompt): ask once more.
        return await call('get', (k) => k.getPassword(service, account));
      } catch (err) {
        throw toDiagnosis(err, 'get');
      }
    },
    async delete(account) {
      let removed: boolean;
      try {
        removed = await call('delete', (k) => k.deletePassword(service, account));
      } catch (err) {
        throw toDiagnosis(err, 'delete');
      }
      if (removed) return true;
      // A locked keyring also answers false: do not report "nothing to delete" unless it is usable.
      await failIfLocked('delete');
      try {
        return await call('delete', (k) => k.deletePassword(service, account));
      } catch (err) {
        throw toDiagnosis(err, 'delete');
      }
    },
    async probe() {
      const health = await probe();
      return health.ok ? { ok: true } : { ok: false, code: health.code, detail: health.detail };
    },
  };
}
