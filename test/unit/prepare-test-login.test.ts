/**
 * prepareTestLogin through the dispatcher: it asks the shell's login window to set up the next one ahead, says when
 * the shell cannot, never while a test runs (its window is the one in use), and the services let the prepared window
 * go when they close. The AuthWindow here is a small recorder standing in for a shell's (browser mode's real one is
 * in test/integration/browser-login-ahead.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, type AppDeps } from '../../main/core/app/services';
import { dispatch } from '../../main/core/app/dispatch';
import type { AuthWindow } from '../../main/core/ports';

function services(authWindow: AuthWindow, fetch: AppDeps['fetch'] = async () => { throw new Error('no HTTP here'); }) {
  return createServices({
    shell: 'browser',
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'prepare-test-login-')),
    vault: { set: async () => {}, get: async () => 'a-secret', delete: async () => false, probe: async () => ({ ok: true }) },
    authWindow,
    fetch,
    clipboard: { writeText: async () => {}, readText: async () => '' },
    opener: { open: async () => {} },
    exportPicker: { choose: async () => null },
    emit: () => {},
    clock: { now: () => Date.now() },
  });
}

describe('prepareTestLogin', () => {
  it('asks the login window to prepare, and closes it with the services', async () => {
    const calls: string[] = [];
    const s = services({ open: async () => ({ kind: 'closed' }), prepare: async () => void calls.push('prepare'), close: async () => void calls.push('close') });
    expect(await dispatch(s.handlers, 'prepareTestLogin', {})).toEqual({ ok: true, value: { prepared: true } });
    expect(calls).toEqual(['prepare']);
    await s.close();
    expect(calls).toEqual(['prepare', 'close']);
  });

  it('says prepared: false where the shell makes its window at the click', async () => {
    const s = services({ open: async () => ({ kind: 'closed' }) });
    expect(await dispatch(s.handlers, 'prepareTestLogin', {})).toEqual({ ok: true, value: { prepared: false } });
    await s.close();
  });

  it('does not prepare while a test runs', async () => {
    const prepared: number[] = [];
    let releaseDiscovery!: (err: Error) => void;
    let discoveryAsked!: () => void;
    const asked = new Promise<void>((r) => (discoveryAsked = r));
    const hangingFetch: AppDeps['fetch'] = () => {
      discoveryAsked();
      return new Promise((_resolve, reject) => (releaseDiscovery = reject));
    };
    const s = services({ open: async () => ({ kind: 'closed' }), prepare: async () => void prepared.push(1) }, hangingFetch);
    const config = await s.handlers.createConfig({ fields: { name: 'T', orgId: 'acme', clientId: 'client', issuerUrl: 'https://acme.okta.com/oauth2/default' } });
    await s.handlers.setSecret({ id: config.id, secret: 'a-secret' });
    const test = s.handlers.testLogin({ configId: config.id });
    await asked;
    expect(await s.handlers.prepareTestLogin({})).toEqual({ prepared: false });
    expect(prepared).toEqual([]);
    releaseDiscovery(new Error('discovery stopped by the test'));
    expect((await test).outcome).toBe('failure');
    expect(await s.handlers.prepareTestLogin({})).toEqual({ prepared: true });
    await s.close();
  });
});
