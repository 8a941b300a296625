/**
 * The client secret is write-only: typed once, sent with `setSecret` on save,
 * then the field shows only that a secret is stored. "Copy secret" asks the
 * main side to put it on the clipboard; the window never holds it.
 */
import { useId } from 'react';
import { useApp } from '../state/store';
import { checkSecret } from '../../../common/rules/field-checks';
import { LockIcon } from './Icons';
import { idpSteps } from '../idp/steps';

export function SecretField({ showError }: { showError: boolean }) {
  const config = useApp((s) => s.config)!;
  const draft = useApp((s) => s.draft);
  const setDraft = useApp((s) => s.setDraft);
  const id = useId();
  const editing = !config.hasSecret || draft.replacingSecret === true;
  const value = draft.secret ?? '';
  const check = checkSecret(value, config.idpKind);
  const error = showError && editing ? check.error : undefined;

  const copySecret = useApp((s) => s.copySecret);

  if (!editing) {
    return (
      <div className="field">
        <p className="field-label" id={`${id}-label`}>
          Client secret
        </p>
        <div className="secret-stored">
          <span className="secret-stored-text">
            <LockIcon /> A client secret is stored in the keychain
          </span>
          <button type="button" onClick={() => setDraft({ replacingSecret: true, secret: '' })}>
            Replace
          </button>
          <button type="button" onClick={() => void copySecret(config.id)}>
            Copy secret
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>Client secret</label>
      <p id={`${id}-hint`} className="field-hint">
        {idpSteps(config.idpKind).credentials.secretHint} Saved to the system keychain, never to disk; this
        window cannot show it again.
      </p>
      <div className="secret-input-row">
        <input
          id={id}
          type="password"
          value={value}
          onChange={(e) => setDraft({ secret: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint ${id}-message`}
          autoComplete="off"
          spellCheck={false}
          maxLength={1024}
        />
        {config.hasSecret && (
          <button type="button" onClick={() => setDraft({ replacingSecret: false, secret: undefined })}>
            Keep the stored secret
          </button>
        )}
      </div>
      <p id={`${id}-message`} className={error ? 'field-error' : 'field-warning'}>
        {error ? `Error: ${error}` : value && check.warning ? `Note: ${check.warning}` : ''}
      </p>
    </div>
  );
}
