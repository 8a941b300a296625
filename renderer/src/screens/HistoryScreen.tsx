/** The test history of one configuration, readable offline. */
import { useEffect } from 'react';
import { ErrorBox } from '../components/DiagnosisView';
import { formatMs, formatWhen } from '../components/CheckMark';
import { displayName, useApp } from '../state/store';

export function HistoryScreen() {
  const config = useApp((s) => s.config);
  const configError = useApp((s) => s.configError);
  const history = useApp((s) => s.history);
  const error = useApp((s) => s.historyError);
  const route = useApp((s) => s.route);
  const id = route.name === 'history' ? route.id : '';

  useEffect(() => {
    document.title = 'Test history — SSO Setup Assistant';
  }, []);

  const name = config && config.id === id ? displayName(config) : '';
  return (
    <section className="screen" aria-labelledby="history-title">
      <p className="config-breadcrumb">
        <a href="#/">All configurations</a>
        {config && config.id === id && (
          <>
            {' '}
            · <a href={`#/config/${id}`}>Back to {name}</a>
          </>
        )}
      </p>
      <h1 id="history-title">Test history{name ? `: ${name}` : ''}</h1>
      {configError && <ErrorBox diagnosis={configError} />}
      {error && <ErrorBox diagnosis={error} />}
      {!history && !error && !configError && <p className="muted">Loading…</p>}
      {history && history.length === 0 && <p className="empty">No test yet for this configuration.</p>}
      {history && history.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Test history table">
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Outcome</th>
                <th scope="col">Details</th>
                <th scope="col">Stages</th>
                <th scope="col">App version</th>
              </tr>
            </thead>
            <tbody>
              {history.map((r) => (
                <tr key={r.id}>
                  <td>{formatWhen(r.at)}</td>
                  <td>{r.kind === 'test-login' ? 'Test login' : 'Issuer check'}</td>
                  <td className={`outcome outcome-${r.outcome}`}>
                    <span aria-hidden="true">{r.outcome === 'success' ? '✓ ' : r.outcome === 'failure' ? '✗ ' : '– '}</span>
                    {r.outcome === 'success' ? 'Succeeded' : r.outcome === 'failure' ? 'Failed' : 'Cancelled'}
                  </td>
                  <td>
                    {r.code && (
                      <>
                        <code>{r.code}</code> {r.title}
                      </>
                    )}
                    {r.claims?.email && <div>User: {r.claims.email}</div>}
                  </td>
                  <td>{r.stages.map((s) => `${s.stage} ${formatMs(s.ms)}`).join(', ')}</td>
                  <td>{r.appVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
