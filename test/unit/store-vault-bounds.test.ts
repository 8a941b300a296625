/**
 * The keytar adapter's own decisions, with keytar stand-ins that behave like
 * the failure modes we cannot provoke on demand (a call that never returns, a
 * native module that does not load). The real keychain runs in
 * test/integration/keychain.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeytarVault, PROBE_ACCOUNT, type KeytarLike } from '../../main/core/secrets/keytar-vault';
import { classifyKeychainError } from '../../main/core/secrets/keychain-errors';
import { loadSecret } from '../../main/core/secrets/load-secret';
import { codeOf, errorOf } from './store-helpers';

const never = () => new Promise<never>(() => {});

describe('keytar vault bounds and mapping', () => {
  it('answers KEYCHAIN_TIMEOUT when keytar hangs (e.g. behind an invisible unlock prompt)', async () => {
    const hanging: KeytarLike = { getPassword: never, setPassword: never, deletePassword: never };
    const vault = createKeytarVault({ service: 't', timeoutMs: 200, load: async () => hanging });
    const started = Date.now();
    expect(await codeOf(vault.get('a'))).toBe('KEYCHAIN_TIMEOUT');
    expect(await codeOf(vault.set('a', 's'))).toBe('KEYCHAIN_TIMEOUT');
    expect(await vault.probe()).toMatchObject({ ok: false, code: 'KEYCHAIN_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports KEYCHAIN_UNAVAILABLE when keytar cannot load, and tries again next time', async () => {
    let attempts = 0;
    const vault = createKeytarVault({
      service: 't',
      load: async () => {
        attempts++;
        throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory');
      },
    });
    const err = await errorOf(vault.get('a'));
    expect(err.diagnosis.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(err.diagnosis.evidence.keychain).toMatch(/libsecret/);
    await codeOf(vault.set('a', 'b'));
    expect(attempts).toBe(2);
  });

  it('does not believe a null from a locked keyring', async () => {
    const items = new Map([['a', 'secret']]);
    let locked = true;
    const keytar: KeytarLike = {
      getPassword: async (_s, a) => (locked ? null : items.get(a) ?? null),
      setPassword: async (_s, a, p) => {
        if (locked) throw new Error('Cannot create an item in a locked collection');
        items.set(a, p);
      },
      deletePassword: async (_s, a) => (locked ? false : items.delete(a)),
    };
    const vault = createKeytarVault({ service: 't', load: async () => keytar });
    expect(await codeOf(vault.get('a'))).toBe('KEYCHAIN_LOCKED');
    expect(await codeOf(vault.delete('a'))).toBe('KEYCHAIN_LOCKED');
    expect(await codeOf(loadSecret(vault, { id: 'a', hasSecret: true }))).toBe('KEYCHAIN_LOCKED');
    locked = false;
    expect(await loadSecret(vault, { id: 'a', hasSecret: true })).toBe('secret');
    expect(items.has(PROBE_ACCOUNT)).toBe(false); // the probe cleans up after itself
    items.delete('a');
    expect(await codeOf(loadSecret(vault, { id: 'a', hasSecret: true }))).toBe('SECRET_MISSING');
    expect(await codeOf(loadSecret(vault, { id: 'a', hasSecret: false }))).toBe('SECRET_NOT_SET');
  });

  it('maps the messages keytar gives', () => {
    expect(classifyKeychainError('Cannot create an item in a locked collection')).toBe('KEYCHAIN_LOCKED');
    expect(classifyKeychainError('User canceled the operation.')).toBe('KEYCHAIN_LOCKED');
    expect(classifyKeychainError('Could not connect: No such file or directory')).toBe('KEYCHAIN_UNAVAILABLE');
    expect(classifyKeychainError('Cannot autolaunch D-Bus without X11 $DISPLAY')).toBe('KEYCHAIN_UNAVAILABLE');
    expect(classifyKeychainError('The name org.freedesktop.secrets was not provided by any .service files')).toBe('KEYCHAIN_UNAVAILABLE');
  });

  it('never calls findCredentials (it can crash the process)', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../main/core/secrets/keytar-vault.ts'), 'utf8');
    expect(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')).not.toMatch(/findCredentials|findPassword/);
  });

  it('uses SSO_ASSISTANT_KEYCHAIN_SERVICE', () => {
    const before = process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE;
    process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE = 'unit-test-service';
    try {
      expect(createKeytarVault().service).toBe('unit-test-service');
      delete process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE;
      expect(createKeytarVault().service).toBe('SSO Setup Assistant');
    } finally {
      if (before === undefined) delete process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE;
      else process.env.SSO_ASSISTANT_KEYCHAIN_SERVICE = before;
    }
  });
});
