/**
 * Diagnosis codes: the OS keychain. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';

export const keychainCodes = {
  KEYCHAIN_LOCKED: {
    title: 'The keychain is locked',
    cause: 'The operating system keychain holding the client secret is locked, so the secret cannot be read or saved.',
    fix: [
      'Unlock your keychain (macOS: Keychain Access; Linux: your login keyring, e.g. Seahorse "Passwords and Keys"; Windows: sign in again).',
      'Then try again.',
    ],
  },
  KEYCHAIN_UNAVAILABLE: {
    title: 'No keychain available',
    cause: 'The app could not reach the operating system keychain (on Linux: no Secret Service such as gnome-keyring or KWallet is running).',
    fix: [
      'On Linux, install and start a Secret Service provider (e.g. `sudo apt install gnome-keyring`), then log out and in again.',
      'On macOS and Windows, restart the app; the keychain is part of the system.',
    ],
  },
  KEYCHAIN_TIMEOUT: {
    title: 'The keychain did not answer',
    cause: 'The keychain did not answer in time; it may be waiting for an unlock prompt you cannot see.',
    fix: ['Look for a keychain unlock prompt behind other windows and answer it.', 'Then try again.'],
  },
  SECRET_NOT_SET: {
    title: 'No client secret saved',
    cause: 'This configuration has no client secret yet.',
    fix: ['In step 3, paste the Client secret from Okta (General tab → Client Credentials) and press Save.'],
  },
  SECRET_MISSING: {
    title: 'The saved client secret is gone from the keychain',
    cause:
      'A secret was saved for this configuration, but the keychain no longer holds it (deleted by hand, another keychain, or the keychain was reset).',
    fix: ['Paste the Client secret from Okta again in step 3 and press Save.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
