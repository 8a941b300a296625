/**
 * The role-mapping preview follows the Hub's rules (common/rules/hub-facts.ts):
 * dot-notation attribute path into the claims, string or list values, the most
 * privileged matching role wins whatever the order, no match -> the invitation
 * role or the org default, at least one admin mapping, additive resource-group
 * mappings; and it warns where the Hub would silently differ.
 */
import { describe, expect, it } from 'vitest';
import { ClaimsSummary, RoleMapping, UserRolePreview } from '../../common/contract';
import { claimsObject, lookupPath, mappingWarnings, previewRoleMapping } from '../../common/rules/role-mapping';

function claims(extra: Partial<ClaimsSummary> = {}): ClaimsSummary {
  return ClaimsSummary.parse({ sub: '00u1', email: 'ada@acme.test', other: {}, ...extra });
}

function mapping(input: Partial<RoleMapping>): RoleMapping {
  return RoleMapping.parse(input);
}

const adminOnly = { idpValue: 'hf-admins', role: 'admin' as const };

describe('attribute path', () => {
  it('reads a top-level list such as groups', () => {
    const preview = previewRoleMapping(claims({ groups: ['Everyone', 'hf-writers'] }), mapping({
      attributePath: 'groups',
      rules: [adminOnly, { idpValue: 'hf-writers', role: 'write' }],
    }));
    expect(preview).toEqual({
      role: 'write',
      matchedRule: 1,
      matches: [{ rule: 1, idpValue: 'hf-writers', role: 'write' }],
      explanation: 'Only mapping 2 ("hf-writers" → write) matches: the user gets write.',
      resourceGroups: [],
      valuesAtPath: ['Everyone', 'hf-writers'],
      warnings: [],
    });
    // The output is exactly the contract's shape.
    expect(UserRolePreview.strict().safeParse(preview).success).toBe(true);
  });

  it('reads a nested string with dot notation (user.role) from the other claims', () => {
    const preview = previewRoleMapping(claims({ other: { user: { role: 'maintainer', team: 'nlp' } } }), mapping({
      attributePath: 'user.role',
      rules: [adminOnly, { idpValue: 'maintainer', role: 'contributor' }],
    }));
    expect(preview.role).toBe('contributor');
    expect(preview.matchedRule).toBe(1);
    expect(preview.valuesAtPath).toEqual(['maintainer']);
    expect(preview.warnings).toEqual([]);
  });

  it('reads top-level summary fields too (a string claim such as preferred_username)', () => {
    const preview = previewRoleMapping(claims({ preferred_username: 'ada' }), mapping({
      attributePath: 'preferred_username',
      rules: [{ idpValue: 'ada', role: 'admin' }],
    }));
    expect(preview.role).toBe('admin');
  });

  it('ignores surrounding spaces in the path the admin typed', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-admins'] }), mapping({ attributePath: '  groups ', rules: [adminOnly] }));
    expect(preview.role).toBe('admin');
  });

  it('warns when the path is missing from the claims, listing what is there, with the Okta hint for groups', () => {
    const preview = previewRoleMapping(claims({ name: 'Ada' }), mapping({ attributePath: 'groups', rules: [adminOnly] }));
    expect(preview.role).toBeNull();
    expect(preview.matchedRule).toBeNull();
    expect(preview.valuesAtPath).toEqual([]);
    expect(preview.warnings).toHaveLength(1);
    expect(preview.warnings[0]).toContain('"groups" is missing from the claims');
    expect(preview.warnings[0]).toContain('Available: email, name, sub');
    // Without the issuer, both Okta fixes: the app's filter (org server) and the server's own claim (custom server).
    expect(preview.warnings[0]).toContain('Groups claim filter');
    expect(preview.warnings[0]).toContain('"groups" scope');
    expect(preview.warnings[0]).toContain('the app-level groups filter is ignored there');
  });

  it('gives the Okta fix for the authorization server the issuer names', () => {
    const noGroups = claims({ name: 'Ada' });
    const m = mapping({ attributePath: 'groups', rules: [adminOnly] });
    const org = previewRoleMapping(noGroups, m, { issuer: 'https://acme.okta.com' }).warnings[0]!;
    expect(org).toContain('Sign On tab');
    expect(org).toContain('"groups" scope');
    expect(org).not.toContain('Authorization Servers');
    const custom = previewRoleMapping(noGroups, m, { issuer: 'https://acme.okta.com/oauth2/default' }).warnings[0]!;
    expect(custom).toContain('Security → API → Authorization Servers');
    expect(custom).toContain('the app-level groups filter is ignored there');
    expect(custom).not.toContain('Sign On tab');
  });

  it('says which part of a nested path exists when a deeper field is missing', () => {
    const preview = previewRoleMapping(claims({ other: { user: { team: 'nlp' } } }), mapping({ attributePath: 'user.role', rules: [adminOnly] }));
    expect(preview.warnings[0]).toContain('"user.role" is missing');
    expect(preview.warnings[0]).toContain('"user" exists but has no such field');
    expect(preview.warnings[0]).toContain('Available: team');
    expect(preview.warnings[0]).not.toContain('Groups claim filter');
  });

  it('explains that a claim whose name contains dots cannot be reached in dot notation', () => {
    const preview = previewRoleMapping(claims({ other: { 'https://acme.test/roles': ['hf-admins'] } }), mapping({
      attributePath: 'https://acme.test/roles',
      rules: [adminOnly],
    }));
    expect(preview.role).toBeNull();
    expect(preview.warnings.join(' ')).toContain('reads dots as nested fields');
  });

  it('warns when the path points at an object and suggests its fields', () => {
    const preview = previewRoleMapping(claims({ other: { user: { role: 'admin', team: 'nlp' } } }), mapping({ attributePath: 'user', rules: [adminOnly] }));
    expect(preview.role).toBeNull();
    expect(preview.valuesAtPath).toEqual([]);
    expect(preview.warnings).toHaveLength(1);
    expect(preview.warnings[0]).toContain('points at an object');
    expect(preview.warnings[0]).toContain('"user.role"');
    expect(preview.warnings[0]).toContain('role, team');
  });

  it('warns when the value is neither a string nor a list of strings', () => {
    const numberPreview = previewRoleMapping(claims({ other: { level: 3 } }), mapping({ attributePath: 'level', rules: [adminOnly] }));
    expect(numberPreview.warnings[0]).toContain('is a number');
    const nullPreview = previewRoleMapping(claims({ other: { level: null } }), mapping({ attributePath: 'level', rules: [adminOnly] }));
    expect(nullPreview.warnings[0]).toContain('is null');
  });

  it('keeps the strings of a mixed list and says the others are ignored', () => {
    const preview = previewRoleMapping(claims({ other: { roles: ['hf-admins', 7, { a: 1 }] } }), mapping({ attributePath: 'roles', rules: [adminOnly] }));
    expect(preview.role).toBe('admin');
    expect(preview.valuesAtPath).toEqual(['hf-admins']);
    expect(preview.warnings).toEqual([expect.stringContaining('2 value(s) that are not strings')]);
  });

  it('says so when the list is empty for this user', () => {
    const preview = previewRoleMapping(claims({ groups: [] }), mapping({ attributePath: 'groups', rules: [adminOnly] }));
    expect(preview.role).toBeNull();
    expect(preview.warnings).toEqual([expect.stringContaining('empty list')]);
  });

  it('refuses malformed paths', () => {
    for (const path of ['user..role', '.groups', 'groups.']) {
      const preview = previewRoleMapping(claims({ groups: ['hf-admins'] }), mapping({ attributePath: path, rules: [adminOnly] }));
      expect(preview.role, path).toBeNull();
      expect(preview.warnings.join(' '), path).toContain('not a valid attribute path');
    }
  });

  it('indexes into lists with numeric segments', () => {
    expect(lookupPath({ roles: [{ name: 'a' }, { name: 'b' }] }, 'roles.1.name')).toEqual({ kind: 'found', value: 'b' });
    expect(lookupPath({ roles: ['a'] }, 'roles.3').kind).toBe('missing');
  });

  it('does not read inherited properties as claims', () => {
    expect(lookupPath({}, 'constructor').kind).toBe('missing');
    expect(lookupPath({ groups: [] }, 'groups.length').kind).toBe('missing');
  });

  it('merges the summary fields and the other claims into one object, dropping absent ones', () => {
    expect(claimsObject(claims({ groups: ['g'], other: { user: { role: 'x' } } }))).toEqual({
      sub: '00u1',
      email: 'ada@acme.test',
      groups: ['g'],
      user: { role: 'x' },
    });
  });
});

