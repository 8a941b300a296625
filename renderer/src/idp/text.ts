/**
 * The renderer side of the IdP profiles, as plain data (common/idp holds the
 * rest). A fourth IdP adds its folder here beside okta/, entra/, google/ and
 * one line below and in steps.tsx.
 */
import { idpIdentity } from '../../../common/idp/identities';
import { entraText } from './entra/text';
import { googleText } from './google/text';
import { oktaText } from './okta/text';
import type { IdpText } from './text-types';

const texts: Readonly<Record<string, IdpText>> = { okta: oktaText, entra: entraText, google: googleText };

/** The texts of a configuration's `idpKind`; unknown kinds read as the IdP common/ falls back to (Okta). */
export function idpText(kind: string | undefined): IdpText {
  return texts[idpIdentity(kind).id] ?? oktaText;
}
