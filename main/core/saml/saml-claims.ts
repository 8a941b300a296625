/**
 * A verified SAML login as the claims every screen shows: the NameID is the user (`sub`, and the email the
 * Hub matches, when it is one); the attributes, by their Name (a name or a URI, as the Hub's role mapping reads
 * them), are the rest. Nothing is renamed: an admin sees what the Hub will see.
 */
import type { ClaimsSummary } from '../../../common/contract';
import type { SamlLogin } from './validate-response';

/** Attribute names IdPs use for a display name (Okta's custom ones, Entra's claim URIs, Google's mapping). */
const NAME_ATTRIBUTES = ['displayName', 'name', 'http://schemas.microsoft.com/identity/claims/displayname', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'];

export function samlClaims(login: Pick<SamlLogin, 'nameId' | 'attributes'>): ClaimsSummary {
  const name = NAME_ATTRIBUTES.map((n) => login.attributes[n]?.[0]).find((v) => v && !v.includes('@'));
  return {
    sub: login.nameId,
    ...(login.nameId.includes('@') ? { email: login.nameId } : {}),
    ...(name ? { name } : {}),
    other: { ...login.attributes },
    source: 'saml-assertion',
  };
}
