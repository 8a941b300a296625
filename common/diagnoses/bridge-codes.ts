/**
 * The few codes a preload can answer with by itself (the app could not be
 * reached, the call is unknown, the input cannot be sent). Kept apart so the
 * preloads, which load before the app and must stay small, carry these four
 * entries and not the whole catalogue. Part of the catalogue (catalogue.ts).
 */
import type { CatalogueEntry } from './catalogue-entry';

export const bridgeCodes = {
  INVALID_INPUT: {
    title: 'The request was not valid',
    cause: 'A value sent to the app did not have the expected form.',
    fix: ['Correct the highlighted value and try again.'],
  },
  UNKNOWN_CALL: {
    title: 'Unknown request',
    cause: 'The window asked for an operation the app does not offer.',
    fix: ['Restart the app. If this persists, report it with the evidence below.'],
  },
  INTERNAL_ERROR: {
    title: 'Unexpected error',
    cause: 'Something failed inside the app that it does not know how to explain.',
    fix: ['Try again.', 'If this persists, report it with the evidence below (it contains no secrets).'],
  },
  BRIDGE_UNREACHABLE: {
    title: 'Lost contact with the app',
    cause: 'The window could not reach the app’s main side: it stopped, or the connection was lost.',
    fix: ['Start the app again (browser mode: run `npm run start:web` and open the address it prints).'],
  },
} as const satisfies Record<string, CatalogueEntry>;

export type BridgeCode = keyof typeof bridgeCodes;
