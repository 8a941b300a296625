/**
 * Role mapping preview: the IdP Role Attribute Path and the mappings, as the
 * Hub takes them, and which Hub role and resource groups every user tested on
 * this configuration would get (computed on the main side by `previewRoles`
 * with common/rules/role-mapping.ts): a table "user → Hub role → resource
 * groups → why", and for the chosen user every matching mapping with what it
 * alone would give, the winner marked.
 */
import { useState } from 'react';
import type { HubRole, RoleMapping, RoleMatch, RolePreview, Diagnosis, TestedUserPreview } from '../../../common/contract';
import { hubFacts } from '../../../common/rules/hub-facts';
import { HUB_ROLES, roleHierarchyText } from '../../../common/rules/hub-roles';
import { mappingWarnings } from '../../../common/rules/role-mapping';
import { useApp } from '../state/store';
import { formatTestTime } from '../../../common/rules/format-time';
import { ErrorBox } from './DiagnosisView';
import { idpProfile } from '../../../common/idp/profiles';
import { idpClaimFacts } from '../../../common/idp/claim-facts';
import '../styles/roles.css';

export function RoleMappingEditor() {
  const config = useApp((s) => s.config)!;
  const saveFields = useApp((s) => s.saveFields);
  const notify = useApp((s) => s.notify);
  const previewRoles = useApp((s) => s.previewRoles);
  const [mapping, setMapping] = useState<RoleMapping>(() => structuredClone(config.roleMapping));
  const [preview, setPreview] = useState<{ answer: RolePreview; mapping: RoleMapping } | undefined>();
  const [chosenSub, setChosenSub] = useState<string | undefined>();
  const [error, setError] = useState<Diagnosis | undefined>();
  const [busy, setBusy] = useState(false);

  const hasRules = mapping.rules.length > 0 || mapping.resourceGroupRules.length > 0;
  const notes = mappingWarnings(mapping);
  // common/ asks for the path only in a preview (previewRoleMapping); here it is asked for before any preview.
  if (hasRules && mapping.attributePath.trim() === '') notes.push('Enter the IdP Role Attribute Path.');
  const changed = JSON.stringify(mapping) !== JSON.stringify(config.roleMapping);
  const saml = config.protocol === 'saml';
  const testedAttributes = useTestedAttributeNames();

  const runPreview = async () => {
    setBusy(true);
    setError(undefined);
    const asked = structuredClone(mapping);
    const answer = await previewRoles(config.id, asked);
    if (answer.ok) setPreview({ answer: answer.value, mapping: asked });
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
        The Hub can set each member’s role from a claim. It reads the value at the <strong>IdP Role Attribute Path</strong>;
        when several mappings match, <MatchRule />. With no match, the user keeps their invitation role, else gets the
        organization’s default role. Resource-group mappings add access on top. Test several accounts (an admin, a reader)
        to see each one’s role below.
      </p>
      <IdpRoleFacts />
      <div className="field">
        <label htmlFor="role-path">IdP Role Attribute Path</label>
        <p className="field-hint" id="role-path-hint">
          {saml ? (
            <>
              A SAML attribute’s exact Name, as the assertion carries it: a name such as <code>groups</code>, or a URI such as{' '}
              <code>http://schemas.microsoft.com/ws/2008/06/identity/claims/role</code>.
            </>
          ) : (
            <>
              Dot notation into the ID token claims, e.g. <code>groups</code> or <code>user.role</code>.
            </>
          )}
        </p>
        <input
          id="role-path"
          type="text"
          value={mapping.attributePath}
          maxLength={200}
          aria-describedby="role-path-hint"
          onChange={(e) => setMapping({ ...mapping, attributePath: e.target.value })}
          spellCheck={false}
          {...(saml && testedAttributes.length > 0 ? { list: 'role-path-attributes' } : {})}
        />
        {saml && testedAttributes.length > 0 && (
          <datalist id="role-path-attributes">
            {testedAttributes.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        )}
      </div>

      <fieldset className="rules">
        <legend>Role mappings</legend>
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
        {preview && <PreviewSummary preview={preview.answer} />}
      </div>
      {preview && (
        <RolePreviewDetails
          preview={preview.answer}
          mapping={preview.mapping}
          stale={JSON.stringify(preview.mapping) !== JSON.stringify(mapping)}
          chosenSub={chosenSub}
          onChoose={setChosenSub}
        />
      )}
    </section>
  );
}

/** How the Hub settles several matches (hubFacts.roleMatch), in words. */
function MatchRule() {
  return hubFacts.roleMatch.value === 'first-listed' ? (
    <>
      the <strong>first</strong> one listed wins
    </>
  ) : (
    <>
      the <strong>most privileged</strong> matching role wins ({roleHierarchyText()}), whatever their order
    </>
  );
}

/** Who a row is about: the email when the IdP sent one, else the subject. */
function userName(user: TestedUserPreview): string {
  return user.email ?? user.sub;
}

/** The user whose matches are listed: the chosen one while still tested, else the latest. */
function chosenUser(users: TestedUserPreview[], chosenSub: string | undefined): TestedUserPreview | undefined {
  return users.find((u) => u.sub === chosenSub) ?? users[0];
}

/** The short line the status region announces; the table and the matches follow it. */
export function PreviewSummary({ preview }: { preview: RolePreview }) {
  const latest = preview.users[0];
  if (!latest) {
    return (
      <>
        <p>No successful test login yet: run one (Test login above) to see which role each user would get.</p>
        {preview.warnings.length > 0 && (
          <ul className="warning-list">
            {preview.warnings.map((w) => (
              <li key={w}>Warning: {w}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  const count = preview.users.length;
  return (
    <p>
      Previewed for {count === 1 ? 'the one user' : `the ${count} users`} tested on this configuration. Latest,{' '}
      {userName(latest)}: <RoleText role={latest.role} />.
    </p>
  );
}

function RoleText({ role }: { role: HubRole | null }) {
  return role ? (
    <>
      Hub role <strong>{role}</strong>
    </>
  ) : (
    <>no role from SSO (their invitation role, else the organization’s default role)</>
  );
}

export interface RolePreviewDetailsProps {
  preview: RolePreview;
  /** The mapping the preview was computed with. */
  mapping: RoleMapping;
  /** The mappings were edited since. */
  stale: boolean;
  chosenSub: string | undefined;
  onChoose: (sub: string) => void;
}

/** The per-user table and the chosen user's matches. No hooks: the editor keeps the state. */
export function RolePreviewDetails({ preview, mapping, stale, chosenSub, onChoose }: RolePreviewDetailsProps) {
  const users = preview.users;
  const chosen = chosenUser(users, chosenSub);
  if (!chosen) return null;
  // The mapping's own problems are listed once, above; each row keeps what is about that user.
  const aboutMapping = new Set(mappingWarnings(mapping));
  const ownWarnings = (user: TestedUserPreview) => user.warnings.filter((w) => !aboutMapping.has(w));
  return (
    <section className="role-users" aria-labelledby="role-users-title">
      <h3 id="role-users-title">Who gets which role</h3>
      {stale && (
        <p className="field-warning">Note: the mappings changed since this preview. Press “Preview roles” again to update it.</p>
      )}
      <div className="role-users-scroll">
        <table className="role-users-table">
          <caption>
            Each user tested on this configuration (latest test first), with the mappings as previewed.
            {users.length > 1 ? ' Choose a user to see every mapping that matches them.' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Hub role</th>
              <th scope="col">Resource groups</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => {
              const selected = user.sub === chosen.sub;
              const warnings = ownWarnings(user);
              return (
                <tr key={user.sub} className={selected ? 'role-user-chosen' : undefined}>
                  <th scope="row">
                    {users.length > 1 ? (
                      <button type="button" className="role-user-button" aria-pressed={selected} onClick={() => onChoose(user.sub)}>
                        {userName(user)}
                      </button>
                    ) : (
                      <span className="role-user-name">{userName(user)}</span>
                    )}
                    <span className="role-user-when">tested {formatTestTime(user.testedAt)}</span>
                  </th>
                  <td>
                    {user.role ? (
                      <strong className="role-name">{user.role}</strong>
                    ) : (
                      <span className="muted">No role from SSO: invitation role, else the org’s default</span>
                    )}
                  </td>
                  <td>
                    {user.resourceGroups.length > 0 ? (
                      <ul className="role-groups">
                        {user.resourceGroups.map((g) => (
                          <li key={`${g.resourceGroup}:${g.role}`}>
                            {g.resourceGroup} <span className="muted">({g.role})</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td>
                    <p className="role-why">{user.explanation}</p>
                    {warnings.length > 0 && (
                      <ul className="warning-list role-why-warnings">
                        {warnings.map((w) => (
                          <li key={w}>Warning: {w}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <UserMatches user={chosen} />
    </section>
  );
}

/** Every mapping that matches one user, with what each alone would give, and the winner marked (why it wins: the table's row). */
export function UserMatches({ user }: { user: TestedUserPreview }) {
  const winner = (m: RoleMatch) => m.rule === user.matchedRule;
  return (
    <div className="role-matches">
      <h4>Mappings that match {userName(user)}</h4>
      <p>
        Values at the path:{' '}
        {user.valuesAtPath.length ? (
          user.valuesAtPath.map((v) => (
            <code key={v} className="chip">
              {v}
            </code>
          ))
        ) : (
          <span className="muted">none</span>
        )}
      </p>
      {user.matches.length === 0 ? (
        <p>
          No mapping matches {userName(user)}: they keep their invitation role, else get the organization’s default role.
        </p>
      ) : (
        <ol className="role-match-list">
          {user.matches.map((m) => (
            <li key={m.rule} className={winner(m) ? 'role-match role-match-winner' : 'role-match'}>
              <span>
                Mapping {m.rule + 1}: <code>{m.idpValue}</code> → {m.role}
              </span>
              {winner(m) ? <span className="role-winner-badge">Wins: {m.role}</span> : <span className="muted">would give {m.role} alone</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The attribute names the latest SAML test's assertion carried, offered as the path (the Hub reads them by exact Name). */
function useTestedAttributeNames(): string[] {
  const claims = useApp((s) => (s.testRun?.configId === s.config?.id ? s.testRun?.result?.claims : undefined) ?? s.lastTestRecord?.claims);
  return claims?.source === 'saml-assertion' ? Object.keys(claims.other) : [];
}

/**
 * What the configuration's IdP means for role mapping, in the profile's words
 * (common/idp): Google sends no groups at all; Entra's groups are object IDs
 * (facts read from the latest successful test's claims).
 */
function IdpRoleFacts() {
  const config = useApp((s) => s.config)!;
  // The claims only, not the run: a running test's stages do not re-render this.
  const claims = useApp((s) => (s.testRun?.configId === config.id ? s.testRun?.result?.claims : undefined) ?? s.lastTestRecord?.claims);
  const profile = idpProfile(config.idpKind);
  const facts = claims ? idpClaimFacts(claims, config.idpKind) : [];
  // The profile's "no groups" note is about its OIDC tokens: a SAML app sends the attributes its admin maps.
  const noGroupsNote = config.protocol !== 'saml' && !profile.roleMapping.groupsClaim ? profile.roleMapping.noGroupsText : undefined;
  if (!noGroupsNote && facts.length === 0) return null;
  return (
    <div className="role-idp-facts" role="note" aria-label={`${profile.displayName} and role mapping`}>
      {noGroupsNote && <p>{noGroupsNote}</p>}
      {facts.length > 0 && (
        <ul>
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
