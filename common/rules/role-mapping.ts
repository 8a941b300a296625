/**
 * Which Hub role (and which resource groups) a user would get, following the
 * Hub's role-mapping rules (hub-facts.ts), from the claims of a test login.
 * Pure: no I/O.
 *
 * - The "IdP Role Attribute Path" is dot notation into the ID token claims
 *   (`groups`, `user.role`); the value there is a string or a list of strings.
 *   For SAML it is an attribute's Name, read whole (a URI such as
 *   `http://schemas.microsoft.com/ws/2008/06/identity/claims/role` has dots
 *   that are not nesting); its values are the attribute's.
 * - When several mappings match, the most privileged matching role wins
 *   (read < contributor < write < admin), whatever the order they are listed in.
 * - No match: no role from SSO (the invitation role, else the org default applies).
 * - At least one mapping must give `admin`.
 * - Resource-group mappings are additive: every matching one applies.
 * Values are compared exactly (case-sensitive), as strings.
 */
import type { ClaimsSummary, HubRole, RoleMapping, RoleMatch, UserRolePreview } from '../contract';
import { idpProfile } from '../idp/profiles';
import { hubFacts } from './hub-facts';
import { roleHierarchyText, roleRank } from './hub-roles';

export type RoleMappingPreview = UserRolePreview;

/** What the preview knows about the configuration, to word its advice (its IdP profile; Okta org vs custom authorization server). */
export interface PreviewContext {
  issuer?: string;
  /** The configuration's IdP profile (common/idp); Okta when absent. */
  idpKind?: string;
}

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


export function previewRoleMapping(claims: ClaimsSummary, mapping: RoleMapping, context: PreviewContext = {}): RoleMappingPreview {
  const warnings: string[] = [];
  const path = mapping.attributePath.trim();
  const rules = mapping.rules;
  const groupRules = mapping.resourceGroupRules;
  const configured = path !== '' || rules.length > 0 || groupRules.length > 0;
  const none = (explanation: string, valuesAtPath: string[] = []): RoleMappingPreview => ({
    role: null,
    matchedRule: null,
    matches: [],
    explanation,
    resourceGroups: [],
    valuesAtPath,
    warnings,
  });

  if (!configured) {
    // Role mapping is off: every SSO user gets the invitation role or the org default.
    return none(`Role mapping is off: ${NO_MATCH_ROLE_TEXT}`);
  }

  warnings.push(...mappingWarnings(mapping));

  if (path === '') {
    warnings.push('Enter the IdP Role Attribute Path (for example "groups"): without it no mapping can match.');
    return none(`No attribute path, so no mapping can match: ${NO_MATCH_ROLE_TEXT}`);
  }

  const values = claims.source === 'saml-assertion' ? samlValuesAt(claims.other, path, warnings) : valuesAt(claimsObject(claims), path, warnings, context);
  const matches: RoleMatch[] = rules.flatMap((rule, i) => (values.includes(rule.idpValue) ? [{ rule: i, idpValue: rule.idpValue, role: rule.role }] : []));
  const winner = pickWinner(matches);

  // Resource-group mappings add up: every match applies (exact repeats collapse).
  const resourceGroups: UserRolePreview['resourceGroups'] = [];
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

  if (values.length > 0) {
    warnings.push(...caseMismatchWarnings(values, mapping));
    const ids = idLikeValuesWarning(values, path, mapping, matches.length > 0 || resourceGroups.length > 0);
    if (ids) warnings.push(ids);
  }

  return {
    role: winner ? winner.role : null,
    matchedRule: winner ? winner.rule : null,
    matches,
    explanation: explain(matches, winner, values.length > 0),
    resourceGroups,
    valuesAtPath: values,
    warnings,
  };
}

const NO_MATCH_ROLE_TEXT = 'the user keeps their invitation role, or else gets the organization’s default role (Members settings).';

/** The Hub's rule for several matches (hubFacts.roleMatch). */
function pickWinner(matches: RoleMatch[]): RoleMatch | undefined {
  if (hubFacts.roleMatch.value === 'first-listed') return matches[0];
  return matches.reduce<RoleMatch | undefined>((best, m) => (best === undefined || roleRank(m.role) < roleRank(best.role) ? m : best), undefined);
}

function explain(matches: RoleMatch[], winner: RoleMatch | undefined, hasValues: boolean): string {
  if (!winner) return `${hasValues ? 'No mapping matches this user’s values' : 'This user has no value at the attribute path'}: ${NO_MATCH_ROLE_TEXT}`;
  const named = (m: RoleMatch) => `mapping ${m.rule + 1} ("${m.idpValue}" → ${m.role})`;
  if (matches.length === 1) return `Only ${named(winner)} matches: the user gets ${winner.role}.`;
  const why =
    hubFacts.roleMatch.value === 'first-listed'
      ? 'it is listed first'
      : `the Hub gives the most privileged matching role (${roleHierarchyText()})`;
  return `${matches.length} mappings match: ${matches.map(named).join(', ')}. The user gets ${winner.role}, because ${why}.`;
}

