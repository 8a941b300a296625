/**
 * Okta's own diagnosis codes (part of the catalogue through common/idp/profiles.ts). Codes are stable:
 * admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from '../../diagnoses/catalogue-entry';
import { OKTA_APP } from './words';

export const oktaCodes = {
  ISSUER_ADMIN_CONSOLE_URL: {
    title: 'This is the Okta admin console address, not the issuer',
    cause: 'Addresses with "-admin" (like https://acme-admin.okta.com) open the admin console; tokens are issued by https://acme.okta.com.',
    fix: ['Remove "-admin" from the address: use https://<your-org>.okta.com (or your custom authorization server URL).'],
  },
  REDIRECT_URI_NOT_REGISTERED: {
    title: 'The Hub’s redirect URI is not registered in Okta',
    cause: 'Okta refused the login because the Hub’s consume URI is not one of the app’s Sign-in redirect URIs.',
    fix: [
      `Open ${OKTA_APP} → General → LOGIN → Edit.`,
      'Add the redirect URI shown in step 2 (https://huggingface.co/organizations/<org>/oidc/consume) to "Sign-in redirect URIs", exactly, and Save.',
    ],
  },
  USER_NOT_ASSIGNED: {
    title: 'This user is not assigned to the Okta app',
    cause: 'Okta: "User is not assigned to the client application."',
    fix: [`Open ${OKTA_APP} → Assignments → Assign → Assign to People (or Groups), add the user, and test again.`],
  },
  GROUPS_CLAIM_TOO_MANY: {
    title: 'Okta’s groups claim matched more than 100 groups',
    cause: 'Okta: "The groups claim matched too many groups and must be configured to match fewer groups." Okta puts at most 100 groups in a token and refuses the login when the groups filter matches more for this user.',
    fix: [
      `Org authorization server: in ${OKTA_APP} → Sign On tab → OpenID Connect ID Token, narrow the Groups claim filter to the groups the Hub maps (e.g. Starts with "hf-" instead of Matches regex ".*").`,
      'Custom authorization server: Security → API → Authorization Servers → your server → Claims → groups: narrow its filter the same way.',
      'Then test again with this user.',
    ],
  },
  PKCE_REQUIRED: {
    title: 'The Okta app requires PKCE',
    cause: 'Okta: "PKCE code challenge is required by the application." The Hub’s login may not send one.',
    fix: [`Open ${OKTA_APP} → General → Client Credentials → Edit, and clear "Require PKCE as additional verification".`],
  },
  POLICY_EVALUATION_FAILED: {
    title: 'An Okta sign-on policy refused the login',
    cause: 'Okta: "Policy evaluation failed for this request." An authentication or access policy does not allow this user, app or scope.',
    fix: [
      `Check ${OKTA_APP} → Sign On → User authentication policy.`,
      'For a custom authorization server: Security → API → your server → Access Policies: add a policy and rule that cover this app, the Authorization Code grant and the requested scopes.',
    ],
  },
  INVALID_CLIENT_ID: {
    title: 'Okta does not know this Client ID',
    cause: 'Okta: "Invalid value for \'client_id\' parameter."',
    fix: [`Copy the Client ID again from ${OKTA_APP} → General → Client Credentials.`],
  },
  CLIENT_AUTH_FAILED: {
    title: 'Client authentication failed',
    cause: 'Okta: "Client authentication failed." The Client ID and secret were not accepted.',
    fix: ['Copy the Client ID and Client secret again from Okta, save, and test again.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
