/**
 * The one keydown listener behind the keyboard shortcuts (shortcuts.ts says
 * which key does what). A screen passes the actions it can do; a key whose
 * action it did not pass is left alone, for the browser or another screen.
 */
import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcuts';

/** Return false when the key does nothing here (e.g. Esc with no test running), so it keeps its usual meaning. */
export type ShortcutHandlers = { [K in ShortcutAction['kind']]?: (action: Extract<ShortcutAction, { kind: K }>) => boolean | void };

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
}

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: inTextField(event.target),
        dialogOpen: document.querySelector('dialog[open]') !== null,
        defaultPrevented: event.defaultPrevented,
      });
      if (!action) return;
      const handler = latest.current[action.kind] as ((a: ShortcutAction) => boolean | void) | undefined;
      if (!handler) return;
      if (handler(action) === false) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
