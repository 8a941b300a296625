/**
 * Diagnosis codes: authorization, in the login window. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';
import { OKTA_APP } from '../idp/okta/words';

export const authorizeCodes = {
  SCOPE_NOT_CONFIGURED: {
    title: 'A requested scope is not allowed',
    cause: 'Okta refused one of the scopes (openid, email, profile, groups).',
    fix: [
      'For a custom authorization server: Security → API → your server → Scopes: add the missing scope (e.g. "groups"), and allow it in the access policy rule.',
      'Or untick "Request groups" in this configuration.',
    ],
  },
  ACCESS_DENIED: {
    title: 'Okta denied access',
    cause: 'The identity provider answered access_denied.',
    fix: ['Read Okta’s own message in the evidence; check the app’s assignments and sign-on policy.'],
  },
  AUTHORIZE_ERROR: {
    title: 'The identity provider refused the login',
    cause: 'The identity provider returned an error to the redirect URI.',
    fix: ['Read the identity provider’s own message in the evidence.'],
  },
  IDP_ERROR_PAGE: {
    title: 'The identity provider showed an error page',
    cause: 'The login window landed on an error page of the identity provider instead of coming back.',
    fix: ['Read the page’s own words in the evidence.', 'Check the Client ID and the app’s settings in Okta.'],
  },
  STATE_MISMATCH: {
    title: 'The login response did not belong to this test',
    cause: 'The "state" returned does not match the one sent: the response came from another login, or was tampered with.',
    fix: ['Run the test again. If it repeats, check for a proxy or extension rewriting the redirect.'],
  },
  LOGIN_WINDOW_CLOSED: {
    title: 'The login window was closed',
    cause: 'The window was closed before the login came back to the Hub’s redirect URI.',
    fix: ['Press "Test login" again and complete the login in the window.'],
  },
  LOGIN_TIMED_OUT: {
    title: 'The login did not finish in time',
    cause: 'The login window did not reach the Hub’s redirect URI before the time limit.',
    fix: [
      'Press "Test login" again and complete the login.',
      'Passkeys and Okta FastPass may not work inside an embedded window: choose another factor (password, Okta Verify push, code).',
    ],
  },
  LOGIN_PAGE_FAILED: {
    title: 'The sign-in page could not be loaded',
    cause: 'The login window could not load a page of the identity provider.',
    fix: [
      'Check the Issuer URL for typos: the sign-in page lives on its host.',
      'Open the address in the evidence in your usual browser on this computer. If it fails there too, the network (DNS, proxy, firewall) or the certificate is the problem, not this configuration.',
      'Behind a TLS-inspecting proxy, the proxy’s certificate must be trusted by the operating system.',
    ],
  },
  LOGIN_STALLED_DEVICE_BOUND: {
    title: 'The sign-in waited for Okta FastPass',
    cause:
      'The sign-in stopped at Okta Verify (Okta FastPass), a factor bound to this device that an embedded login window often cannot complete, until the time limit.',
    fix: [
      'Test with a user whose sign-in does not require Okta FastPass: in the Okta Admin Console → Security → Authentication Policies → the policy of this app → its rule for the test user, allow another factor (password + Okta Verify push or a code) instead of requiring Okta FastPass or a phishing-resistant factor.',
      'Or, if the page offers it, choose "Verify with something else" and pick a push notification, a code or a password.',
      'Security → Authenticators → Okta Verify → Edit shows whether Okta FastPass is offered at all.',
    ],
  },
  LOGIN_CANCELLED: {
    title: 'Test cancelled',
    cause: 'You cancelled the test.',
    fix: ['Press "Test login" to start again.'],
  },
  EMBEDDED_SIGNIN_REFUSED: {
    title: 'Google refuses to sign in inside this app’s window',
    cause:
      'Google showed "Couldn’t sign you in: This browser or app may not be secure" (disallowed_useragent): it never lets an embedded window sign in. This says nothing against your configuration.',
    fix: [
      'Already verified: the issuer’s discovery document and signing keys, that Google knows this Client ID (it shows this page only for a client it knows), and that it accepted the Hub’s redirect URI.',
      'Next step: in your usual browser, open the organization’s SSO settings on the Hub and press "Update and Test OIDC configuration": that runs the same login outside this app.',
      'If your IdP federates to Google (e.g. Okta with Google as an identity provider), you can also test here with a user who signs in with a password instead.',
    ],
  },
  LOGIN_WINDOW_CRASHED: {
    title: 'The login page crashed',
    cause: 'The identity provider’s page crashed the login window.',
    fix: ['Run the test again. If it repeats, report it with the evidence below.'],
  },
  REDIRECT_LOOP: {
    title: 'The login went round in circles',
    cause: 'The identity provider kept redirecting without ever reaching the Hub’s redirect URI.',
    fix: ['Check the app’s sign-in redirect URIs and sign-on policy in Okta; clear any custom login redirect.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
