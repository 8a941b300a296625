/**
 * "New configuration" asks which identity provider: one radio card per IdP
 * profile (common/idp/identities.ts), Okta preselected. Arrow keys move between
 * the cards, Enter or "Create" creates, Esc cancels.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_IDP, idpIdentities, type IdpProfileId } from '../../../common/idp/identities';
import { Dialog } from './Dialog';

/** A sentence under each IdP's name, saying where the admin will work. */
function consoleLine(consoleName: string): string {
  return `You work in the ${consoleName}.`;
}

export function IdpChooser({ open, busy, onCreate, onCancel }: { open: boolean; busy: boolean; onCreate: (idp: IdpProfileId) => void; onCancel: () => void }) {
  const [chosen, setChosen] = useState<IdpProfileId>(DEFAULT_IDP);
  // Every opening starts from the default.
  useEffect(() => {
    if (open) setChosen(DEFAULT_IDP);
  }, [open]);
  const create = () => {
    if (!busy) onCreate(chosen);
  };
  return (
    <Dialog
      open={open}
      title="New configuration"
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={create} disabled={busy}>
            Create
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <fieldset className="idp-choices">
          <legend>Which identity provider do your members sign in with?</legend>
          {idpIdentities.map((p) => (
            <label key={p.id} className={p.id === chosen ? 'idp-choice idp-choice-chosen' : 'idp-choice'}>
              <input
                type="radio"
                name="idp"
                value={p.id}
                checked={p.id === chosen}
                onChange={() => setChosen(p.id as IdpProfileId)}
                onKeyDown={(e) => {
                  // Enter on a radio does not submit a form in every browser: make it.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    create();
                  }
                }}
                autoFocus={p.id === chosen}
              />
              <span className="idp-choice-text">
                <span className="idp-choice-name">{p.displayName}</span>
                <span className="idp-choice-note">{consoleLine(p.consoleName)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}
