/**
 * The IdP profiles the app knows. Adding a fourth IdP: one folder beside
 * okta/, entra/ and google/ (profile.ts, codes.ts, errors.ts), one line here,
 * its pictures and its test fixture. The catalogue, the configuration's
 * `idpKind`, the issuer rules, the classifiers and "open in browser" all read
 * this list; its identity (id, names) goes in identities.ts too.
 */
import { entraProfile } from './entra/profile';
import { googleProfile } from './google/profile';
import { oktaProfile } from './okta/profile';
import type { IdpProfile } from './types';

const registry = [oktaProfile, entraProfile, googleProfile] as const;

export const idpProfiles: readonly IdpProfile[] = registry;
export { DEFAULT_IDP, IDP_PROFILE_IDS, type IdpProfileId } from './identities';

/**
 * The profile of a configuration's `idpKind`. "generic" (files written before
 * profiles existed) and anything unknown read as the default, Okta: the app's
 * behaviour for them until now.
 */
export function idpProfile(kind: string | undefined): IdpProfile {
  return idpProfiles.find((p) => p.id === kind) ?? oktaProfile;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every profile's catalogue entries, keyed by code. */
export type ProfileCodes = UnionToIntersection<(typeof registry)[number]['codes']>;

export const profileCodes = Object.assign({}, ...registry.map((p) => p.codes)) as ProfileCodes;
