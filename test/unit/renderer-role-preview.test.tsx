// A .tsx file so the root tsconfig (no JSX) does not pull the components into its program; vitest runs it as a unit test.
/**
 * The role preview as the admin sees it: one table row per tested user
 * (user → Hub role → resource groups → why, that user's own warnings), and
 * for the chosen user every matching mapping with what it alone would give,
 * the winner marked; no match says the invitation role (else the org's
 * default) applies. The previews come from common/rules/role-mapping.ts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ClaimsSummary, RoleMapping, RolePreview, TestedUserPreview } from '../../common/contract';
import { previewRoleMapping } from '../../common/rules/role-mapping';
import { PreviewSummary, RolePreviewDetails, UserMatches } from '../../renderer/src/components/RoleMappingEditor';

const mapping: RoleMapping = {
  attributePath: 'groups',
  // "Everyone → read" listed first: the most privileged match still wins.
  rules: [
    { idpValue: 'Everyone', role: 'read' },
    { idpValue: 'hf-admins', role: 'admin' },
  ],
  resourceGroupRules: [{ idpValue: 'hf-writers', resourceGroup: 'research', role: 'write' }],
};

function tested(sub: string, email: string | undefined, groups: string[] | undefined, testedAt: string): TestedUserPreview {
  const claims: ClaimsSummary = { sub, ...(email ? { email } : {}), ...(groups ? { groups } : {}), other: {} };
  return { sub, ...(email ? { email } : {}), testedAt, ...previewRoleMapping(claims, mapping) };
}

const alice = tested('00ualice00000000001', 'alice@acme.example', ['Everyone', 'hf-admins'], '2026-12-01T10:05:00.000Z');
const bob = tested('00ubob0000000000002', 'bob@acme.example', ['Everyone', 'hf-writers'], '2026-12-01T10:00:00.000Z');
const dave = tested('00unoemail000000004', undefined, ['Contractors'], '2026-12-01T09:00:00.000Z');

function previewOf(users: TestedUserPreview[]): RolePreview {
  const [latest] = users;
  const { sub: _s, email: _e, testedAt, ...top } = latest!;
  return { ...top, basedOnTestAt: testedAt, users };
}

function details(users: TestedUserPreview[], chosenSub?: string): string {
  return renderToStaticMarkup(
    createElement(RolePreviewDetails, { preview: previewOf(users), mapping, stale: false, chosenSub, onChoose: () => undefined }),
  );
}

/** The table body's rows, each as its cells' text. */
function rows(markup: string): string[][] {
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(markup)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)),
  );
}

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the per-user role preview table', () => {
  it('renders one row per tested user with role, resource groups and why', () => {
    const markup = details([alice, bob, dave]);
    const table = rows(markup);
    expect(table).toHaveLength(3);

    const [aliceRow, bobRow, daveRow] = table;
    expect(aliceRow![0]).toContain('alice@acme.example');
    expect(aliceRow![1]).toBe('admin');
    expect(aliceRow![2]).toBe('none');
    expect(aliceRow![3]).toContain('2 mappings match');
    expect(aliceRow![3]).toContain('most privileged');

    expect(bobRow![0]).toContain('bob@acme.example');
    expect(bobRow![1]).toBe('read');
    expect(bobRow![2]).toBe('research (write)');
    expect(bobRow![3]).toContain('Only mapping 1 ("Everyone" → read) matches');

    // No email: the row names the subject; no match: the invitation role, else the org's default.
    expect(daveRow![0]).toContain('00unoemail000000004');
    expect(daveRow![1]).toMatch(/No role from SSO: invitation role, else the org’s default/);
    expect(daveRow![3]).toMatch(/invitation role/);
  });

  it('is accessible table markup: a caption, column headers and row headers', () => {
    const markup = details([alice, bob]);
    expect(markup).toMatch(/<table[^>]*><caption>[^<]+/);
    expect((markup.match(/<th scope="col">/g) ?? []).length).toBe(4);
    expect((markup.match(/<th scope="row">/g) ?? []).length).toBe(2);
    expect(markup).toMatch(/<thead>.*User.*Hub role.*Resource groups.*Why.*<\/thead>/s);
  });

  it('puts each user’s own warnings in their row, and the mapping’s own problems in none', () => {
    const noAdmin: RoleMapping = { attributePath: 'groups', rules: [{ idpValue: 'everyone', role: 'read' }], resourceGroupRules: [] };
    const claims: ClaimsSummary = { sub: 'u1', email: 'u1@acme.example', groups: ['Everyone'], other: {} };
    const user: TestedUserPreview = { sub: 'u1', email: 'u1@acme.example', testedAt: '2026-12-01T10:00:00.000Z', ...previewRoleMapping(claims, noAdmin) };
    const markup = renderToStaticMarkup(
      createElement(RolePreviewDetails, { preview: previewOf([user]), mapping: noAdmin, stale: false, chosenSub: undefined, onChoose: () => undefined }),
    );
    const [row] = rows(markup);
    expect(row![3]).toContain('compared case-sensitively');
    expect(row![3]).not.toContain('Add at least one mapping to the admin role');
  });

  it('lets the admin choose a user when there are several, the latest chosen first', () => {
    const markup = details([alice, bob]);
    expect(markup).toMatch(/<button type="button" class="role-user-button" aria-pressed="true">alice@acme.example<\/button>/);
    expect(markup).toMatch(/aria-pressed="false">bob@acme.example</);
    expect(text(markup)).toContain('Mappings that match alice@acme.example');
    expect(text(details([alice, bob], bob.sub))).toContain('Mappings that match bob@acme.example');
    // A user no longer in the list falls back to the latest.
    expect(text(details([alice, bob], 'gone'))).toContain('Mappings that match alice@acme.example');
  });

  it('says when the mappings changed since the preview', () => {
    const markup = renderToStaticMarkup(
      createElement(RolePreviewDetails, { preview: previewOf([alice]), mapping, stale: true, chosenSub: undefined, onChoose: () => undefined }),
    );
    expect(text(markup)).toContain('the mappings changed since this preview');
  });
});

