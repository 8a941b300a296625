/**
 * The IdP profiles' catalogue entries: every code of every profile is in the
 * catalogue with a title, a cause and a fix; no two profiles (nor a profile
 * and the shared files) define the same code; the codes other helpers and the
 * fixtures rely on exist under their exact names.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../common/diagnoses/catalogue';
import { appCodes } from '../../common/diagnoses/app-codes';
import { authorizeCodes } from '../../common/diagnoses/authorize-codes';
import { bridgeCodes } from '../../common/diagnoses/bridge-codes';
import { issuerCodes } from '../../common/diagnoses/issuer-codes';
import { keychainCodes } from '../../common/diagnoses/keychain-codes';
import { loginPromptCodes } from '../../common/diagnoses/login-prompt-codes';
import { networkCodes } from '../../common/diagnoses/network-codes';
import { samlCodes } from '../../common/diagnoses/saml-codes';
import { storeCodes } from '../../common/diagnoses/store-codes';
import { tokenCodes } from '../../common/diagnoses/token-codes';
import { idpProfile, idpProfiles, IDP_PROFILE_IDS } from '../../common/idp/profiles';
import { idpIdentities, idpIdentity } from '../../common/idp/identities';
import { IdpKind } from '../../common/schemas/config-schemas';

const shared = [appCodes, authorizeCodes, bridgeCodes, issuerCodes, keychainCodes, loginPromptCodes, networkCodes, samlCodes, storeCodes, tokenCodes].flatMap((c) => Object.keys(c));

describe('IdP profiles in the catalogue', () => {
  it('lists Okta, Microsoft Entra ID and Google Workspace, Okta first (the default)', () => {
    expect(idpProfiles.map((p) => [p.id, p.displayName])).toEqual([
      ['okta', 'Okta'],
      ['entra', 'Microsoft Entra ID'],
      ['google', 'Google Workspace'],
    ]);
    expect(IDP_PROFILE_IDS).toEqual(['okta', 'entra', 'google']);
  });

  it('names each IdP as identities.ts does (the home screen reads only that file)', () => {
    expect(idpProfiles.map((p) => ({ id: p.id, displayName: p.displayName, consoleName: p.consoleName, ...(p.samlConsoleName ? { samlConsoleName: p.samlConsoleName } : {}) }))).toEqual(
      idpIdentities.map((i) => ({ ...i })),
    );
    expect(idpIdentity('generic')).toEqual(idpIdentity('okta'));
  });

  it.each(idpProfiles.map((p) => [p.id, p] as const))('%s: every code is in the catalogue with a title, a cause and a fix', (_id, profile) => {
    const codes = Object.keys(profile.codes);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      const entry = (catalogue as Record<string, { title: string; cause: string; fix: string[] }>)[code];
      expect(entry, code).toBe(profile.codes[code]);
      expect(entry!.title.trim(), code).not.toBe('');
      expect(entry!.cause.trim(), code).not.toBe('');
      expect(entry!.fix.length, code).toBeGreaterThan(0);
      for (const line of entry!.fix) expect(line.trim(), code).not.toBe('');
    }
  });

  it('no two profiles define the same code, and no profile redefines a shared one', () => {
    const all = [...idpProfiles.flatMap((p) => Object.keys(p.codes)), ...shared];
    const twice = all.filter((c, i) => all.indexOf(c) !== i);
    expect(twice).toEqual([]);
    expect(Object.keys(catalogue).length).toBe(all.length);
  });

  it('has the codes the fixtures and integration suites name', () => {
    const expected = [
      'ENTRA_REDIRECT_URI_MISMATCH', 'ENTRA_APP_NOT_FOUND', 'ENTRA_SECRET_INVALID', 'ENTRA_SECRET_EXPIRED', 'ENTRA_USER_NOT_ASSIGNED',
      'ENTRA_CONSENT_REQUIRED', 'ENTRA_USER_WRONG_TENANT', 'ENTRA_MISSING_FIELD', 'ENTRA_CONDITIONAL_ACCESS_BLOCKED', 'ENTRA_ERROR',
      'ENTRA_EMAIL_CLAIM_MISSING', 'ENTRA_GROUPS_OVERAGE', 'ENTRA_ISSUER_TENANT_PLACEHOLDER', 'ENTRA_ISSUER_V1',
      'GOOGLE_REDIRECT_URI_MISMATCH', 'GOOGLE_INVALID_CLIENT', 'GOOGLE_CLIENT_SECRET_INVALID', 'GOOGLE_ORG_INTERNAL', 'GOOGLE_ADMIN_POLICY_ENFORCED',
      'EMBEDDED_SIGNIN_REFUSED',
      // Okta's, moved into its profile under the same names.
      'REDIRECT_URI_NOT_REGISTERED', 'USER_NOT_ASSIGNED', 'GROUPS_CLAIM_TOO_MANY', 'PKCE_REQUIRED', 'POLICY_EVALUATION_FAILED', 'INVALID_CLIENT_ID', 'CLIENT_AUTH_FAILED', 'ISSUER_ADMIN_CONSOLE_URL',
    ];
    for (const code of expected) expect(Object.keys(catalogue), code).toContain(code);
    expect(Object.keys(idpProfile('entra').codes).every((c) => c.startsWith('ENTRA_'))).toBe(true);
    expect(Object.keys(idpProfile('google').codes).every((c) => c.startsWith('GOOGLE_'))).toBe(true);
  });

  it('a profile’s wording only rewords shared codes that exist', () => {
    for (const p of idpProfiles) for (const code of Object.keys(p.wording ?? {})) expect(shared, `${p.id}: ${code}`).toContain(code);
  });

  it('the Entra codes name their AADSTS number in the title, in Microsoft’s words', () => {
    const numbers: Record<string, string> = {
      ENTRA_REDIRECT_URI_MISMATCH: '50011', ENTRA_APP_NOT_FOUND: '700016', ENTRA_SECRET_INVALID: '7000215', ENTRA_SECRET_EXPIRED: '7000222',
      ENTRA_USER_NOT_ASSIGNED: '50105', ENTRA_CONSENT_REQUIRED: '65001', ENTRA_USER_WRONG_TENANT: '50020', ENTRA_MISSING_FIELD: '90014', ENTRA_CONDITIONAL_ACCESS_BLOCKED: '53003',
    };
    for (const [code, n] of Object.entries(numbers)) expect(catalogue[code as keyof typeof catalogue].title, code).toContain(`AADSTS${n}`);
  });

  it('a configuration records its profile: okta, entra, google; "generic" (older files) still reads, as Okta', () => {
    for (const kind of ['okta', 'entra', 'google', 'generic']) expect(IdpKind.parse(kind)).toBe(kind);
    expect(IdpKind.safeParse('azure').success).toBe(false);
    expect(idpProfile('generic').id).toBe('okta');
    expect(idpProfile(undefined).id).toBe('okta');
  });
});
