/**
 * The diagnosis catalogue: every code the app can show, with its title, likely
 * cause and fix in the IdP's admin-console terms. Each IdP profile's own codes
 * come from its folder (common/idp/<id>/codes.ts) through the registry. Codes are stable:
 * admins search for them and tests assert on them. Add, never rename.
 *
 * Evidence is attached per occurrence and must already be redacted: never a
 * secret, a code, or a token.
 */
import { profileCodes } from '../idp/profiles';
import { appCodes } from './app-codes';
import { authorizeCodes } from './authorize-codes';
import { bridgeCodes } from './bridge-codes';
import { issuerCodes } from './issuer-codes';
import { keychainCodes } from './keychain-codes';
import { loginPromptCodes } from './login-prompt-codes';
import { networkCodes } from './network-codes';
import { samlCodes } from './saml-codes';
import { storeCodes } from './store-codes';
import { tokenCodes } from './token-codes';

export const catalogue = {
  ...bridgeCodes,
  ...appCodes,
  ...keychainCodes,
  ...storeCodes,
  ...issuerCodes,
  ...networkCodes,
  ...authorizeCodes,
  ...tokenCodes,
  ...loginPromptCodes,
  ...samlCodes,
  ...profileCodes,
} as const;

export type DiagnosisCode = keyof typeof catalogue;