/** Problems in the mapping itself, whatever the claims (shown before any test login). */
export function mappingWarnings(mapping: RoleMapping): string[] {
  const warnings: string[] = [];
  if (hubFacts.adminMappingRequired.value && (mapping.rules.length > 0 || mapping.attributePath.trim() !== '')) {
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
    const strongest = roleRank(rule.role) < roleRank(firstRule.role) ? rule.role : firstRule.role;
    warnings.push(
      `The IdP value "${rule.idpValue}" is mapped more than once (mappings ${first + 1} and ${i + 1}, ${firstRule.role} and ${rule.role}); ` +
        `the most privileged applies (${strongest}): keep one mapping per value.`,
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
function valuesAt(claims: Record<string, unknown>, path: string, warnings: string[], context: PreviewContext): string[] {
  const lookup = lookupPath(claims, path);
  if (lookup.kind === 'invalid') {
    warnings.push(lookup.reason);
    return [];
  }
  if (lookup.kind === 'missing') {
    const roles = idpProfile(context.idpKind).roleMapping;
    // Google's ID tokens never carry groups: say that, not "path missing".
    if (!roles.groupsClaim && path === 'groups' && roles.noGroupsText) warnings.push(roles.noGroupsText);
    else warnings.push(missingPathWarning(claims, path, lookup, context));
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

/** A SAML attribute by its exact Name; no dot notation (URIs are names). */
function samlValuesAt(attributes: Record<string, unknown>, path: string, warnings: string[]): string[] {
  if (!Object.prototype.hasOwnProperty.call(attributes, path)) {
    const names = Object.keys(attributes).sort();
    const near = names.find((n) => n.toLowerCase() === path.toLowerCase());
    warnings.push(
      `No attribute named "${path}" in this user’s SAML assertion` +
        (near ? `; "${near}" differs only in letter case, and names are compared exactly.` : names.length > 0 ? `. Its attributes: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}.` : ': it carries no attributes (add attribute statements / claims to the IdP app).'),
    );
    return [];
  }
  const value = attributes[path];
  const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  if (strings.length === 0) warnings.push(`The "${path}" attribute has no value for this user: no mapping can match.`);
  return strings;
}

function missingPathWarning(
  claims: Record<string, unknown>,
  path: string,
  lookup: Extract<PathLookup, { kind: 'missing' }>,
  context: PreviewContext,
): string {
  let text = `The attribute path "${path}" is missing from the claims of this test login`;
  text += lookup.reachedPath ? ` ("${lookup.reachedPath}" exists but has no such field).` : '.';
  if (Object.prototype.hasOwnProperty.call(claims, path)) {
    // A claim whose name contains dots (e.g. a namespaced URL) cannot be reached in dot notation.
    text += ` A claim literally named "${path}" exists, but the Hub reads dots as nested fields, so it will not find it.`;
  } else if (lookup.availableKeys.length > 0) {
    text += ` Available: ${lookup.availableKeys.slice(0, 12).join(', ')}${lookup.availableKeys.length > 12 ? ', …' : ''}.`;
  }
  const fix = idpProfile(context.idpKind).roleMapping.missingClaimFix?.(path, context.issuer);
  if (fix) text += ` ${fix}`;
  return text;
}

/** Okta group ids (00g + 17) and GUIDs (Entra ID object ids). */
const GROUP_ID = /^(00g[A-Za-z0-9]{17}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The IdP sends ids where the mappings name groups (or the reverse): nothing will ever match. */
function idLikeValuesWarning(values: string[], path: string, mapping: RoleMapping, anyMatch: boolean): string | undefined {
  if (anyMatch) return undefined;
  const mapped = [...mapping.rules, ...mapping.resourceGroupRules].map((r) => r.idpValue).filter((v) => v.trim() !== '');
  const idValues = values.filter((v) => GROUP_ID.test(v));
  if (mapped.length === 0) return undefined;
  if (idValues.length > 0 && mapped.every((v) => !GROUP_ID.test(v))) {
    return (
      `The "${path}" claim holds ids (e.g. ${idValues[0]}), while the mappings use names: values are compared exactly, so none can match. ` +
      'Map the ids instead (Okta: Directory → Groups → the group, its id is in the address; Entra ID: the group’s Object ID), or have the IdP send group names.'
    );
  }
  if (idValues.length === 0 && mapped.every((v) => GROUP_ID.test(v))) {
    return `The mappings use ids (e.g. ${mapped[0]}), while the "${path}" claim holds names (e.g. ${values[0]}): map the names the IdP sends.`;
  }
  return undefined;
}

/** Near misses that differ only in letter case, which the Hub does not forgive. */
function caseMismatchWarnings(values: string[], mapping: RoleMapping): string[] {
  const warnings: string[] = [];
  const reported = new Set<string>();
  for (const rule of [...mapping.rules, ...mapping.resourceGroupRules]) {
    if (values.includes(rule.idpValue) || reported.has(rule.idpValue)) continue;
    const actual = values.find((v) => v.toLowerCase() === rule.idpValue.toLowerCase());
    if (actual !== undefined) {
      warnings.push(`"${rule.idpValue}" does not match "${actual}" from the IdP: values are compared case-sensitively.`);
      reported.add(rule.idpValue);
    }
  }
  return warnings;
}