describe('role mappings', () => {
  const ordered = mapping({
    attributePath: 'groups',
    rules: [
      { idpValue: 'hf-readers', role: 'read' },
      { idpValue: 'hf-admins', role: 'admin' },
      { idpValue: 'hf-writers', role: 'write' },
    ],
  });

  it('gives the most privileged matching role, whatever the order the mappings are listed in', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-writers', 'hf-admins', 'hf-readers'] }), ordered);
    expect(preview.role).toBe('admin');
    expect(preview.matchedRule).toBe(1);
    // Every match, with what it alone would give, in the order listed.
    expect(preview.matches).toEqual([
      { rule: 0, idpValue: 'hf-readers', role: 'read' },
      { rule: 1, idpValue: 'hf-admins', role: 'admin' },
      { rule: 2, idpValue: 'hf-writers', role: 'write' },
    ]);
    expect(preview.explanation).toBe(
      '3 mappings match: mapping 1 ("hf-readers" → read), mapping 2 ("hf-admins" → admin), mapping 3 ("hf-writers" → write). ' +
        'The user gets admin, because the Hub gives the most privileged matching role (read < contributor < write < admin).',
    );
  });

  it('the issue\'s example: Everyone → read listed first, hf-admins → admin: admin', () => {
    const m = mapping({ attributePath: 'groups', rules: [{ idpValue: 'Everyone', role: 'read' }, adminOnly] });
    expect(previewRoleMapping(claims({ groups: ['Everyone', 'hf-admins'] }), m).role).toBe('admin');
    expect(previewRoleMapping(claims({ groups: ['Everyone'] }), m).role).toBe('read');
  });

  it('ranks every pair of roles the Hub way: read < contributor < write < admin', () => {
    const roles = ['read', 'contributor', 'write', 'admin'] as const;
    for (let weaker = 0; weaker < roles.length; weaker++) {
      for (let stronger = weaker + 1; stronger < roles.length; stronger++) {
        for (const order of [[weaker, stronger], [stronger, weaker]]) {
          const rules = order.map((r) => ({ idpValue: `g-${roles[r]}`, role: roles[r]! }));
          const m = mapping({ attributePath: 'groups', rules: [...rules, { idpValue: 'unused-admins', role: 'admin' }] });
          const preview = previewRoleMapping(claims({ groups: [`g-${roles[weaker]}`, `g-${roles[stronger]}`] }), m);
          expect(preview.role, `${roles[weaker]} vs ${roles[stronger]}, listed ${order.map((r) => roles[r]).join(' then ')}`).toBe(roles[stronger]);
        }
      }
    }
  });

  it('reads a single string claim the same way as a list', () => {
    const m = mapping({ attributePath: 'user.role', rules: [adminOnly, { idpValue: 'maintainer', role: 'contributor' }] });
    const asString = previewRoleMapping(claims({ other: { user: { role: 'maintainer' } } }), m);
    const asList = previewRoleMapping(claims({ other: { user: { role: ['maintainer'] } } }), m);
    expect(asString.role).toBe('contributor');
    expect(asList.role).toBe('contributor');
    expect(asString.matches).toEqual(asList.matches);
  });

  it('moves on down the list when earlier mappings do not match', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-writers', 'hf-admins'] }), ordered);
    expect(preview.role).toBe('admin');
    expect(preview.matchedRule).toBe(1);
  });

  it('returns no role when nothing matches (the invitation role or the org default applies), without a warning', () => {
    const preview = previewRoleMapping(claims({ groups: ['Everyone'] }), ordered);
    expect(preview).toEqual({
      role: null,
      matchedRule: null,
      matches: [],
      explanation: 'No mapping matches this user’s values: the user keeps their invitation role, or else gets the organization’s default role (Members settings).',
      resourceGroups: [],
      valuesAtPath: ['Everyone'],
      warnings: [],
    });
  });

  it('compares values exactly and points out a near miss in letter case', () => {
    const preview = previewRoleMapping(claims({ groups: ['HF-Admins'] }), ordered);
    expect(preview.role).toBeNull();
    expect(preview.warnings).toEqual([expect.stringContaining('"hf-admins" does not match "HF-Admins"')]);
  });

  it('points out a case near miss listed before the winning mapping (it would have changed the role)', () => {
    const preview = previewRoleMapping(claims({ groups: ['HF-Admins', 'hf-writers'] }), ordered);
    expect(preview.role).toBe('write');
    expect(preview.warnings).toEqual([expect.stringContaining('"hf-admins" does not match "HF-Admins"')]);
  });

  it('requires at least one mapping to admin', () => {
    const noAdmin = mapping({ attributePath: 'groups', rules: [{ idpValue: 'hf-writers', role: 'write' }] });
    const preview = previewRoleMapping(claims({ groups: ['hf-writers'] }), noAdmin);
    expect(preview.role).toBe('write');
    expect(preview.warnings).toEqual([expect.stringContaining('at least one mapping to the admin role')]);
    expect(previewRoleMapping(claims({ groups: ['hf-writers'] }), ordered).warnings).toEqual([]);
    // A path without any mapping also lacks an admin mapping.
    expect(mappingWarnings(mapping({ attributePath: 'groups' }))).toEqual([expect.stringContaining('admin role')]);
  });

  it('warns about an IdP value mapped twice: the most privileged of the two applies', () => {
    const dup = mapping({
      attributePath: 'groups',
      rules: [adminOnly, { idpValue: 'eng', role: 'write' }, { idpValue: 'eng', role: 'read' }],
    });
    const preview = previewRoleMapping(claims({ groups: ['eng'] }), dup);
    expect(preview.role).toBe('write');
    expect(preview.matchedRule).toBe(1);
    expect(preview.warnings).toEqual([expect.stringContaining('"eng" is mapped more than once (mappings 2 and 3, write and read); the most privileged applies (write)')]);
    // Listed the other way round, the outcome is the same.
    const reversed = mapping({ attributePath: 'groups', rules: [adminOnly, { idpValue: 'eng', role: 'read' }, { idpValue: 'eng', role: 'write' }] });
    expect(previewRoleMapping(claims({ groups: ['eng'] }), reversed).role).toBe('write');
  });

  it('warns about mappings that can never match', () => {
    const warnings = mappingWarnings(mapping({ attributePath: 'groups', rules: [adminOnly, { idpValue: '', role: 'read' }, { idpValue: ' eng ', role: 'write' }] }));
    expect(warnings).toEqual([expect.stringContaining('Mapping 2 has no IdP value'), expect.stringContaining('Mapping 3: the IdP value " eng " has spaces')]);
  });

  it('warns about a resource-group mapping without a resource group', () => {
    const warnings = mappingWarnings(mapping({ attributePath: 'groups', rules: [adminOnly], resourceGroupRules: [{ idpValue: 'nlp', resourceGroup: ' ', role: 'read' }] }));
    expect(warnings).toEqual([expect.stringContaining('Resource-group mapping 1 names no resource group')]);
  });

  it('asks for the attribute path when mappings exist without one', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-admins'] }), mapping({ rules: [adminOnly] }));
    expect(preview.role).toBeNull();
    expect(preview.warnings).toEqual([expect.stringContaining('Enter the IdP Role Attribute Path')]);
  });

  it('says nothing when role mapping is not configured at all', () => {
    expect(previewRoleMapping(claims({ groups: ['hf-admins'] }), mapping({}))).toEqual({
      role: null,
      matchedRule: null,
      matches: [],
      explanation: expect.stringContaining('Role mapping is off'),
      resourceGroups: [],
      valuesAtPath: [],
      warnings: [],
    });
  });
});

