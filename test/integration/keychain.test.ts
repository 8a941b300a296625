/**
 * The keytar vault against the REAL keychain: gnome-keyring in a private D-Bus
 * session (run through scripts/with-keyring.sh, which `npm test` does).
 *
 *   scripts/with-keyring.sh npx vitest run --project integration test/integration/keychain.test.ts
 *
 * - set/get/delete round-trips;
 * - a LOCKED keyring (locked over D-Bus, as the screensaver or a timeout would)
 *   gives KEYCHAIN_LOCKED within 2 s, although keytar itself answers null;
 * - no Secret Service (no bus / a bus without one) gives KEYCHAIN_UNAVAILABLE within 2 s;
 * - an entry deleted behind the store's back gives SECRET_MISSING.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarVault } from '../../main/core/secrets/keytar-vault';
import { loadSecret } from '../../main/core/secrets/load-secret';
import { DiagnosisError } from '../../common/diagnosis';
import { secretServiceAvailable } from './keychain-available';

const available = secretServiceAvailable();
/** Locking is only safe in the private keyring with-keyring.sh starts (never lock a developer's own keyring). */
const privateKeyringPid = process.env.SSO_KEYRING_DAEMON_PID;
if (available && !privateKeyringPid) {
  console.log('SKIPPED locked-keyring test: not inside scripts/with-keyring.sh (it would lock your own login keyring).');
}

const service = `sso-assistant-test-${randomUUID()}`;
const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const KEYRING_PASSWORD = process.env.KEYRING_PASSWORD ?? 'sso-assistant-tests';
const LOGIN = '/org/freedesktop/secrets/collection/login';

async function codeAndTime(p: Promise<unknown>): Promise<{ code: string; ms: number }> {
  const started = Date.now();
  try {
    await p;
  } catch (err) {
    if (err instanceof DiagnosisError) return { code: err.diagnosis.code, ms: Date.now() - started };
    throw err;
  }
  return { code: 'NO_ERROR', ms: Date.now() - started };
}

function collectionLocked(): boolean {
  const out = execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', LOGIN, 'org.freedesktop.DBus.Properties.Get', 'string:org.freedesktop.Secret.Collection', 'string:Locked'], { encoding: 'utf8' });
  return /boolean true/.test(out);
}

function lockCollection(): void {
  execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', `array:objpath:${LOGIN}`], { stdio: 'ignore' });
}

/**
 * Unlocks the login keyring the way the PAM module does: gnome-keyring's
 * control socket (op UNLOCK = 1, password as a length-prefixed string). The
 * Secret Service API itself can only unlock through a GUI prompt.
 */
function unlockCollection(daemonPid: string, password: string): Promise<number> {
  const env = fs.readFileSync(`/proc/${daemonPid}/environ`, 'utf8').split('\0');
  const runtimeDir = env.find((l) => l.startsWith('XDG_RUNTIME_DIR='))?.slice('XDG_RUNTIME_DIR='.length);
  if (!runtimeDir) throw new Error('keyring daemon has no XDG_RUNTIME_DIR');
  const pw = Buffer.from(password, 'utf8');
  const packet = Buffer.alloc(12 + pw.length);
  packet.writeUInt32BE(packet.length, 0);
  packet.writeUInt32BE(1, 4); // GKD_CONTROL_OP_UNLOCK
  packet.writeUInt32BE(pw.length, 8);
  pw.copy(packet, 12);
  return new Promise((resolve, reject) => {
    const socket = net.connect(path.join(runtimeDir, 'keyring', 'control'));
    let reply = Buffer.alloc(0);
    socket.on('connect', () => socket.write(Buffer.concat([Buffer.from([0]), packet]))); // credentials byte, then the request
    socket.on('data', (d) => {
      reply = Buffer.concat([reply, d]);
      if (reply.length >= 8) {
        socket.destroy();
        resolve(reply.readUInt32BE(4)); // 0 = OK
      }
    });
    socket.on('error', reject);
  });
}

