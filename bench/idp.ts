/** The benchmark's IdP: the project's Okta-like fixture, loaded lazily (it is test code). */
import type { OktaLikeIdp, OktaLikeIdpOptions } from '../test/fixtures/okta-idp/index';

export type { OktaLikeIdp };

export async function startIdp(options: OktaLikeIdpOptions = {}): Promise<OktaLikeIdp> {
  const { startOktaLikeIdp } = await import('../test/fixtures/okta-idp/index');
  return startOktaLikeIdp(options);
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}
