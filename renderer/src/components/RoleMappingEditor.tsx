/**
 * Role mapping preview: the IdP Role Attribute Path and the mappings, as the
 * Hub takes them, and which Hub role and resource groups the last tested
 * user would get (computed on the main side by `previewRoles`).
 */
import { useState } from 'react';
import type { HubRole, RoleMapping, RolePreview, Diagnosis } from '../../../common/contract';
import { HUB_ROLES } from '../../../common/rules/hub-roles';
import { mappingWarnings } from '../../../common/rules/role-mapping';
import { useApp } from '../state/store';
import { formatWhen } from './CheckMark';
import { ErrorBox } from './DiagnosisView';

export function RoleMappingEditor() {
  const config = useApp((s) => s.config)!;
  const saveFields = useApp((s) => s.saveFields);
  const notify = useApp((s) => s.notify);
  const previewRoles = useApp((s) => s.previewRoles);
  const [mapping, setMapping] = useState<RoleMapping>(() => structuredClone(config.roleMapping));
  const [preview, setPreview] = useState<RolePreview | undefined>();
  const [error, setError] = useState<Diagnosis | undefined>();
  const [busy, setBusy] = useState(false);

  const hasRules = mapping.rules.length > 0 || mapping.resourceGroupRules.length > 0;
  const notes = mappingWarnings(mapping);
  // common/ asks for the path only in a preview (previewRoleMapping); here it is asked for before any preview.
  if (hasRules && mapping.attributePath.trim() === '') notes.push('Enter the IdP Role Attribute Path.');
  const changed = JSON.stringify(mapping) !== JSON.stringify(config.roleMapping);

  const runPreview = async () => {
    setBusy(true);
    setError(undefined);
    const answer = await previewRoles(config.id, mapping);
    if (answer.ok) setPreview(answer.value);
    else setError(answer.error);
    setBusy(false);
  };

  const apply = async () => {
    setBusy(true);
    if (await saveFields({ roleMapping: mapping })) notify('Role mapping kept with this configuration.');
    setBusy(false);
  };

  const updateRule = (i: number, patch: Partial<RoleMapping['rules'][number]>) =>
    setMapping({ ...mapping, rules: mapping.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const updateGroupRule = (i: number, patch: Partial<RoleMapping['resourceGroupRules'][number]>) =>
    setMapping({ ...mapping, resourceGroupRules: mapping.resourceGroupRules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });

  return (
    <section className="role-mapping" aria-labelledby="role-mapping-title">
      <h2 id="role-mapping-title">Role mapping preview (optional)</h2>
      <p>
        The Hub can set each member’s role from a claim. It reads the value at the <strong>IdP Role Attribute Path</strong>,
        and the <strong>first</strong> matching mapping wins; with no match, the invitation role or the organization’s default
        role applies. Resource-group mappings add access on top.
      </p>
      <div className="field">
        <label htmlFor="role-path">IdP Role Attribute Path</label>
        <p className="field-hint" id="role-path-hint">
          Dot notation into the ID token claims, e.g. <code>groups</code> or <code>user.role</code>.
        </p>
        <input
          id="role-path"
          type="text"
          value={mapping.attributePath}
          maxLength={200}
          aria-describedby="role-path-hint"
          onChange={(e) => setMapping({ ...mapping, attributePath: e.target.value })}
          spellCheck={false}
        />
      </div>

      <fieldset className="rules">
        <legend>Role mappings, in order</legend>
        {mapping.rules.length === 0 && <p className="muted">No mapping yet.</p>}
        <ol className="rule-list">
          {mapping.rules.map((rule, i) => (
            <li key={i} className="rule-row">
              <label>
                <span className="rule-label">IdP value for mapping {i + 1}</span>
                <input type="text" value={rule.idpValue} maxLength={500} onChange={(e) => updateRule(i, { idpValue: e.target.value })} />
              </label>
              <label>
                <span className="rule-label">Hub role for mapping {i + 1}</span>
                <select value={rule.role} onChange={(e) => updateRule(i, { role: e.target.value as HubRole })}>
                  {HUB_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => setMapping({ ...mapping, rules: mapping.rules.filter((_, j) => j !== i) })}>
                Remove<span className="sr-only"> mapping {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setMapping({ ...mapping, rules: [...mapping.rules, { idpValue: '', role: mapping.rules.length === 0 ? 'admin' : 'read' }] })}>
          Add role mapping
        </button>
      </fieldset>

      <fieldset className="rules">
        <legend>Resource-group mappings (additive)</legend>
        {mapping.resourceGroupRules.length === 0 && <p className="muted">No resource-group mapping.</p>}
        <ol className="rule-list">
          {mapping.resourceGroupRules.map((rule, i) => (
            <li key={i} className="rule-row">
              <label>
                <span className="rule-label">IdP value for group mapping {i + 1}</span>
                <input type="text" value={rule.idpValue} maxLength={500} onChange={(e) => updateGroupRule(i, { idpValue: e.target.value })} />
              </label>
              <label>
                <span className="rule-label">Resource group for group mapping {i + 1}</span>
                <input type="text" value={rule.resourceGroup} maxLength={200} onChange={(e) => updateGroupRule(i, { resourceGroup: e.target.value })} />
              </label>
              <label>
                <span className="rule-label">Role in group for group mapping {i + 1}</span>
                <select value={rule.role} onChange={(e) => updateGroupRule(i, { role: e.target.value as HubRole })}>
                  {HUB_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => setMapping({ ...mapping, resourceGroupRules: mapping.resourceGroupRules.filter((_, j) => j !== i) })}>
                Remove<span className="sr-only"> group mapping {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => setMapping({ ...mapping, resourceGroupRules: [...mapping.resourceGroupRules, { idpValue: '', resourceGroup: '', role: 'read' }] })}
        >
          Add resource-group mapping
        </button>
      </fieldset>

      {notes.length > 0 && (
        <ul className="warning-list">
          {notes.map((w) => (
            <li key={w}>Note: {w}</li>
          ))}
        </ul>
      )}

      <div className="form-actions">
        <button type="button" onClick={() => void runPreview()} disabled={busy}>
          Preview roles
        </button>
        <button type="button" onClick={() => void apply()} disabled={busy || !changed}>
          Keep this mapping
        </button>
        <span className="save-state">{changed ? 'Not kept yet' : ''}</span>
      </div>

      <div role="status" aria-label="Role preview" className="role-preview">
        {error && <ErrorBox diagnosis={error} />}
        {preview && <PreviewView preview={preview} />}
      </div>
    </section>
  );
}

function PreviewView({ preview }: { preview: RolePreview }) {
  return (
    <div>
      <p>
        {preview.basedOnTestAt ? <>Based on the user of the test on {formatWhen(preview.basedOnTestAt)}: </> : <>No successful test yet: </>}
        {preview.role ? (
          <>
            Hub role <strong>{preview.role}</strong>
            {preview.matchedRule !== null ? <> (mapping {preview.matchedRule + 1} matched first)</> : null}.
          </>
        ) : (
          <>no mapping matches, so the invitation role or the organization’s default role applies.</>
        )}
      </p>
      <p>
        Values at the path:{' '}
        {preview.valuesAtPath.length ? preview.valuesAtPath.map((v) => <code key={v} className="chip">{v}</code>) : <span className="muted">none</span>}
      </p>
      {preview.resourceGroups.length > 0 && (
        <p>
          Resource groups:{' '}
          {preview.resourceGroups.map((g) => (
            <span key={g.resourceGroup} className="chip">
              {g.resourceGroup} ({g.role})
            </span>
          ))}
        </p>
      )}
      {preview.warnings.length > 0 && (
        <ul className="warning-list">
          {preview.warnings.map((w) => (
            <li key={w}>Warning: {w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
