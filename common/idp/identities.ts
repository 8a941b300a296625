/**
 * Who each IdP is (id, names), apart from its profile's rules and catalogue
 * codes: the home screen and the IdP chooser need only this, and keeping the
 * profiles out of the first screen's bundle is what keeps it small (issue 15).
 * profiles.ts checks that its registry lists the same IdPs in the same order.
 */
import { entraIdentity } from './entra/identity';
import { googleIdentity } from './google/identity';
import { oktaIdentity } from './okta/identity';

export interface IdpIdentity {
  /** Stored in the configuration (`idpKind`). */
  readonly id: string;
  /** "Microsoft Entra ID". */
  readonly displayName: string;
  /** Where the admin works: "Microsoft Entra admin center". */
  readonly consoleName: string;
  /** Where the admin works for a SAML app, when elsewhere (Google: the Admin console, not Google Cloud). */
  readonly samlConsoleName?: string;
}

const identities = [oktaIdentity, entraIdentity, googleIdentity] as const;

export const idpIdentities: readonly IdpIdentity[] = identities;
export type IdpProfileId = (typeof identities)[number]['id'];
/** The IdP a configuration gets unless it says otherwise. */
export const DEFAULT_IDP: IdpProfileId = 'okta';
export const IDP_PROFILE_IDS = identities.map((p) => p.id) as [IdpProfileId, ...IdpProfileId[]];

/** "generic" (files written before profiles existed) and anything unknown read as the default, Okta. */
export function idpIdentity(kind: string | undefined): IdpIdentity {
  return idpIdentities.find((p) => p.id === kind) ?? oktaIdentity;
}
