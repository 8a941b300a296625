/**
 * Home: saved configurations (organization, IdP, last test and when),
 * "New configuration", resume where the admin left off, duplicate, delete
 * (after confirmation), export all and import from a file.
 */
import { useEffect, useRef, useState } from 'react';
import type { ConfigSummary } from '../../../common/contract';
import { CheckMark } from '../components/CheckMark';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import { ErrorBox } from '../components/DiagnosisView';
import { displayName, useApp, type ImportAnswer } from '../state/store';
import { STEPS, stepById } from '../steps';
import { onlyConfigurations } from '../import-conflicts';
import { StatusBadge } from '../components/StatusBadge';
import { useConfigStatus } from '../state/config-status';

export function HomeScreen() {
  const configs = useApp((s) => s.configs);
  const error = useApp((s) => s.configsError);
  const createConfig = useApp((s) => s.createConfig);
  const loadConfigs = useApp((s) => s.loadConfigs);
  const [creating, setCreating] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Configurations — SSO Setup Assistant';
  }, []);

  const resume = configs?.[0];

  return (
    <section aria-labelledby="home-title" className="screen">
      <div className="screen-head">
        <h1 id="home-title" ref={heading}>
          Connect Okta to your Hugging Face organization
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
            onClick={async () => {
              setCreating(true);
              await createConfig();
              setCreating(false);
            }}
          >
            New configuration
          </button>
          <ImportExport hasConfigs={(configs?.length ?? 0) > 0} />
        </div>
      </div>

      {error && <ErrorBox diagnosis={error}><button type="button" onClick={() => void loadConfigs()}>Try again</button></ErrorBox>}

      {resume && <ResumeCard config={resume} />}

      <h2>Saved configurations</h2>
      {!configs && !error && <p className="muted">Loading…</p>}
      {configs && configs.length === 0 && (
        <p className="empty">No configuration yet. Press “New configuration” to start the guided setup.</p>
      )}
      {configs && configs.length > 0 && (
        <ul className="config-list">
          {configs.map((c) => (
            <ConfigRow key={c.id} config={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function stepsDone(config: ConfigSummary): number {
  return STEPS.filter((s) => config.progress.done[s.id]).length;
}

function ResumeCard({ config }: { config: ConfigSummary }) {
  const navigate = useApp((s) => s.navigate);
  const step = stepById(config.progress.currentStep);
  if (stepsDone(config) === STEPS.length) return null;
  return (
    <div className="resume-card">
      <div>
        <h2 className="resume-title">Continue where you left off</h2>
        <p>
          <strong>{displayName(config)}</strong> — step {step.number}: {step.title}
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

function ConfigRow({ config }: { config: ConfigSummary }) {
  const navigate = useApp((s) => s.navigate);
  const duplicateConfig = useApp((s) => s.duplicateConfig);
  const deleteConfig = useApp((s) => s.deleteConfig);
  const [confirming, setConfirming] = useState(false);
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
            <dd>{config.idpKind === 'okta' ? 'Okta' : 'Other OIDC provider'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <ConfigStatusText config={config} />
            </dd>
          </div>
          <div>
            <dt>Progress</dt>
            <dd>
              <span className="step-dots">
                {STEPS.map((s) => (
                  <CheckMark key={s.id} done={config.progress.done[s.id] === true} label={`Step ${s.number} ${config.progress.done[s.id] ? 'done' : 'not done'}`} />
                ))}
              </span>{' '}
              {stepsDone(config)} of 4 steps done
            </dd>
          </div>
        </dl>
      </div>
      <div className="config-actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'config', id: config.id, step: config.progress.currentStep })}>
          Open<span className="sr-only"> {name}</span>
        </button>
        <button type="button" onClick={() => navigate({ name: 'history', id: config.id })}>
          History<span className="sr-only"> of {name}</span>
        </button>
        <button type="button" onClick={() => void duplicateConfig(config.id)}>
          Duplicate<span className="sr-only"> {name}</span>
        </button>
        <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>
          Delete<span className="sr-only"> {name}</span>
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Delete “${name}”?`}
        confirmLabel="Delete configuration"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          await deleteConfig(config.id);
        }}
      >
        <p>
          The configuration, its test history and its client secret in the keychain are removed from this computer.
          Nothing changes in Okta or on the Hub.
        </p>
      </ConfirmDialog>
    </li>
  );
}

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
                <li key={c.id}>{c.name || c.id}</li>
              ))}
            </ul>
            <p>Keep both makes copies with new identifiers; Replace overwrites the ones here.</p>
          </>
        )}
      </Dialog>
    </>
  );
}