/** Runs the vault in a child process with another D-Bus environment; returns what it saw. */
function vaultInChild(env: NodeJS.ProcessEnv, wrap: string[] = [], timeoutMs = 5000): Promise<{ get: { code: string; ms: number }; set: { code: string; ms: number }; probe: { ok: boolean; code?: string }; totalMs: number }> {
  const script = `
    import { createKeytarVault } from ${JSON.stringify(path.join(root, 'main/core/secrets/keytar-vault.ts'))};
    const codeAndTime = async (p) => { const t = Date.now(); try { await p; return { code: 'NO_ERROR', ms: Date.now() - t }; } catch (e) { return { code: e.diagnosis?.code ?? String(e), ms: Date.now() - t }; } };
    (async () => {
      const t = Date.now();
      const v = createKeytarVault({ service: ${JSON.stringify(service)}, timeoutMs: ${timeoutMs} });
      const get = await codeAndTime(v.get('a'));
      const set = await codeAndTime(v.set('a', 'never-stored'));
      const probe = await v.probe();
      // SIGKILL, not exit(): a native keychain call still blocked in the thread pool would hold exit() up.
      process.stdout.write('RESULT ' + JSON.stringify({ get, set, probe, totalMs: Date.now() - t }) + String.fromCharCode(10), () => process.kill(process.pid, 'SIGKILL'));
    })();`;
  const argv = [...wrap, tsx, '-e', script];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', () => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) resolve(JSON.parse(line.slice(7)));
      else reject(new Error(`child gave no result: ${out} ${err}`));
    });
  });
}

