/**
 * "New configuration" asks which identity provider (one radio card per IdP
 * profile, common/idp/identities.ts, Okta preselected) and which protocol the
 * Hub will use with it (OpenID Connect preselected, or SAML 2.0). Arrow keys
 * move between the cards of a group, Enter or "Create" creates, Esc cancels.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Protocol } from '../../../common/contract';
import { DEFAULT_IDP, idpIdentities, type IdpProfileId } from '../../../common/idp/identities';
import { Dialog } from './Dialog';

/** The two protocols the Hub offers, in the words of its SSO settings. */
const PROTOCOLS: readonly { id: Protocol; name: string; note: string }[] = [
  { id: 'oidc', name: 'OpenID Connect (OIDC)', note: 'Client ID, client secret and Issuer URL. The simplest to set up.' },
  { id: 'saml', name: 'SAML 2.0', note: 'The IdP’s SSO URL and signing certificate, or its metadata. For organizations that standardise on SAML.' },
];

/** A sentence under each IdP's name, saying where the admin will work. */
function consoleLine(consoleName: string): string {
  return `You work in the ${consoleName}.`;
}

export function IdpChooser({
  open,
  busy,
  onCreate,
  onCancel,
}: {
  open: boolean;
  busy: boolean;
  onCreate: (idp: IdpProfileId, protocol: Protocol) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState<IdpProfileId>(DEFAULT_IDP);
  const [protocol, setProtocol] = useState<Protocol>('oidc');
  // Every opening starts from the defaults.
  useEffect(() => {
    if (open) {
      setChosen(DEFAULT_IDP);
      setProtocol('oidc');
    }
  }, [open]);
  const create = () => {
    if (!busy) onCreate(chosen, protocol);
  };
  // Enter on a radio does not submit a form in every browser: make it.
  const enterCreates = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      create();
    }
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
                onKeyDown={enterCreates}
                autoFocus={p.id === chosen}
              />
              <span className="idp-choice-text">
                <span className="idp-choice-name">{p.displayName}</span>
                <span className="idp-choice-note">{consoleLine(protocol === 'saml' ? (p.samlConsoleName ?? p.consoleName) : p.consoleName)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="idp-choices protocol-choices">
          <legend>Which protocol will the Hub use?</legend>
          {PROTOCOLS.map((p) => (
            <label key={p.id} className={p.id === protocol ? 'idp-choice idp-choice-chosen' : 'idp-choice'}>
              <input type="radio" name="protocol" value={p.id} checked={p.id === protocol} onChange={() => setProtocol(p.id)} onKeyDown={enterCreates} />
              <span className="idp-choice-text">
                <span className="idp-choice-name">{p.name}</span>
                <span className="idp-choice-note">{p.note}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </form>
    </Dialog>
  );
}
