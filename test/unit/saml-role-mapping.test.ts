/**
 * The role preview on a SAML login: the attribute path is an attribute's Name read whole (an Entra claim URI
 * has dots that are not nesting), the Hub's most-privileged rule applies across the attribute's values, and a
 * missing or differently-cased name is said with the names the assertion does carry.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimsSummary, RoleMapping } from '../../common/contract';
import { previewRoleMapping } from '../../common/rules/role-mapping';
import { samlClaims } from '../../main/core/saml/saml-claims';
import { ENTRA_CLAIMS } from '../fixtures/saml-idp';

const entraLogin: ClaimsSummary = samlClaims({
  nameId: 'alice@acme.example',
  attributes: {
    [ENTRA_CLAIMS.role]: ['read', 'admin'],
    [ENTRA_CLAIMS.displayName]: ['Alice Admin'],
    [ENTRA_CLAIMS.groups]: ['6f1c2a4e-0c2b-4d9e-9a57-1b2c3d4e5f60'],
  },
});
const mapping = (attributePath: string, rules: RoleMapping['rules']): RoleMapping => ({ attributePath, rules, resourceGroupRules: [] });

describe('SAML claims', () => {
  it('the NameID is the user and the email the Hub matches; attributes keep their Names; the display name is read', () => {
    expect(entraLogin).toMatchObject({ sub: 'alice@acme.example', email: 'alice@acme.example', name: 'Alice Admin', source: 'saml-assertion' });
    expect(Object.keys(entraLogin.other)).toContain(ENTRA_CLAIMS.role);
    expect(samlClaims({ nameId: '6f1c2a4e', attributes: {} })).not.toHaveProperty('email');
  });
});

describe('role preview by SAML attribute name', () => {
  it('an Entra role claim URI is read whole, and the most privileged matching role wins', () => {
    const preview = previewRoleMapping(entraLogin, mapping(ENTRA_CLAIMS.role, [{ idpValue: 'read', role: 'read' }, { idpValue: 'admin', role: 'admin' }]), { idpKind: 'entra' });
    expect(preview.valuesAtPath).toEqual(['read', 'admin']);
    expect(preview.role).toBe('admin');
    expect(preview.matches).toHaveLength(2);
    expect(preview.warnings.filter((w) => w.includes('missing'))).toEqual([]);
  });

  it('the same URI on OIDC claims is dot notation, and is not found (the two protocols are told apart)', () => {
    const oidc: ClaimsSummary = { sub: 'x', other: { [ENTRA_CLAIMS.role]: ['admin'] } };
    const preview = previewRoleMapping(oidc, mapping(ENTRA_CLAIMS.role, [{ idpValue: 'admin', role: 'admin' }]));
    expect(preview.role).toBeNull();
  });

  it('a name the assertion lacks: no role, and the warning lists the names it carries', () => {
    const preview = previewRoleMapping(entraLogin, mapping('role', [{ idpValue: 'admin', role: 'admin' }]));
    expect(preview.role).toBeNull();
    expect(preview.warnings.join(' ')).toContain(`No attribute named "role"`);
    expect(preview.warnings.join(' ')).toContain(ENTRA_CLAIMS.role);
  });

  it('a name that differs only in letter case is pointed out', () => {
    const okta = samlClaims({ nameId: 'bob@acme.example', attributes: { groups: ['hf-readers'] } });
    const preview = previewRoleMapping(okta, mapping('Groups', [{ idpValue: 'hf-readers', role: 'read' }, { idpValue: 'hf-admins', role: 'admin' }]));
    expect(preview.role).toBeNull();
    expect(preview.warnings.join(' ')).toContain('"groups" differs only in letter case');
    expect(previewRoleMapping(okta, mapping('groups', [{ idpValue: 'hf-readers', role: 'read' }, { idpValue: 'hf-admins', role: 'admin' }])).role).toBe('read');
  });
});
