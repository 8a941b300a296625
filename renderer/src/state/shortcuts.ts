/**
 * The keyboard shortcuts of a configuration's screens: which key does what,
 * and the list the help panel shows. Pure (a key event's facts in, an action
 * out) so the mapping is unit-tested without a DOM; use-shortcuts.ts wires it.
 */
export type ShortcutAction =
  | { kind: 'testLogin' }
  | { kind: 'cancelTest' }
  | { kind: 'goToStep'; step: 1 | 2 | 3 | 4 }
  | { kind: 'openHelp' };

/** What the keydown handler knows about the key and where focus is. */
export interface KeyFacts {
  key: string;
  /** KeyboardEvent.code: digits by position, whatever the layout types there (AZERTY's "&" is Digit1). */
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Focus is in a field that takes text (input, textarea, select, contenteditable). */
  inTextField: boolean;
  /** A modal dialog is open: it owns the keyboard (its own Esc closes it). */
  dialogOpen: boolean;
  /** Another handler already used this key. */
  defaultPrevented: boolean;
}

const STEP_CODES: Record<string, 1 | 2 | 3 | 4> = { Digit1: 1, Digit2: 2, Digit3: 3, Digit4: 4, Numpad1: 1, Numpad2: 2, Numpad3: 3, Numpad4: 4 };
const STEP_KEYS: Record<string, 1 | 2 | 3 | 4> = { '1': 1, '2': 2, '3': 3, '4': 4 };

export function shortcutFor(k: KeyFacts): ShortcutAction | undefined {
  if (k.dialogOpen || k.defaultPrevented) return undefined;
  // Ctrl on Windows and Linux, Cmd on a Mac; either is accepted everywhere.
  const command = (k.ctrlKey || k.metaKey) && !k.altKey;
  if (command && !k.shiftKey && k.key === 'Enter') return { kind: 'testLogin' };
  if (command && !k.shiftKey) {
    const step = STEP_CODES[k.code] ?? STEP_KEYS[k.key];
    if (step) return { kind: 'goToStep', step };
  }
  if (k.key === 'Escape' && !k.ctrlKey && !k.metaKey && !k.altKey && !k.shiftKey) return { kind: 'cancelTest' };
  // "?" is typed text in a field; elsewhere it opens the list (Shift+/ on most layouts).
  if (k.key === '?' && !k.ctrlKey && !k.metaKey && !k.altKey && !k.inTextField) return { kind: 'openHelp' };
  return undefined;
}

/** The help panel's list, with the modifier named for the admin's platform. */
export function shortcutList(mac: boolean): { keys: string[]; does: string }[] {
  const mod = mac ? '⌘' : 'Ctrl';
  return [
    { keys: [mod, 'Enter'], does: 'Run Test login (step 3), the same as pressing the button' },
    { keys: ['Esc'], does: 'Cancel the running test login' },
    { keys: [mod, '1 … 4'], does: 'Go to step 1, 2, 3 or 4 of this configuration' },
    { keys: ['?'], does: 'Show these shortcuts (when not typing in a field)' },
  ];
}