describe('resource-group mappings', () => {
  const groups = mapping({
    attributePath: 'groups',
    rules: [adminOnly],
    resourceGroupRules: [
      { idpValue: 'nlp', resourceGroup: 'nlp-models', role: 'write' },
      { idpValue: 'vision', resourceGroup: 'vision-models', role: 'read' },
      { idpValue: 'Everyone', resourceGroup: 'shared', role: 'read' },
    ],
  });

  it('applies every matching resource-group mapping (additive), independently of the org role', () => {
    const preview = previewRoleMapping(claims({ groups: ['Everyone', 'nlp', 'vision'] }), groups);
    expect(preview.role).toBeNull();
    expect(preview.resourceGroups).toEqual([
      { resourceGroup: 'nlp-models', role: 'write' },
      { resourceGroup: 'vision-models', role: 'read' },
      { resourceGroup: 'shared', role: 'read' },
    ]);
    expect(preview.warnings).toEqual([]);
  });

  it('applies only the matching ones', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-admins', 'vision'] }), groups);
    expect(preview.role).toBe('admin');
    expect(preview.resourceGroups).toEqual([{ resourceGroup: 'vision-models', role: 'read' }]);
  });

  it('warns about a duplicate value -> resource group pair and lists the group once', () => {
    const dup = mapping({
      attributePath: 'groups',
      rules: [adminOnly],
      resourceGroupRules: [
        { idpValue: 'nlp', resourceGroup: 'nlp-models', role: 'write' },
        { idpValue: 'nlp', resourceGroup: 'nlp-models', role: 'write' },
      ],
    });
    const preview = previewRoleMapping(claims({ groups: ['nlp'] }), dup);
    expect(preview.resourceGroups).toEqual([{ resourceGroup: 'nlp-models', role: 'write' }]);
    expect(preview.warnings).toEqual([expect.stringContaining('mapped to resource group "nlp-models" more than once (resource-group mappings 1 and 2)')]);
  });

  it('warns when one resource group is given two different roles by matching mappings', () => {
    const clash = mapping({
      attributePath: 'groups',
      rules: [adminOnly],
      resourceGroupRules: [
        { idpValue: 'nlp', resourceGroup: 'models', role: 'read' },
        { idpValue: 'ml-leads', resourceGroup: 'models', role: 'admin' },
      ],
    });
    const preview = previewRoleMapping(claims({ groups: ['nlp', 'ml-leads'] }), clash);
    expect(preview.resourceGroups).toEqual([
      { resourceGroup: 'models', role: 'read' },
      { resourceGroup: 'models', role: 'admin' },
    ]);
    expect(preview.warnings).toEqual([expect.stringContaining('"models" is matched by several mappings with different roles (read, admin)')]);
  });
});