describe('the chosen user’s matching mappings', () => {
  it('lists every match with what it alone would give, the winner marked in words', () => {
    const markup = renderToStaticMarkup(createElement(UserMatches, { user: alice }));
    const items = [...markup.matchAll(/<li class="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => ({ winner: m[1]!.includes('winner'), text: text(m[2]!) }));
    expect(items).toEqual([
      { winner: false, text: 'Mapping 1: Everyone → read would give read alone' },
      { winner: true, text: 'Mapping 2: hf-admins → admin Wins: admin' },
    ]);
    expect(text(markup)).toContain('Values at the path: Everyone hf-admins');
  });

  it('with no match, says the user keeps their invitation role, else the org’s default role', () => {
    const markup = text(renderToStaticMarkup(createElement(UserMatches, { user: dave })));
    expect(markup).toContain('No mapping matches 00unoemail000000004: they keep their invitation role, else get the organization’s default role.');
  });
});

describe('the preview’s status line', () => {
  it('names the latest user’s role and how many users were previewed', () => {
    expect(text(renderToStaticMarkup(createElement(PreviewSummary, { preview: previewOf([alice, bob]) })))).toBe(
      'Previewed for the 2 users tested on this configuration. Latest, alice@acme.example: Hub role admin .',
    );
  });

  it('without a successful test, asks for one and keeps the warnings', () => {
    const none: RolePreview = { role: null, matchedRule: null, matches: [], explanation: '', resourceGroups: [], valuesAtPath: [], warnings: ['Run a successful test login to preview roles.'], users: [] };
    const markup = text(renderToStaticMarkup(createElement(PreviewSummary, { preview: none })));
    expect(markup).toContain('No successful test login yet');
    expect(markup).toContain('Warning: Run a successful test login to preview roles.');
  });
});
