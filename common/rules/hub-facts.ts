/**
 * How the Hugging Face Hub behaves, as its own documentation says, one entry
 * per rule. Each entry names the page it comes from and the day it was read,
 * so that when the Hub changes a rule it is one edit here and one test
 * (test/unit/hub-facts.test.ts). The code that applies a rule reads its value
 * from here; nothing else restates it.
 */

export interface HubFact<T> {
  value: T;
  /** hub-docs path the rule comes from. */
  source: string;
  /** The day the rule was read there (YYYY-MM-DD). */
  readOn: string;
  /** The rule in the Hub's words (short). */
  says: string;
}

const USER_MANAGEMENT = 'huggingface/hub-docs docs/hub/security-sso-user-management.md';
const OKTA_OIDC = 'huggingface/hub-docs docs/hub/security-sso-okta-oidc.md';
const OKTA_SAML = 'huggingface/hub-docs docs/hub/security-sso-okta-saml.md';

export const hubFacts = {
  /** Most privileged first. */
  roleOrder: {
    value: ['admin', 'write', 'contributor', 'read'] as const,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'The role hierarchy, from least to most privileged, is read < contributor < write < admin.',
  },
  /**
   * Which mapping wins when several match. The stored hub-docs snapshot
   * (commit 022e063) still said "the first matching mapping"; the current page
   * (issue 12) says the most privileged matching role.
   */
  roleMatch: {
    value: 'most-privileged' as 'most-privileged' | 'first-listed',
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'If the attribute contains multiple values that match several mappings, the user is assigned the most privileged matching role.',
  },
  noRoleMatch: {
    value: 'invitation-role-else-org-default' as const,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'If there is no match, the user gets their invitation role, else the organization’s default role (customisable under Members).',
  },
  adminMappingRequired: {
    value: true,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'You must map at least one admin role in your configuration.',
  },
  rolesResyncEveryLogin: {
    value: true,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'Role synchronization is performed on every login.',
  },
  resourceGroupsAdditive: {
    value: true,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'Resource Group Mapping is additive: a user is added to all matched resource groups, each with its own role; no match, no group.',
  },
  attributePathForm: {
    value: 'dot-notation' as const,
    source: USER_MANAGEMENT,
    readOn: '2026-12-01',
    says: 'A JSON path with dot notation (user.role, groups); for SAML it can be a URI.',
  },
  oidcConsumePath: {
    value: '/organizations/<org>/oidc/consume',
    source: OKTA_OIDC,
    readOn: '2026-12-01',
    says: 'Sign-in redirect URI: https://huggingface.co/organizations/<org>/oidc/consume.',
  },
  samlConsumePath: {
    value: '/organizations/<org>/saml/consume',
    source: OKTA_SAML,
    readOn: '2026-12-01',
    says: 'Assertion Consumer Service URL: https://huggingface.co/organizations/<org>/saml/consume.',
  },
  tokenEndpointAuthMethod: {
    value: 'client_secret_post' as const,
    source: OKTA_OIDC,
    readOn: '2026-12-01',
    says: 'The Hub sends the client secret in the token request body; an app set to HTTP Basic fails with invalid_client.',
  },
  emailIdentifiesUser: {
    value: 'email' as const,
    source: OKTA_OIDC,
    readOn: '2026-12-01',
    says: 'SSO users are matched by the email claim of the ID token.',
  },
} satisfies Record<string, HubFact<unknown>>;
