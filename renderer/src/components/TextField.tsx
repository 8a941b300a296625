/** A labelled text field with hint, inline error and warning wired for screen readers. */
import { useId, type InputHTMLAttributes } from 'react';
import type { FieldCheck } from '../../../common/rules/field-checks';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  check?: FieldCheck;
  /** Show the error only after the admin left the field or tried to save. */
  showError?: boolean;
}

export function TextField({ label, value, onChange, hint, check, showError = true, id, ...rest }: TextFieldProps) {
  const generated = useId();
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
      <p id={messageId} className={error ? 'field-error' : 'field-warning'}>
        {error ? `Error: ${error}` : warning ? `Note: ${warning}` : ''}
      </p>
    </div>
  );
}
