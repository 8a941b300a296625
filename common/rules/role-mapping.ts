/**
 * Which Hub role (and which resource groups) a user would get, following the
 * Hub's role-mapping rules, from the claims of a test login. Pure: no I/O.
 *
 * The Hub's rules, as this preview applies them:
 * - The "IdP Role Attribute Path" is dot notation into the ID token claims
 *   (`groups`, `user.role`); the value there is a string or a list of strings.
 * - Role mappings (IdP value -> admin / write / contributor / read) are tried
 *   in the order listed; the FIRST whose IdP value is present wins.
 * - No match: no role from SSO (the invitation role or the org default applies).
 * - At least one mapping must give `admin`.
 * - Resource-group mappings are additive: every matching one applies.
 * Values are compared exactly (case-sensitive), as strings.
 */
import type { ClaimsSummary, HubRole, RoleMapping, RolePreview } from '../contract';
import { roleRank } from './hub-roles';

export type RoleMappingPreview = Omit<RolePreview, 'basedOnTestAt'>;

type PathLookup =
  | { kind: 'found'; value: unknown }
  | { kind: 'missing'; reachedPath: string; availableKeys: string[] }
  | { kind: 'invalid'; reason: string };

/** The claims as one object, the way they appear in the ID token. */
export function claimsObject(claims: ClaimsSummary): Record<string, unknown> {
  const { other, ...topLevel } = claims;
  const merged: Record<string, unknown> = { ...other };
  for (const [key, value] of Object.entries(topLevel)) if (value !== undefined) merged[key] = value;
  return merged;
}

/** Reads a dot-notation path; numeric segments index into arrays. */
export function lookupPath(root: Record<string, unknown>, path: string): PathLookup {
  const segments = path.split('.');
  if (segments.some((s) => s.trim() === '')) {
    return { kind: 'invalid', reason: `"${path}" is not a valid attribute path: use names separated by single dots, like "groups" or "user.role".` };
  }
  let current: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      current = current[Number(segment)];
    } else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, segment)) {
      current = current[segment];
    } else {
      current = undefined;
    }
    if (current === undefined) {
      const parent = i === 0 ? root : lookupParent(root, segments.slice(0, i));
      return {
        kind: 'missing',
        reachedPath: segments.slice(0, i).join('.'),
        availableKeys: isPlainObject(parent) ? Object.keys(parent).sort() : [],
      };
    }
  }
  return { kind: 'found', value: current };
}

