/**
 * Diagnosis codes: the bridge and the app. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';

export const appCodes = {
  FORBIDDEN_SENDER: {
    title: 'Request from an untrusted page refused',
    cause: 'Only the app’s own window may talk to the app; this request came from elsewhere.',
    fix: ['Use the app’s own window. If you did not expect this, close any other page pointing at the app.'],
  },
  CONFIG_NOT_FOUND: {
    title: 'Configuration not found',
    cause: 'The configuration was deleted, possibly from another window.',
    fix: ['Go back to the list of configurations and open it again.'],
  },
  CONFIG_CHANGED_ELSEWHERE: {
    title: 'Configuration changed in another window',
    cause: 'Someone saved this configuration after you opened it; saving now would overwrite their change.',
    fix: ['Reload the configuration, then apply your change again.'],
  },
  CONFIG_INCOMPLETE: {
    title: 'Configuration is incomplete',
    cause: 'The test needs the organization identifier, Client ID, client secret and Issuer URL.',
    fix: ['Fill in the missing values in step 2 and step 3, save, then test again.'],
  },
  STEP_NEEDS_TEST: {
    title: 'This step is ticked by a successful test',
    cause: 'Step 3 turns green only after a test login with the current values succeeds.',
    fix: ['Press "Test login".'],
  },
  EXTERNAL_URL_REFUSED: {
    title: 'Link not opened',
    cause: 'The app only opens https links to Hugging Face, Okta and their documentation.',
    fix: ['Open the address yourself in your browser if you trust it.'],
  },
  EXTERNAL_OPEN_FAILED: {
    title: 'The browser did not open',
    cause: 'The app asked the system to open the address in your default browser, and the system said it could not (see the tool and its exit code below).',
    fix: [
      'Open the address below in your browser yourself (select it and copy it).',
      'On Linux, make sure a default browser is set: `xdg-settings set default-web-browser <browser>.desktop`, or install xdg-utils (`sudo apt install xdg-utils`).',
    ],
  },
  REPORT_TEST_NOT_FOUND: {
    title: 'That test is no longer in the history',
    cause: 'The history keeps the newest 100 tests of a configuration; the one asked for is not among them.',
    fix: ['Export the report for the whole history, or pick a test from the list.'],
  },
  REPORT_PRINT_FAILED: {
    title: 'The PDF could not be made',
    cause: 'The app’s browser engine failed to print the report page.',
    fix: ['Export the report as HTML instead (it holds the same content).', 'If this persists, report it with the evidence below.'],
  },
  TEST_ALREADY_RUNNING: {
    title: 'A test is already running',
    cause: 'Only one test login runs at a time, and one is running now (perhaps started before this window reloaded).',
    fix: ['Press "Show the running test" to follow it, or "Cancel it", then start this one.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
