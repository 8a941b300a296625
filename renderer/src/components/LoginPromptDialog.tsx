/**
 * What the login window asks the admin, one question at a time: a user name
 * and password for a site or a proxy, or which client certificate to send.
 * Esc, Cancel and "Send no certificate" send nothing. The password lives only
 * in this form's state while typed and is cleared the moment it is sent or
 * the question is cancelled.
 */
import { useId, useState, type FormEvent } from 'react';
import type { CertificatePrompt, CredentialsPrompt } from '../../../common/contract';
import { formatTestTime } from '../../../common/rules/format-time';
import '../styles/login-prompts.css';
import { useApp } from '../state/store';
import { Dialog } from './Dialog';
import { TextField } from './TextField';

export function LoginPromptDialog() {
  const prompt = useApp((s) => s.loginPrompts[0]);
  const decline = useApp((s) => s.declineLoginPrompt);
  if (!prompt) return null;
  // Keyed by the question: a new question starts with empty fields.
  return prompt.kind === 'credentials' ? (
    <CredentialsDialog key={prompt.id} prompt={prompt} onDecline={() => void decline(prompt.id)} />
  ) : (
    <CertificateDialog key={prompt.id} prompt={prompt} onDecline={() => void decline(prompt.id)} />
  );
}

/** "about 3 minutes": how long the question stays open. */
function openFor(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 1 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${Math.round(ms / 1000)} seconds`;
}

function AnswerError() {
  const error = useApp((s) => s.loginPromptError);
  return (
    <p role="alert" className="field-error">
      {error ? `${error.title} (${error.code}). ${error.cause}` : ''}
    </p>
  );
}

export function CredentialsDialog({ prompt, onDecline }: { prompt: CredentialsPrompt; onDecline: () => void }) {
  const send = useApp((s) => s.sendCredentials);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const formId = useId();
  const where = `${prompt.host}:${prompt.port}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword('');
    void send(prompt.id, username, typed);
  };
  const cancel = () => {
    setPassword('');
    onDecline();
  };

  return (
    <Dialog
      open
      title={prompt.isProxy ? 'Your network’s proxy asks you to sign in' : 'A site asks you to sign in'}
      onClose={cancel}
      actions={
        <>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="primary" form={formId}>
            Sign in
          </button>
        </>
      }
    >
      <p>
        {prompt.isProxy ? 'The proxy ' : ''}
        <strong>{where}</strong> asks the login window for a user name and password
        {prompt.realm ? ` for “${prompt.realm}”` : ''}{' '}
        ({prompt.scheme} authentication).
      </p>
      {prompt.retry && <p className="field-warning">What was given before was not accepted.</p>}
      <p className="muted">Used once, for this login, and never saved. Cancel sends nothing; unanswered for {openFor(prompt.expiresInMs)}, nothing is sent either.</p>
      <form id={formId} onSubmit={submit}>
        <TextField label="User name" value={username} onChange={setUsername} autoFocus name="login-prompt-user" />
        <TextField label="Password" type="password" value={password} onChange={setPassword} name="login-prompt-password" />
      </form>
      <AnswerError />
    </Dialog>
  );
}

function expiry(expiresAt: string | null): string {
  if (!expiresAt) return 'expiry unknown';
  return `${Date.parse(expiresAt) < Date.now() ? 'expired' : 'expires'} ${formatTestTime(expiresAt)}`;
}

export function CertificateDialog({ prompt, onDecline }: { prompt: CertificatePrompt; onDecline: () => void }) {
  const send = useApp((s) => s.sendCertificate);
  const [chosen, setChosen] = useState<string | null>(null);
  const legendId = useId();
  const radioName = useId();

  return (
    <Dialog
      open
      wide
      title="A site asks for a client certificate"
      onClose={onDecline}
      actions={
        <>
          <button type="button" onClick={onDecline}>
            Send no certificate
          </button>
          <button type="button" className="primary" disabled={chosen === null} onClick={() => chosen && void send(prompt.id, chosen)}>
            Send this certificate
          </button>
        </>
      }
    >
      <p>
        <strong>{prompt.host}</strong> asks the login window to identify you or this device with a certificate. Nothing is sent until you choose; unanswered for{' '}
        {openFor(prompt.expiresInMs)}, none is sent.
      </p>
      <fieldset className="certificate-choices" aria-labelledby={legendId}>
        <legend id={legendId}>Certificates on this machine</legend>
        {prompt.certificates.map((c) => (
          <label key={c.fingerprint} className="certificate-choice">
            <input type="radio" name={radioName} value={c.fingerprint} checked={chosen === c.fingerprint} onChange={() => setChosen(c.fingerprint)} />
            <span>
              <strong>{c.subjectName || '(no name)'}</strong>
              <br />
              <span className="muted">
                Issued by {c.issuerName || '(unknown)'} · {expiry(c.expiresAt)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <AnswerError />
    </Dialog>
  );
}