function lookupParent(root: Record<string, unknown>, segments: string[]): unknown {
  const found = lookupPath(root, segments.join('.'));
  return found.kind === 'found' ? found.value : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


export function previewRoleMapping(claims: ClaimsSummary, mapping: RoleMapping): RoleMappingPreview {
  const warnings: string[] = [];
  const path = mapping.attributePath.trim();
  const rules = mapping.rules;
  const groupRules = mapping.resourceGroupRules;
  const configured = path !== '' || rules.length > 0 || groupRules.length > 0;

  if (!configured) {
    // Role mapping is off: every SSO user gets the invitation role or the org default.
    return { role: null, matchedRule: null, resourceGroups: [], valuesAtPath: [], warnings };
  }

  warnings.push(...mappingWarnings(mapping));

  if (path === '') {
    warnings.push('Enter the IdP Role Attribute Path (for example "groups"): without it no mapping can match.');
    return { role: null, matchedRule: null, resourceGroups: [], valuesAtPath: [], warnings };
  }

  const values = valuesAt(claimsObject(claims), path, warnings);

  // First matching role mapping wins, in the order listed.
  const matchedRule = rules.findIndex((rule) => values.includes(rule.idpValue));
  const role = matchedRule >= 0 ? rules[matchedRule]!.role : null;

  // Resource-group mappings add up: every match applies (exact repeats collapse).
  const resourceGroups: RolePreview['resourceGroups'] = [];
  for (const rule of groupRules) {
    if (!values.includes(rule.idpValue)) continue;
    if (resourceGroups.some((g) => g.resourceGroup === rule.resourceGroup && g.role === rule.role)) continue;
    resourceGroups.push({ resourceGroup: rule.resourceGroup, role: rule.role });
  }
  for (const group of new Set(resourceGroups.map((g) => g.resourceGroup))) {
    const roles = resourceGroups.filter((g) => g.resourceGroup === group).map((g) => g.role);
    if (roles.length > 1) {
      const strongest = [...roles].sort((a, b) => roleRank(a) - roleRank(b))[0];
      warnings.push(
        `Resource group "${group}" is matched by several mappings with different roles (${roles.join(', ')}); ` +
          `keep one mapping per group so the outcome is unambiguous (the strongest is ${strongest}).`,
      );
    }
  }

  if (values.length > 0) warnings.push(...caseMismatchWarnings(values, mapping, matchedRule));

  return { role, matchedRule: matchedRule >= 0 ? matchedRule : null, resourceGroups, valuesAtPath: values, warnings };
}

/** Problems in the mapping itself, whatever the claims (shown before any test login). */
export function mappingWarnings(mapping: RoleMapping): string[] {
  const warnings: string[] = [];
  if (mapping.rules.length > 0 || mapping.attributePath.trim() !== '') {
    if (!mapping.rules.some((r) => r.role === 'admin')) {
      warnings.push('Add at least one mapping to the admin role: the Hub requires one, so that SSO cannot lock every admin out.');
    }
  }
  mapping.rules.forEach((rule, i) => {
    if (rule.idpValue.trim() === '') warnings.push(`Mapping ${i + 1} has no IdP value: it can never match.`);
    else if (rule.idpValue !== rule.idpValue.trim()) {
      warnings.push(`Mapping ${i + 1}: the IdP value "${rule.idpValue}" has spaces around it; values are compared exactly.`);
    }
  });
  const seen = new Map<string, number>();
  mapping.rules.forEach((rule, i) => {
    const first = seen.get(rule.idpValue);
    if (first === undefined) {
      seen.set(rule.idpValue, i);
      return;
    }
    const firstRule = mapping.rules[first]!;
    warnings.push(
      `The IdP value "${rule.idpValue}" is mapped more than once (mappings ${first + 1} and ${i + 1}); ` +
        `only the first applies (${firstRule.role}), so mapping ${i + 1} never takes effect.`,
    );
  });
  const seenGroups = new Map<string, number>();
  mapping.resourceGroupRules.forEach((rule, i) => {
    if (rule.idpValue.trim() === '') warnings.push(`Resource-group mapping ${i + 1} has no IdP value: it can never match.`);
    if (rule.resourceGroup.trim() === '') warnings.push(`Resource-group mapping ${i + 1} names no resource group: it gives no access.`);
    const key = JSON.stringify([rule.idpValue, rule.resourceGroup]);
    const first = seenGroups.get(key);
    if (first === undefined) seenGroups.set(key, i);
    else {
      warnings.push(
        `The IdP value "${rule.idpValue}" is mapped to resource group "${rule.resourceGroup}" more than once ` +
          `(resource-group mappings ${first + 1} and ${i + 1}).`,
      );
    }
  });
  return warnings;
}

/** The strings at the attribute path, with a warning for each way they can be unusable. */
function valuesAt(claims: Record<string, unknown>, path: string, warnings: string[]): string[] {
  const lookup = lookupPath(claims, path);
  if (lookup.kind === 'invalid') {
    warnings.push(lookup.reason);
    return [];
  }
  if (lookup.kind === 'missing') {
    warnings.push(missingPathWarning(claims, path, lookup));
    return [];
  }
  const value = lookup.value;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    if (strings.length < value.length) {
      warnings.push(`The "${path}" claim holds ${value.length - strings.length} value(s) that are not strings; the Hub compares strings only, so they are ignored.`);
    }
    if (value.length === 0) warnings.push(`The "${path}" claim is an empty list for this user: no mapping can match.`);
    return strings;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    const example = keys[0] === undefined ? `${path}.<field>` : `${path}.${keys[0]}`;
    warnings.push(
      `The attribute path "${path}" points at an object, not a string or a list of strings. ` +
        `Point it at one of its fields${keys.length > 0 ? ` (${keys.slice(0, 8).join(', ')})` : ''}, e.g. "${example}".`,
    );
    return [];
  }
  warnings.push(
    `The "${path}" claim is ${value === null ? 'null' : `a ${typeof value}`}; the Hub expects a string or a list of strings.`,
  );
  return [];
}

function missingPathWarning(claims: Record<string, unknown>, path: string, lookup: Extract<PathLookup, { kind: 'missing' }>): string {
  let text = `The attribute path "${path}" is missing from the claims of the last test login`;
  text += lookup.reachedPath ? ` ("${lookup.reachedPath}" exists but has no such field).` : '.';
  if (Object.prototype.hasOwnProperty.call(claims, path)) {
    // A claim whose name contains dots (e.g. a namespaced URL) cannot be reached in dot notation.
    text += ` A claim literally named "${path}" exists, but the Hub reads dots as nested fields, so it will not find it.`;
  } else if (lookup.availableKeys.length > 0) {
    text += ` Available: ${lookup.availableKeys.slice(0, 12).join(', ')}${lookup.availableKeys.length > 12 ? ', …' : ''}.`;
  }
  if (path === 'groups') {
    text +=
      ' In Okta, the org authorization server adds a groups claim through a groups claim filter on the app (Sign On tab); ' +
      'a custom authorization server needs a groups claim and the "groups" scope (turn on "Request groups").';
  }
  return text;
}

/** Near misses that differ only in letter case, which the Hub does not forgive. */
function caseMismatchWarnings(values: string[], mapping: RoleMapping, matchedRule: number): string[] {
  const warnings: string[] = [];
  const lower = new Set(values.map((v) => v.toLowerCase()));
  const reported = new Set<string>();
  // Role mappings listed before the winner (or all, when none won) would have changed the outcome.
  const rulesThatMatter = matchedRule >= 0 ? mapping.rules.slice(0, matchedRule) : mapping.rules;
  const candidates = [...rulesThatMatter, ...mapping.resourceGroupRules];
  for (const rule of candidates) {
    if (values.includes(rule.idpValue) || reported.has(rule.idpValue)) continue;
    if (lower.has(rule.idpValue.toLowerCase())) {
      const actual = values.find((v) => v.toLowerCase() === rule.idpValue.toLowerCase())!;
      warnings.push(`"${rule.idpValue}" does not match "${actual}" from the IdP: values are compared case-sensitively.`);
      reported.add(rule.idpValue);
    }
  }
  return warnings;
}
