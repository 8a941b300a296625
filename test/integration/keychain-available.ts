/**
 * Whether a Secret Service (the keychain keytar uses on Linux) answers on the
 * session bus. Keychain tests skip, saying why, when it does not; `npm test`
 * runs them inside a private one (scripts/with-keyring.sh).
 */
import { spawnSync } from 'node:child_process';

let cached: boolean | undefined;

export function secretServiceAvailable(): boolean {
  if (cached !== undefined) return cached;
  if (process.platform !== 'linux') return (cached = true); // macOS Keychain / Windows Credential Manager are part of the system
  const reply = spawnSync(
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets'],
    { encoding: 'utf8', timeout: 2000 },
  );
  cached = reply.status === 0 && reply.stdout.includes('boolean true');
  if (!cached) {
    console.log(
      'SKIPPED keychain tests: no Secret Service on the session D-Bus (run them through `npm test`, which starts a private gnome-keyring, or scripts/with-keyring.sh).',
    );
  }
  return cached;
}