describe.skipIf(!available)('keychain (real Secret Service)', () => {
  const vault = createKeytarVault({ service });
  const accounts: string[] = [];
  const account = () => {
    const a = randomUUID();
    accounts.push(a);
    return a;
  };

  afterAll(async () => {
    for (const a of accounts) await vault.delete(a).catch(() => {});
  });

  it('is healthy', async () => {
    expect(await vault.probe()).toEqual({ ok: true });
  });

  it('set / get / delete round-trip, one entry per configuration', async () => {
    const a = account();
    const b = account();
    const secretA = `s3cr3t-${randomUUID()}-ünïcødé-🔑`;
    const secretB = 'x'.repeat(1024);
    await vault.set(a, secretA);
    await vault.set(b, secretB);
    expect(await vault.get(a)).toBe(secretA);
    expect(await vault.get(b)).toBe(secretB);
    await vault.set(a, 'replaced');
    expect(await vault.get(a)).toBe('replaced');
    expect(await vault.delete(a)).toBe(true);
    expect(await vault.get(a)).toBeNull();
    expect(await vault.delete(a)).toBe(false);
    expect(await vault.get(b)).toBe(secretB);
  });

  it('another service name (another install, the user’s real entries) is not touched', async () => {
    const a = account();
    await vault.set(a, 'mine');
    const other = createKeytarVault({ service: `${service}-other` });
    expect(await other.get(a)).toBeNull();
  });

  it('SECRET_MISSING when the entry was deleted behind the store’s back; SECRET_NOT_SET when never saved', async () => {
    const a = account();
    await vault.set(a, 'will vanish');
    const keytar = (await import('keytar')).default;
    expect(await keytar.deletePassword(service, a)).toBe(true); // e.g. removed in Seahorse
    const r = await codeAndTime(loadSecret(vault, { id: a, hasSecret: true }));
    expect(r.code).toBe('SECRET_MISSING');
    expect(r.ms).toBeLessThan(2000);
    expect((await codeAndTime(loadSecret(vault, { id: a, hasSecret: false }))).code).toBe('SECRET_NOT_SET');
  });

  describe.skipIf(!privateKeyringPid)('locked keyring', () => {
    let a = '';
    beforeAll(async () => {
      a = account();
      await vault.set(a, 'kept while locked');
      lockCollection();
      expect(collectionLocked()).toBe(true);
    });
    afterAll(async () => {
      if (collectionLocked()) await unlockCollection(privateKeyringPid!, KEYRING_PASSWORD);
    });

    it('keytar itself answers null: the trap this adapter exists for', async () => {
      const keytar = (await import('keytar')).default;
      expect(await keytar.getPassword(service, a)).toBeNull();
    });

    it('gives KEYCHAIN_LOCKED within 2 s for get, loadSecret, set, delete and probe', async () => {
      for (const [what, run] of [
        ['get', () => vault.get(a)],
        ['loadSecret', () => loadSecret(vault, { id: a, hasSecret: true })],
        ['set', () => vault.set(a, 'new')],
        ['delete', () => vault.delete(a)],
      ] as const) {
        const r = await codeAndTime(run());
        expect(r.code, what).toBe('KEYCHAIN_LOCKED');
        expect(r.ms, what).toBeLessThan(2000);
      }
      const started = Date.now();
      expect(await vault.probe()).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('calls arriving together (two windows) also get KEYCHAIN_LOCKED within 2 s', async () => {
      const started = Date.now();
      const [get, load, set, probe] = await Promise.all([
        codeAndTime(vault.get(a)),
        codeAndTime(loadSecret(vault, { id: a, hasSecret: true })),
        codeAndTime(vault.set(a, 'x')),
        vault.probe(),
      ]);
      expect([get.code, load.code, set.code]).toEqual(['KEYCHAIN_LOCKED', 'KEYCHAIN_LOCKED', 'KEYCHAIN_LOCKED']);
      expect(probe).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('after unlocking, the secret is still there, unchanged', async () => {
      expect(await unlockCollection(privateKeyringPid!, KEYRING_PASSWORD)).toBe(0);
      expect(collectionLocked()).toBe(false);
      expect(await vault.get(a)).toBe('kept while locked');
      expect(await vault.probe()).toEqual({ ok: true });
    });
  });
});

/** A private session bus; `policy` is its <policy> body. Nothing can be auto-started on it (no service folders). */
function busConfig(policy: string): string {
  const conf = path.join(os.tmpdir(), `bus-${randomUUID()}.conf`);
  fs.writeFileSync(
    conf,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=${os.tmpdir()}</listen><auth>EXTERNAL</auth>
<policy context="default">${policy}</policy></busconfig>`,
  );
  return conf;
}

describe('keychain unavailable', () => {
  it('no D-Bus session bus at all gives KEYCHAIN_UNAVAILABLE within 2 s', async () => {
    const r = await vaultInChild({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(os.tmpdir(), `no-bus-${randomUUID()}`)}` });
    expect(r.get).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(r.set).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(r.probe).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(r.get.ms).toBeLessThan(2000);
    expect(r.totalMs).toBeLessThan(2000);
  });

  it.skipIf(process.platform !== 'linux')('a session bus without any Secret Service gives KEYCHAIN_UNAVAILABLE within 2 s', async () => {
    const conf = busConfig('<allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>');
    try {
      const r = await vaultInChild({}, ['dbus-run-session', `--config-file=${conf}`, '--']);
      expect(r.get).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
      expect(r.set).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
      expect(r.probe).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
      expect(r.totalMs).toBeLessThan(2000);
    } finally {
      fs.rmSync(conf, { force: true });
    }
  });

  it.skipIf(process.platform !== 'linux')('a keychain that never answers gives KEYCHAIN_TIMEOUT at the bound, not a hang', async () => {
    // A bus that accepts requests but delivers no replies: libsecret would wait 25 s for each call.
    const conf = busConfig('<allow send_destination="*"/><allow own="*"/>');
    try {
      const r = await vaultInChild({}, ['dbus-run-session', `--config-file=${conf}`, '--'], 800);
      expect(r.get).toMatchObject({ code: 'KEYCHAIN_TIMEOUT' });
      expect(r.get.ms).toBeGreaterThanOrEqual(750);
      expect(r.get.ms).toBeLessThan(2000);
      expect(r.set).toMatchObject({ code: 'KEYCHAIN_TIMEOUT' });
      expect(r.probe).toMatchObject({ ok: false, code: 'KEYCHAIN_TIMEOUT' });
    } finally {
      fs.rmSync(conf, { force: true });
    }
  });
});
