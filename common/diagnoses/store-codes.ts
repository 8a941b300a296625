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
    cause: 'The file is an export of this app, but some of its configurations have values this app does not accept. Nothing was imported.',
    fix: ['Export the configurations again from the app they came from, or correct the values named in the evidence, then import again.'],
  },
  IMPORT_NOT_JSON: {
    title: 'This file is not JSON',
    cause: 'An export of this app is a JSON file; this file could not be read as JSON. It may be another kind of file, or cut short. Nothing was imported.',
    fix: ['Choose the .json file you saved with “Export all”.', 'If it was sent to you, ask for it again: it may have been cut short on the way.'],
  },
  IMPORT_NOT_AN_EXPORT: {
    title: 'This is not an export of this app',
    cause:
      'The file is JSON, but not an SSO Setup Assistant export: an export starts with "format": "sso-setup-assistant/configs" and lists configurations. Nothing was imported.',
    fix: ['Choose a file saved with “Export all” in this app.', 'To set up a new connection, press “New configuration”.'],
  },
  IMPORT_OKTA_APP_DEFINITION: {
    title: 'This looks like an Okta app definition: create the configuration with New configuration instead',
    cause:
      'The file describes an Okta application (as Okta’s Apps API or an Okta export writes it), not configurations saved by this app. This app does not read Okta app definitions. Nothing was imported.',
    fix: [
      'Press “New configuration” and follow the steps.',
      'At step 3, copy the Client ID from the Okta app’s General tab, and enter your Okta issuer URL (like https://your-org.okta.com).',
    ],
  },
  IMPORT_NEWER_VERSION: {
    title: 'This export is from a newer version of the app',
    cause: 'The file was exported in a newer export format than this version of the app reads. Nothing was imported.',
    fix: ['Update SSO Setup Assistant, then import the file again.', 'Or export the configurations again from an app of the same version as this one.'],
  },
  IMPORT_OLDER_VERSION: {
    title: 'This export is in an export format this app no longer reads',
    cause: 'The file was exported in an older export format than this version of the app reads. Nothing was imported.',
    fix: ['Open the file in the version of the app that exported it, or a newer one, and export again.'],
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
  UNDO_EXPIRED: {
    title: 'Too late to undo',
    cause:
      'The deleted configuration was already removed for good: the trash is emptied 10 seconds after a delete, at the next delete and when the app starts.',
    fix: ['If you exported it earlier, import that file to get the configuration back (its client secret must be entered again).'],
  },
  EXPORT_CANCELLED: {
    title: 'Export cancelled',
    cause: 'No file was chosen.',
    fix: ['Export again and choose where to save the file.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
