/**
 * The role-mapping preview follows the Hub's rules: dot-notation attribute
 * path into the claims, string or list values, first matching mapping wins,
 * no match -> default role, at least one admin mapping, additive
 * resource-group mappings; and it warns where the Hub would silently differ.
 */
import { describe, expect, it } from 'vitest';
import { ClaimsSummary, RoleMapping, RolePreview } from '../../common/contract';
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
    expect(preview).toEqual({ role: 'write', matchedRule: 1, resourceGroups: [], valuesAtPath: ['Everyone', 'hf-writers'], warnings: [] });
    // The output is exactly the contract's shape.
    expect(RolePreview.safeParse(preview).success).toBe(true);
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
    expect(preview.warnings[0]).toContain('groups claim filter');
    expect(preview.warnings[0]).toContain('"groups" scope');
  });

  it('says which part of a nested path exists when a deeper field is missing', () => {
    const preview = previewRoleMapping(claims({ other: { user: { team: 'nlp' } } }), mapping({ attributePath: 'user.role', rules: [adminOnly] }));
    expect(preview.warnings[0]).toContain('"user.role" is missing');
    expect(preview.warnings[0]).toContain('"user" exists but has no such field');
    expect(preview.warnings[0]).toContain('Available: team');
    expect(preview.warnings[0]).not.toContain('groups claim filter');
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

  it('applies the FIRST matching mapping in the order listed, not the strongest role', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-writers', 'hf-admins', 'hf-readers'] }), ordered);
    expect(preview.role).toBe('read');
    expect(preview.matchedRule).toBe(0);
  });

  it('moves on down the list when earlier mappings do not match', () => {
    const preview = previewRoleMapping(claims({ groups: ['hf-writers', 'hf-admins'] }), ordered);
    expect(preview.role).toBe('admin');
    expect(preview.matchedRule).toBe(1);
  });

  it('returns no role when nothing matches (the invitation role or the org default applies), without a warning', () => {
    const preview = previewRoleMapping(claims({ groups: ['Everyone'] }), ordered);
    expect(preview).toEqual({ role: null, matchedRule: null, resourceGroups: [], valuesAtPath: ['Everyone'], warnings: [] });
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

  it('warns about an IdP value mapped twice: only the first applies', () => {
    const dup = mapping({
      attributePath: 'groups',
      rules: [adminOnly, { idpValue: 'eng', role: 'write' }, { idpValue: 'eng', role: 'read' }],
    });
    const preview = previewRoleMapping(claims({ groups: ['eng'] }), dup);
    expect(preview.role).toBe('write');
    expect(preview.matchedRule).toBe(1);
    expect(preview.warnings).toEqual([expect.stringContaining('"eng" is mapped more than once (mappings 2 and 3); only the first applies (write)')]);
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
