/**
 * A modal dialog on the native <dialog> element: focus moves in and is
 * trapped by the browser, Esc closes it, focus returns to the opener.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the bottom; a Close button is added when absent. */
  actions?: ReactNode;
  wide?: boolean;
  role?: 'dialog' | 'alertdialog';
  /**
   * Start with focus on the title rather than the first button: for a dialog
   * whose only button sits below tall content (an enlarged picture), so it
   * opens at the top instead of scrolled to that button.
   */
  focusTitle?: boolean;
}

export function Dialog({ open, title, onClose, children, actions, wide, role = 'dialog', focusTitle }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      if (focusTitle) {
        titleRef.current?.focus({ preventScroll: true });
        dialog.scrollTop = 0;
      }
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, focusTitle]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    const onClosed = () => {
      const target = opener.current;
      if (target instanceof HTMLElement) target.focus();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosed);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosed);
    };
  }, [onClose]);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={titleId} role={role === 'alertdialog' ? 'alertdialog' : undefined}>
      {open && (
        <div className="dialog-body">
          <h2 id={titleId} className="dialog-title" ref={titleRef} tabIndex={focusTitle ? -1 : undefined}>
            {title}
          </h2>
          <div className="dialog-content">{children}</div>
          <div className="dialog-actions">
            {actions ?? (
              <button type="button" onClick={onClose}>
                Close
              </button>
            )}
          </div>
        </div>
      )}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      role="alertdialog"
      actions={
        <>
          <button type="button" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
