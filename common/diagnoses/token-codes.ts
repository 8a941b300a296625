/**
 * Diagnosis codes: the token exchange and the ID token. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';
import { OKTA_APP } from '../idp/okta/words';

export const tokenCodes = {
  INVALID_CLIENT_SECRET: {
    title: 'The client secret is wrong',
    cause: 'Okta: "The client secret supplied for a confidential client is invalid." It also fails with HTTP Basic, so the secret itself is wrong.',
    fix: [
      `Copy the secret again from ${OKTA_APP} → General → Client Credentials → Client secrets (the eye icon shows it).`,
      'Paste it in step 3 and press Save, then test again.',
    ],
  },
  CLIENT_EXPECTS_BASIC: {
    title: 'The Okta app expects the secret in an HTTP Basic header',
    cause:
      'The Hub sends the client secret in the request body (client_secret_post). This app accepted the same secret only as HTTP Basic, so the Hub’s login will fail with invalid_client.',
    fix: [
      `Open ${OKTA_APP} → General → Client Credentials → Edit.`,
      'Set Client authentication to "Client secret" and choose "Client secret post" if your Okta shows the method, or ask Okta support to allow client_secret_post for this app.',
      'Save, then test again.',
    ],
  },
  TOKEN_ENDPOINT_ERROR: {
    title: 'The token exchange failed',
    cause: 'The identity provider refused to exchange the authorization code for tokens.',
    fix: ['Read the identity provider’s own message in the evidence.'],
  },
  TOKEN_ENDPOINT_UNREACHABLE: {
    title: 'The token endpoint could not be reached',
    cause: 'The token endpoint could not be reached: its host name did not resolve (DNS), the connection was refused (connect), or the secure connection failed (TLS).',
    fix: ['Check your network and try again.', 'Behind a mandatory proxy: browser mode uses HTTPS_PROXY, or --proxy URL.'],
  },
  ID_TOKEN_MISSING: {
    title: 'No ID token returned',
    cause: 'The token response has no id_token; the Hub needs one to know who logged in.',
    fix: ['Make sure the "openid" scope is allowed for the app and the authorization server.'],
  },
  ID_TOKEN_INVALID: {
    title: 'The ID token is not valid',
    cause: 'The ID token failed a check the Hub also makes.',
    fix: ['Read the details in the evidence.'],
  },
  NONCE_MISMATCH: {
    title: 'The ID token’s nonce does not match',
    cause: 'The ID token was not issued for this login (nonce mismatch): possibly a replay.',
    fix: ['Run the test again. If it repeats, the identity provider is not returning the nonce it was given.'],
  },
  ID_TOKEN_EXPIRED: {
    title: 'The ID token is already expired',
    cause: 'The ID token’s exp lies in the past: this computer’s clock or the identity provider’s is wrong.',
    fix: ['Check this computer’s date, time and time zone (turn on automatic time), then test again.'],
  },
  ID_TOKEN_NOT_YET_VALID: {
    title: 'The ID token was issued in the future',
    cause: 'The ID token’s iat lies ahead of this computer’s clock by more than the tolerance: a clock is wrong.',
    fix: ['Turn on automatic date and time on this computer, then test again.'],
  },
  CLOCK_SKEW: {
    title: 'Clocks disagree',
    cause: 'The ID token was issued slightly in the future by this computer’s clock. It passed, but such skew causes intermittent login failures.',
    fix: ['Turn on automatic date and time on this computer.'],
  },
  ID_TOKEN_WRONG_ISSUER: {
    title: 'The ID token names another issuer',
    cause: 'The ID token’s iss differs from the configured issuer; the Hub will refuse it.',
    fix: ['Use as Issuer URL exactly the "iss" shown in the evidence (org server vs custom authorization server).'],
  },
  ID_TOKEN_WRONG_AUDIENCE: {
    title: 'The ID token was issued for another app',
    cause: 'The ID token’s aud (or azp) is not this Client ID.',
    fix: ['Check that the Client ID belongs to the same Okta app as the secret.'],
  },
  ID_TOKEN_BAD_SIGNATURE: {
    title: 'The ID token’s signature is not valid',
    cause: 'The ID token was not signed by a key the issuer publishes in its JWKS.',
    fix: ['Check the Issuer URL points at the server that issues the tokens; if it does, report this to your IdP administrator.'],
  },
  ID_TOKEN_UNSIGNED: {
    title: 'The ID token is not signed',
    cause: 'The ID token uses alg "none"; the Hub will not accept it.',
    fix: ['Configure the identity provider to sign ID tokens with RS256.'],
  },
  ID_TOKEN_ALG_NOT_ADVERTISED: {
    title: 'The ID token uses an algorithm the issuer does not advertise',
    cause: 'The ID token is signed with an algorithm outside the issuer’s id_token_signing_alg_values_supported (e.g. HS256 where only RS256 is listed).',
    fix: ['Configure the app to sign ID tokens with RS256 (Okta does by default).'],
  },
  EMAIL_CLAIM_MISSING: {
    title: 'The ID token has no email claim',
    cause: 'The Hub identifies SSO users by email; without an "email" claim nobody can sign in.',
    fix: [
      'Make sure the "email" scope is requested and allowed (custom authorization server: Scopes and Access Policies).',
      'Make sure the user has a primary email in Okta (Directory → People).',
    ],
  },
  EMAIL_NOT_VERIFIED: {
    title: 'The email is not verified',
    cause: 'The ID token says email_verified: false.',
    fix: ['Have the user verify their email in Okta.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
