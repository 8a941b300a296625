/**
 * Diagnosis codes: the store, import and export. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';

export const storeCodes = {
  STORE_CORRUPT: {
    title: 'A saved file could not be read',
    cause: 'A file in the app’s data folder is damaged or was edited by hand. It was moved aside, not deleted.',
    fix: [
      'Your other configurations are unaffected.',
      'The damaged file was kept next to the original with a timestamp in its name; repair it by hand or re-import an export.',
    ],
  },
  STORE_WRITE_FAILED: {
    title: 'Could not save',
    cause: 'Writing to the app’s data folder failed (disk full, or no permission).',
    fix: ['Free some disk space or check the folder’s permissions, then save again. Nothing you saved earlier was lost.'],
  },
  IMPORT_INVALID: {
    title: 'The file cannot be imported',
    cause: 'The file is not an SSO Setup Assistant export, or some of its values are not valid.',
    fix: ['Choose a file exported by this app (File → Export), or correct the values listed below.'],
  },
  CLIPBOARD_NOT_CLEARED: {
    title: 'The client secret may still be on the clipboard',
    cause: 'The app copied the secret and promised to clear the clipboard after 30 seconds, but the clipboard could not be reached when it tried.',
    fix: ['Copy something else (any text) to replace it.', 'If you use a clipboard manager, remove the secret from its history.'],
  },
  CLIPBOARD_UNAVAILABLE: {
    title: 'The clipboard cannot be used',
    cause: 'The app could not reach the system clipboard (on Linux it needs wl-copy/wl-paste on Wayland, or xclip or xsel on X11).',
    fix: [
      'On Linux, install a clipboard tool: `sudo apt install wl-clipboard` (Wayland) or `sudo apt install xclip` (X11), then try again.',
      'Or copy the secret from Okta again (General tab → Client Credentials).',
    ],
  },
  EXPORT_CANCELLED: {
    title: 'Export cancelled',
    cause: 'No file was chosen.',
    fix: ['Export again and choose where to save the file.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
