/**
 * Home: saved configurations, most recently changed first (organization, IdP,
 * status, progress), "New configuration", continue with the last one changed,
 * search (above 5), open on the step it is at, duplicate, delete with Undo,
 * export all and import from a file (a failed import explains itself here).
 */
import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { ConfigSummary, Protocol } from '../../../common/contract';
import { Dialog } from '../components/Dialog';
import { ErrorBox } from '../components/DiagnosisView';
import { displayName, useApp, type ImportAnswer } from '../state/store';
import { STEPS, stepById, stepTitle } from '../steps';
import { onlyConfigurations } from '../import-conflicts';
import { StatusBadge } from '../components/StatusBadge';
import { useConfigStatus } from '../state/config-status';
import { resumeTarget, stepsDoneOf, stepToOpen } from '../state/configs';
import { IdpChooser } from '../components/IdpChooser';
import { idpIdentities, idpIdentity, type IdpProfileId } from '../../../common/idp/identities';
import { secretExpiry } from '../../../common/rules/secret-expiry';
import '../styles/home.css';

/** "Okta, Microsoft Entra ID or Google Workspace": every profile the app knows, for the heading. */
const IDP_NAMES = idpIdentities.map((p) => p.displayName).reduce((all, name, i, list) => (i === 0 ? name : `${all}${i === list.length - 1 ? ' or ' : ', '}${name}`), '');

/** Above this many configurations, a search box appears. */
const SEARCH_FROM = 6;

/** Whether a configuration matches what the admin typed: its name, organization or issuer host. */
function matches(config: ConfigSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  let host = '';
  try {
    host = new URL(config.issuerUrl).host;
  } catch {
    host = config.issuerUrl;
  }
  return [displayName(config), config.name, config.orgId, host].some((v) => v.toLowerCase().includes(q));
}

