/**
 * A labelled text field with hint, inline error and warning wired for screen
 * readers. A check's `suggestion` (e.g. the org identifier taken out of a
 * pasted Hub address) is offered as a one-click button that replaces the
 * value; characters copy and paste hid in the value are shown by name.
 */
import { useId, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import type { FieldCheck } from '../../../common/rules/field-checks';
import { hiddenCharacters } from '../../../common/rules/clean-pasted';
import '../styles/fields.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  check?: FieldCheck;
  /** Show the error only after the admin left the field or tried to save. */
  showError?: boolean;
}

export function TextField({ label, value, onChange, hint, check, showError = true, id, ...rest }: TextFieldProps) {
  const generated = useId();
  const input = useRef<HTMLInputElement>(null);
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const messageId = `${inputId}-message`;
  const error = showError ? check?.error : undefined;
  const warning = check?.warning;
  const describedBy = [hint ? hintId : '', error || warning ? messageId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        ref={input}
        id={inputId}
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        spellCheck={false}
        autoComplete="off"
        {...rest}
      />
      <FieldMessage
        id={messageId}
        error={error}
        warning={warning}
        pasted={check ? value : ''}
        suggestion={check?.suggestion}
        onUse={(suggested) => {
          onChange(suggested);
          input.current?.focus();
        }}
      />
    </div>
  );
}

export interface FieldMessageProps {
  id: string;
  error?: string;
  warning?: string;
  /** The value as typed, to name what copy and paste hid in it ('' for none). */
  pasted: string;
  suggestion?: string;
  onUse: (suggestion: string) => void;
}

/** The line under a field: its error or note, the suggested value as a button, the hidden characters by name. */
export function FieldMessage({ id, error, warning, pasted, suggestion, onUse }: FieldMessageProps) {
  const hidden = hiddenCharacters(pasted);
  return (
    <>
      <p id={id} className={error ? 'field-error' : 'field-warning'}>
        {error ? `Error: ${error}` : warning ? `Note: ${warning}` : ''}
        {hidden.length > 0 && (
          <span className="field-pasted">
            {' '}
            As pasted:{' '}
            <code className="field-pasted-value">
              {hidden.map((part, i) =>
                part.hidden ? (
                  <span key={i} className="hidden-char">
                    {part.text}
                  </span>
                ) : (
                  part.text
                ),
              )}
            </code>
          </span>
        )}
      </p>
      {suggestion !== undefined && suggestion !== pasted && (
        <button type="button" className="field-suggestion" onClick={() => onUse(suggestion)}>
          Use “{suggestion}”
        </button>
      )}
    </>
  );
}
