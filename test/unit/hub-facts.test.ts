/**
 * The Hub's rules as this app applies them. When the Hub changes one, the
 * fact in common/rules/hub-facts.ts changes and so does its line here.
 */
import { describe, expect, it } from 'vitest';
import { hubFacts } from '../../common/rules/hub-facts';
import { HUB_ROLES, roleHierarchyText } from '../../common/rules/hub-roles';
import { hubConsumeUri, hubSamlAcsUrl } from '../../common/rules/hub-urls';

describe('hub facts', () => {
  it('each fact names its page in hub-docs and the day it was read', () => {
    for (const [name, fact] of Object.entries(hubFacts)) {
      expect(fact.source, name).toMatch(/^huggingface\/hub-docs docs\/hub\/security-sso-[a-z-]+\.md$/);
      expect(fact.readOn, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fact.says.length, name).toBeGreaterThan(20);
    }
  });

  it('the rules, as read on 2026-12-01', () => {
    expect(hubFacts.roleMatch.value).toBe('most-privileged');
    expect(roleHierarchyText()).toBe('read < contributor < write < admin');
    expect(HUB_ROLES).toEqual(['admin', 'write', 'contributor', 'read']);
    expect(hubFacts.noRoleMatch.value).toBe('invitation-role-else-org-default');
    expect(hubFacts.adminMappingRequired.value).toBe(true);
    expect(hubFacts.resourceGroupsAdditive.value).toBe(true);
    expect(hubFacts.rolesResyncEveryLogin.value).toBe(true);
    expect(hubFacts.tokenEndpointAuthMethod.value).toBe('client_secret_post');
  });

  it('the URL forms the IdP app must hold', () => {
    expect(hubConsumeUri('acme')).toBe('https://huggingface.co/organizations/acme/oidc/consume');
    expect(hubSamlAcsUrl('acme')).toBe('https://huggingface.co/organizations/acme/saml/consume');
  });
});