export function HomeScreen() {
  // The list renders in the background, in slices that yield to input: with 100 configurations stored, drawing the
  // cards at once kept the main thread busy for 250–500 ms at start-up, with "New configuration" already drawn (issue 15).
  const configs = useDeferredValue(useApp((s) => s.configs));
  const error = useApp((s) => s.configsError);
  const createConfig = useApp((s) => s.createConfig);
  const loadConfigs = useApp((s) => s.loadConfigs);
  const [creating, setCreating] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Configurations — SSO Setup Assistant';
  }, []);

  const resume = configs ? resumeTarget(configs) : undefined;
  const [query, setQuery] = useState('');
  const searching = (configs?.length ?? 0) >= SEARCH_FROM;
  const shown = configs?.filter((c) => !searching || matches(c, query));

  return (
    <section aria-labelledby="home-title" className="screen home">
      <div className="screen-head">
        <h1 id="home-title" ref={heading}>
          Connect {IDP_NAMES} to your Hugging Face organization
        </h1>
        <p className="lead">
          Four steps, with a picture of every screen you touch. Before you paste anything into the Hub, the
          assistant runs the same login the Hub will run and tells you exactly what works and what does not.
        </p>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={creating}
            aria-haspopup="dialog"
            onClick={() => setChoosing(true)}
          >
            New configuration
          </button>
          <IdpChooser
            open={choosing}
            busy={creating}
            onCancel={() => setChoosing(false)}
            onCreate={async (idp: IdpProfileId, protocol: Protocol) => {
              setCreating(true);
              await createConfig(idp, protocol);
              setCreating(false);
              setChoosing(false);
            }}
          />
          <ImportExport hasConfigs={(configs?.length ?? 0) > 0} />
        </div>
        <ImportError />
      </div>

      <UndoBar />

      {error && <ErrorBox diagnosis={error}><button type="button" onClick={() => void loadConfigs()}>Try again</button></ErrorBox>}

      {resume && <ResumeCard config={resume} />}

      <div className="list-head">
        <h2>Saved configurations</h2>
        {searching && (
          <label className="config-search">
            <span>Search</span>
            <input type="search" value={query} placeholder="Name, organization or issuer" onChange={(e) => setQuery(e.target.value)} />
          </label>
        )}
      </div>
      {!configs && !error && <p className="muted">Loading…</p>}
      {configs && configs.length === 0 && (
        <p className="empty">No configuration yet. Press “New configuration” to start the guided setup.</p>
      )}
      {shown && configs && configs.length > 0 && shown.length === 0 && (
        <p className="empty" role="status">
          No configuration matches “{query.trim()}”.
        </p>
      )}
      {shown && shown.length > 0 && (
        <ul className="config-list">
          {shown.map((c) => (
            <ConfigRow key={c.id} config={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Why the last import failed, once, near the button that started it; stays until dismissed or the next import. */
function ImportError() {
  const importError = useApp((s) => s.importError);
  const dismiss = useApp((s) => s.dismissImportError);
  if (!importError) return null;
  return (
    <div className="import-error">
      <ErrorBox diagnosis={importError} headingLevel={2}>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </ErrorBox>
    </div>
  );
}

/**
 * "Deleted “name”. Undo" while the delete can be undone: a polite live region that is always in the page
 * (so screen readers hear the change), with Ctrl/Cmd+Z as a shortcut outside text fields.
 */
function UndoBar() {
  const undo = useApp((s) => s.undo);
  const undoDelete = useApp((s) => s.undoDelete);
  const finishDelete = useApp((s) => s.finishDelete);
  useEffect(() => {
    if (!undo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      // In a text field Ctrl/Cmd+Z undoes typing.
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      e.preventDefault();
      void undoDelete();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, undoDelete]);
  return (
    <div role="status" aria-label="Undo delete" className={undo ? 'undo-bar undo-bar-visible' : 'undo-bar'}>
      {undo && (
        <>
          <span>Deleted “{undo.name}”.</span>
          <button type="button" className="primary" onClick={() => void undoDelete()} aria-keyshortcuts="Control+Z Meta+Z">
            Undo
          </button>
          <button type="button" onClick={() => void finishDelete()}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}

function ResumeCard({ config }: { config: ConfigSummary }) {
  const navigate = useApp((s) => s.navigate);
  const step = stepById(stepToOpen(config));
  return (
    <div className="resume-card">
      <div>
        <h2 className="resume-title">Continue where you left off</h2>
        <p>
          <strong>{displayName(config)}</strong> — step {step.number}: {stepTitle(step.id, config.idpKind, config.protocol)}
        </p>
      </div>
      <button type="button" className="primary" onClick={() => navigate({ name: 'config', id: config.id, step: step.id })}>
        Continue<span className="sr-only"> with {displayName(config)}</span>
      </button>
    </div>
  );
}

/** The configuration's one status (common/rules/config-status.ts), as on every screen. */
function ConfigStatusText({ config }: { config: ConfigSummary }) {
  return <StatusBadge status={useConfigStatus(config)} withDetail />;
}

/** Four marks of one fixed size in a fixed-width column, so cards line up; the words say it too. */
function StepMarks({ config }: { config: ConfigSummary }) {
  const done = stepsDoneOf(config);
  const count = STEPS.filter((s) => done[s.id]).length;
  return (
    <span className="step-progress">
      <span className="step-marks" aria-hidden="true">
        {STEPS.map((s) => (
          <span key={s.id} className={done[s.id] ? 'step-mark step-mark-done' : 'step-mark'}>
            {done[s.id] ? '✓' : s.number}
          </span>
        ))}
      </span>
      <span className="step-count">{count} of {STEPS.length} steps done</span>
      <span className="sr-only">: {STEPS.map((s) => `step ${s.number} ${done[s.id] ? 'done' : 'not done'}`).join(', ')}</span>
    </span>
  );
}

/** The client secret's recorded expiry (Entra's), ahead of time: warning colours when near or past. */
/** An Entra secret's recorded expiry, or a SAML configuration's signing certificate's (read from the certificate itself). */
function SecretExpiryFact({ config }: { config: ConfigSummary }) {
  const saml = config.protocol === 'saml';
  const expiry = secretExpiry(saml ? config.saml?.certificateExpiresOn : config.secretExpiresOn, Date.now());
  if (expiry.state === 'unknown') return null;
  const warn = expiry.state !== 'ok';
  return (
    <div>
      <dt>{saml ? 'Signing certificate' : 'Client secret'}</dt>
      <dd>
        <span className={warn ? 'secret-expiry-warning' : undefined}>
          {saml ? 'Certificate' : 'Secret'} {expiry.text}
        </span>
      </dd>
    </div>
  );
}

/** Memoised: a change to one configuration, or the search, redraws only the cards it touches. */
const ConfigRow = memo(function ConfigRow({ config }: { config: ConfigSummary }) {
  const navigate = useApp((s) => s.navigate);
  const duplicateConfig = useApp((s) => s.duplicateConfig);
  const deleteConfig = useApp((s) => s.deleteConfig);
  const name = displayName(config);
  const titleId = `config-${config.id}`;
  return (
    <li className="config-card" aria-labelledby={titleId}>
      <div className="config-card-main">
        <h3 id={titleId} className="config-name">
          {name}
        </h3>
        <dl className="config-facts">
          <div>
            <dt>Organization</dt>
            <dd>{config.orgId || <span className="muted">not set</span>}</dd>
          </div>
          <div>
            <dt>Identity provider</dt>
            <dd>
              {idpIdentity(config.idpKind).displayName} · {config.protocol === 'saml' ? 'SAML' : 'OIDC'}
            </dd>
          </div>
          <SecretExpiryFact config={config} />
          <div>
            <dt>Status</dt>
            <dd>
              <ConfigStatusText config={config} />
            </dd>
          </div>
          <div className="config-progress">
            <dt>Progress</dt>
            <dd>
              <StepMarks config={config} />
            </dd>
          </div>
        </dl>
      </div>
      <div className="config-actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'config', id: config.id, step: stepToOpen(config) })}>
          Open<span className="sr-only"> {name}</span>
        </button>
        <button type="button" onClick={() => navigate({ name: 'history', id: config.id })}>
          History<span className="sr-only"> of {name}</span>
        </button>
        <button type="button" onClick={() => void duplicateConfig(config.id)}>
          Duplicate<span className="sr-only"> {name}</span>
        </button>
        <button type="button" className="danger-outline" onClick={() => void deleteConfig(config.id)}>
          Delete<span className="sr-only"> {name}</span>
        </button>
      </div>
    </li>
  );
});

function ImportExport({ hasConfigs }: { hasConfigs: boolean }) {
  const notify = useApp((s) => s.notify);
  const exportConfigs = useApp((s) => s.exportConfigs);
  const importConfigs = useApp((s) => s.importConfigs);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ json: string; answer: ImportAnswer } | undefined>();
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    setBusy(true);
    await exportConfigs();
    setBusy(false);
  };

  const importJson = async (json: string, onConflict: 'report' | 'keep-both' | 'replace') => {
    setBusy(true);
    const answer = await importConfigs(json, onConflict);
    if (answer) {
      const asked = onConflict === 'report' && answer.conflicts.length > 0;
      // Everything new is already in; the admin's choice applies to the conflicts only.
      setPending(asked ? { json: onlyConfigurations(json, answer.conflicts.map((c) => c.id)), answer } : undefined);
    }
    setBusy(false);
  };

  const readFile = (file: File) => {
    const reader = new FileReader();
    reader.onload = () => void importJson(String(reader.result ?? ''), 'report');
    reader.onerror = () => notify('Could not read that file.', 'error');
    reader.readAsText(file);
  };

  return (
    <>
      <button type="button" onClick={() => void exportAll()} disabled={busy || !hasConfigs}>
        Export all
      </button>
      <label className="button-like">
        Import from a file
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) readFile(file);
            e.target.value = '';
          }}
          disabled={busy}
        />
      </label>
      <Dialog
        open={pending !== undefined}
        title="Some configurations already exist"
        onClose={() => setPending(undefined)}
        actions={
          <>
            <button type="button" onClick={() => setPending(undefined)}>
              Skip them
            </button>
            <button type="button" onClick={() => pending && void importJson(pending.json, 'keep-both')}>
              Keep both
            </button>
            <button type="button" className="danger" onClick={() => pending && void importJson(pending.json, 'replace')}>
              Replace existing
            </button>
          </>
        }
      >
        {pending && (
          <>
            <p>
              Imported {pending.answer.imported.length}. These {pending.answer.conflicts.length} are already on this computer and
              were not changed:
            </p>
            <ul>
              {pending.answer.conflicts.map((c) => (
                <li key={c.id}>{displayName({ name: c.name, orgId: c.orgId ?? '' })}</li>
              ))}
            </ul>
            <p>Keep both makes copies with new identifiers; Replace overwrites the ones here.</p>
          </>
        )}
      </Dialog>
    </>
  );
}