describe('group-claim traps', () => {
  it('warns when the IdP sends group ids (Okta 00g…, GUIDs) while the mappings use names', () => {
    const m = mapping({ attributePath: 'groups', rules: [adminOnly, { idpValue: 'hf-readers', role: 'read' }] });
    const okta = previewRoleMapping(claims({ groups: ['00g1a2b3c4d5e6f7g8h9', '00g9z8y7x6w5v4u3t2s1'] }), m);
    expect(okta.role).toBeNull();
    expect(okta.warnings).toEqual([expect.stringContaining('holds ids (e.g. 00g1a2b3c4d5e6f7g8h9), while the mappings use names')]);
    const entra = previewRoleMapping(claims({ groups: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301'] }), m);
    expect(entra.warnings).toEqual([expect.stringContaining('holds ids (e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)')]);
  });

  it('warns the other way round: mappings use ids, the claim holds names', () => {
    const m = mapping({ attributePath: 'groups', rules: [{ idpValue: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', role: 'admin' }] });
    const preview = previewRoleMapping(claims({ groups: ['hf-admins'] }), m);
    expect(preview.warnings).toEqual([expect.stringContaining('The mappings use ids (e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)')]);
  });

  it('says nothing about ids when something matches, or when ids are mapped as ids', () => {
    const byId = mapping({ attributePath: 'groups', rules: [{ idpValue: '00g1a2b3c4d5e6f7g8h9', role: 'admin' }] });
    expect(previewRoleMapping(claims({ groups: ['00g1a2b3c4d5e6f7g8h9'] }), byId).warnings).toEqual([]);
  });

  it('points out a case near miss in a resource-group mapping too', () => {
    const m = mapping({ attributePath: 'groups', rules: [adminOnly], resourceGroupRules: [{ idpValue: 'nlp', resourceGroup: 'nlp-models', role: 'write' }] });
    const preview = previewRoleMapping(claims({ groups: ['NLP'] }), m);
    expect(preview.resourceGroups).toEqual([]);
    expect(preview.warnings).toEqual([expect.stringContaining('"nlp" does not match "NLP"')]);
  });
});
