/**
 * Turns what keytar (libsecret, macOS Security, Windows Credential Manager)
 * throws into one of our keychain codes. keytar only gives a message string,
 * so this is a table of the messages seen in the wild. The message is kept as
 * evidence: it names the failure, never the secret.
 */
export type KeychainFailureCode = 'KEYCHAIN_LOCKED' | 'KEYCHAIN_UNAVAILABLE';

const LOCKED = [
  /locked collection/i, // libsecret: "Cannot create an item in a locked collection"
  /is locked/i,
  /prompt.*(dismiss|cancel)/i, // an unlock prompt the user dismissed
  /dismissed/i,
  /user (canceled|cancelled)/i, // macOS errSecUserCanceled
  /interaction is not allowed/i, // macOS errSecInteractionNotAllowed (keychain locked, no UI)
  /-25308|-128\b/, // macOS status codes for the two above
];

/*
 * Everything else means the keychain cannot be used right now: "Could not
 * connect" (no D-Bus socket), "Cannot autolaunch D-Bus without X11 $DISPLAY",
 * "The name org.freedesktop.secrets was not provided by any .service files"
 * (D-Bus without gnome-keyring/KWallet), a native module that cannot load, ...
 */

export function classifyKeychainError(message: string): KeychainFailureCode {
  if (LOCKED.some((re) => re.test(message))) return 'KEYCHAIN_LOCKED';
  // Anything else we cannot tell apart means the keychain cannot be used right now.
  return 'KEYCHAIN_UNAVAILABLE';
}

/** A short, single-line version of a keychain error message for evidence. */
export function keychainDetail(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return raw.replace(/\s+/g, ' ').trim().slice(0, 300) || (err instanceof Error ? err.name : 'unknown error');
}
