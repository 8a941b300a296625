/**
 * Google Workspace's own diagnosis codes (part of the catalogue through common/idp/profiles.ts), in the
 * Google Cloud console's and Google Admin console's words; Google's error name stays in the evidence
 * (`googleError`). Codes are stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from '../../diagnoses/catalogue-entry';
import { GOOGLE_CLIENT } from './words';

export const googleCodes = {
  GOOGLE_REDIRECT_URI_MISMATCH: {
    title: 'The Hub’s redirect URI is not registered in Google (Error 400: redirect_uri_mismatch)',
    cause: 'Google showed "Access blocked: This app’s request is invalid … Error 400: redirect_uri_mismatch": the Hub’s consume URI is not one of the client’s Authorized redirect URIs.',
    fix: [
      `Open ${GOOGLE_CLIENT} → Authorized redirect URIs → Add URI.`,
      'Paste the redirect URI shown in step 2 (https://huggingface.co/organizations/<org>/oidc/consume) exactly, press Save, and test again (Google notes a change may take a few minutes to apply).',
    ],
  },
  GOOGLE_INVALID_CLIENT: {
    title: 'Google does not know this Client ID (Error 401: invalid_client)',
    cause: 'Google: "The OAuth client was not found." The Client ID is mistyped, belongs to a deleted client, or to another project.',
    fix: [
      `Copy the Client ID again from ${GOOGLE_CLIENT} (it ends with .apps.googleusercontent.com).`,
      'Check the project selected at the top of the Google Cloud console is the one that holds the client.',
    ],
  },
  GOOGLE_CLIENT_SECRET_INVALID: {
    title: 'Google refused the client secret',
    cause: 'Google accepted the Client ID at sign-in, but its token endpoint answered invalid_client ("Unauthorized") to the secret: the secret is wrong, or was deleted or disabled.',
    fix: [
      `Open ${GOOGLE_CLIENT} → Client secrets. Google shows a secret in full only when it is created: if you no longer have it, press "Add secret" and copy the new one.`,
      'Paste it in step 3 and Save (and in the Hub’s SSO settings), then test again; disable the old secret once nothing uses it.',
    ],
  },
  GOOGLE_ORG_INTERNAL: {
    title: 'This user is outside the Google Workspace that owns the app (Error 403: org_internal)',
    cause: 'Google: "This client is restricted to users within its organization." The app’s audience is Internal, and the account signed in does not belong to that Workspace.',
    fix: [
      'Test with an account of your Workspace (use another account in the login window).',
      'If users from outside must sign in: Google Cloud console → Google Auth Platform → Audience → User type → Make external (not needed for one organization’s SSO).',
    ],
  },
  GOOGLE_ADMIN_POLICY_ENFORCED: {
    title: 'A Google Workspace policy blocks this app (Error 400: admin_policy_enforced)',
    cause: 'Google: "Access to your account is restricted by policies within your organization." The Workspace’s API controls do not trust this OAuth client.',
    fix: [
      'Google Admin console (admin.google.com) → Security → Access and data control → API controls → Manage Third-Party App Access → Configure new app.',
      'Search by OAuth Client ID, pick your client, set it to "Trusted" (or "Limited"), and test again.',
    ],
  },
  GOOGLE_ISSUER_URL: {
    title: 'Google’s issuer is https://accounts.google.com',
    cause: 'The address is a Google console or API address. Every Google Workspace uses the same issuer, https://accounts.google.com, as the Hub’s guide says.',
    fix: ['Use https://accounts.google.com as the Issuer URL.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
