/** The keyboard shortcuts' key mapping (renderer/src/state/shortcuts.ts), as a user presses the keys. */
import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutList, type KeyFacts } from '../../renderer/src/state/shortcuts';

function press(key: string, more: Partial<KeyFacts> = {}): ReturnType<typeof shortcutFor> {
  const code = /^[0-9]$/.test(key) ? `Digit${key}` : key === '?' ? 'Slash' : key;
  return shortcutFor({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, inTextField: false, dialogOpen: false, defaultPrevented: false, ...more });
}

describe('shortcutFor', () => {
  it('Ctrl+Enter and Cmd+Enter run Test login, also from inside a field', () => {
    expect(press('Enter', { ctrlKey: true })).toEqual({ kind: 'testLogin' });
    expect(press('Enter', { metaKey: true })).toEqual({ kind: 'testLogin' });
    expect(press('Enter', { ctrlKey: true, inTextField: true })).toEqual({ kind: 'testLogin' });
  });

  it('Enter alone, Shift or Alt with Enter are not a shortcut (Enter saves the form)', () => {
    expect(press('Enter')).toBeUndefined();
    expect(press('Enter', { ctrlKey: true, shiftKey: true })).toBeUndefined();
    expect(press('Enter', { ctrlKey: true, altKey: true })).toBeUndefined();
  });

  it('Ctrl/Cmd+1…4 go to that step; 5 and plain digits do nothing', () => {
    for (const n of [1, 2, 3, 4] as const) {
      expect(press(String(n), { ctrlKey: true })).toEqual({ kind: 'goToStep', step: n });
      expect(press(String(n), { metaKey: true })).toEqual({ kind: 'goToStep', step: n });
    }
    expect(press('5', { ctrlKey: true })).toBeUndefined();
    expect(press('1')).toBeUndefined();
    expect(press('1', { ctrlKey: true, altKey: true })).toBeUndefined();
  });

  it('digits by key position, so a layout that types "&" on the 1 key (AZERTY) works too', () => {
    expect(shortcutFor({ key: '&', code: 'Digit1', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, inTextField: false, dialogOpen: false, defaultPrevented: false })).toEqual({ kind: 'goToStep', step: 1 });
    expect(shortcutFor({ key: '3', code: 'Numpad3', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, inTextField: false, dialogOpen: false, defaultPrevented: false })).toEqual({ kind: 'goToStep', step: 3 });
  });

  it('Esc cancels (the screen decides whether a test is running); with a modifier it does not', () => {
    expect(press('Escape')).toEqual({ kind: 'cancelTest' });
    expect(press('Escape', { inTextField: true })).toEqual({ kind: 'cancelTest' });
    expect(press('Escape', { shiftKey: true })).toBeUndefined();
  });

  it('? opens the list, but is plain text while typing in a field', () => {
    expect(press('?', { shiftKey: true })).toEqual({ kind: 'openHelp' });
    expect(press('?', { shiftKey: true, inTextField: true })).toBeUndefined();
    expect(press('?', { ctrlKey: true, shiftKey: true })).toBeUndefined();
  });

  it('an open dialog owns the keyboard: no shortcut at all, Esc included (the dialog closes itself)', () => {
    for (const [key, more] of [['Escape', {}], ['Enter', { ctrlKey: true }], ['2', { ctrlKey: true }], ['?', { shiftKey: true }]] as const) {
      expect(press(key, { ...more, dialogOpen: true })).toBeUndefined();
    }
  });

  it('a key another handler already used is left alone', () => {
    expect(press('Escape', { defaultPrevented: true })).toBeUndefined();
    expect(press('Enter', { ctrlKey: true, defaultPrevented: true })).toBeUndefined();
  });
});

describe('shortcutList', () => {
  it('names the modifier of the platform, and lists every shortcut', () => {
    const pc = shortcutList(false);
    const mac = shortcutList(true);
    expect(pc.map((s) => s.keys.join('+'))).toEqual(['Ctrl+Enter', 'Esc', 'Ctrl+1 … 4', '?']);
    expect(mac.map((s) => s.keys.join('+'))).toEqual(['⌘+Enter', 'Esc', '⌘+1 … 4', '?']);
  });
});
