/**
 * Microsoft Entra ID's own diagnosis codes (part of the catalogue through common/idp/profiles.ts),
 * in the Microsoft Entra admin center's words. Each AADSTS number stays in the evidence (`aadsts`).
 * Codes are stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from '../../diagnoses/catalogue-entry';
import { ENTRA_APP, ENTRA_ENTERPRISE_APP } from './words';

const REDIRECT_URI = 'https://huggingface.co/organizations/<org>/oidc/consume';

export const entraCodes = {
  ENTRA_REDIRECT_URI_MISMATCH: {
    title: 'The Hub’s redirect URI is not registered in Entra ID (AADSTS50011)',
    cause: 'Microsoft: "The redirect URI specified in the request does not match the redirect URIs configured for the application." Entra compares the URI exactly, case included, and only among the Web platform’s URIs.',
    fix: [
      `Open ${ENTRA_APP} → Authentication → Platform configurations.`,
      `Under "Web" (Add a platform → Web if there is none; not "Single-page application"), add the redirect URI shown in step 2 (${REDIRECT_URI}) exactly, and Save.`,
    ],
  },
  ENTRA_APP_NOT_FOUND: {
    title: 'Entra ID does not know this Client ID in this tenant (AADSTS700016)',
    cause: 'Microsoft: "Application with identifier … was not found in the directory …" The Client ID is wrong, or the Issuer URL names another tenant than the one the app is registered in.',
    fix: [
      `Copy the "Application (client) ID" again from ${ENTRA_APP} → Overview (not the Object ID).`,
      'Check that the Issuer URL’s tenant is the "Directory (tenant) ID" shown on the same Overview page: https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0.',
    ],
  },
  ENTRA_SECRET_INVALID: {
    title: 'Entra ID refused the client secret (AADSTS7000215)',
    cause: 'Microsoft: "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID." Most often the Secret ID (a GUID) was copied instead of the Value.',
    fix: [
      `Open ${ENTRA_APP} → Certificates & secrets → Client secrets.`,
      'The Value column shows the secret only right after it is created; the Secret ID is not the secret. If the Value is hidden, press "New client secret", copy its Value at once, and paste it in step 3.',
      'Save, then test again (and update the secret in the Hub’s SSO settings too).',
    ],
  },
  ENTRA_SECRET_EXPIRED: {
    title: 'The Entra client secret has expired (AADSTS7000222)',
    cause: 'Microsoft: "The provided client secret keys for app … are expired." Entra secrets expire (6 to 24 months by default); logins stop on that day.',
    fix: [
      `Open ${ENTRA_APP} → Certificates & secrets → New client secret; copy its Value at once.`,
      'Paste it in step 3 and in the Hub’s SSO settings, and record its "Expires" date in this configuration so the assistant warns you ahead of time.',
    ],
  },
  ENTRA_USER_NOT_ASSIGNED: {
    title: 'This user is not assigned to the Entra application (AADSTS50105)',
    cause: 'Microsoft: the administrator has configured the application to block users unless they are specifically granted ("assigned") access. "Assignment required?" is on and this user (or their group) is not assigned.',
    fix: [
      `Open ${ENTRA_ENTERPRISE_APP} → Users and groups → Add user/group, add the user or one of their groups, and Assign.`,
      'Or, if every user of the tenant may sign in to the Hub: Properties → "Assignment required?" → No, and Save.',
    ],
  },
  ENTRA_CONSENT_REQUIRED: {
    title: 'Nobody has consented to the Entra application yet (AADSTS65001)',
    cause: 'Microsoft: "The user or administrator has not consented to use the application." Users of this tenant may not consent themselves, so an admin must grant consent for the sign-in permissions.',
    fix: [
      `Open ${ENTRA_APP} → API permissions.`,
      'Check that Microsoft Graph openid, email and profile (Delegated) are listed, then press "Grant admin consent for <your tenant>" and confirm.',
    ],
  },
  ENTRA_USER_WRONG_TENANT: {
    title: 'This user belongs to another Entra tenant (AADSTS50020)',
    cause: 'Microsoft: "User account … from identity provider … does not exist in tenant … and cannot access the application." The account signed in is not a member or guest of the app’s tenant.',
    fix: [
      'Test with a user of the tenant the app is registered in (use "log in as someone else" in the login window).',
      'Or invite the user as a guest: Microsoft Entra admin center → Identity → Users → All users → New user → Invite external user.',
    ],
  },
  ENTRA_MISSING_FIELD: {
    title: 'Entra ID says a required field is missing (AADSTS90014)',
    cause: 'Microsoft: "The required field … is missing from the credential." The request lacked a value Entra needs; with this app that is usually an empty client secret or Client ID.',
    fix: ['Check that the Client ID and the client secret are filled in step 3 (paste the secret again and Save), then test again.', 'The field’s name is in Microsoft’s message in the evidence.'],
  },
  ENTRA_CONDITIONAL_ACCESS_BLOCKED: {
    title: 'A Conditional Access policy blocked the sign-in (AADSTS53003)',
    cause: 'Microsoft: "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance." A policy (device compliance, location, MFA, app) refused this user or this window.',
    fix: [
      'Microsoft Entra admin center → Identity → Monitoring & health → Sign-in logs: open the failed sign-in → Conditional Access tab, to see which policy blocked it and why.',
      'Adjust the policy (Protection → Conditional Access), or test with a user it does not apply to. A policy that requires a compliant device may refuse this embedded window but allow your managed browser: then run the Hub’s own "Update and Test OIDC configuration" from that browser.',
    ],
  },
  ENTRA_ERROR: {
    title: 'Microsoft Entra ID refused the login',
    cause: 'Microsoft Entra ID answered with an AADSTS error (its number and message are in the evidence).',
    fix: ['Look the number up on Microsoft’s own error page: https://login.microsoftonline.com/error?code=<number>.', 'Read Microsoft’s message in the evidence.'],
  },
  ENTRA_EMAIL_CLAIM_MISSING: {
    title: 'Entra ID sends no email claim',
    cause: 'The ID token has no "email", although preferred_username / upn look like email addresses. The Hub reads "email" only. Entra sends it only when the optional claim is added and the user has a mail attribute (accounts without a mailbox have none).',
    fix: [
      `Open ${ENTRA_APP} → Token configuration → Add optional claim → Token type: ID → tick "email" → Add (accept "Turn on the Microsoft Graph email permission").`,
      'Check the user has an email: Microsoft Entra admin center → Identity → Users → the user → Properties → Contact information → Email.',
      'Then test again.',
    ],
  },
  ENTRA_GROUPS_OVERAGE: {
    title: 'The user is in too many groups for Entra to list them (over 200)',
    cause: 'Instead of a "groups" list the ID token carries an overage indicator (_claim_names.groups or hasgroups): Entra puts at most 200 groups in an ID token. The Hub cannot follow the indicator, so role mapping by groups will not match.',
    fix: [
      `Open ${ENTRA_APP} → Token configuration → the groups claim → Edit, and choose "Groups assigned to the application".`,
      `Then assign only the groups the Hub maps: ${ENTRA_ENTERPRISE_APP} → Users and groups.`,
    ],
  },
  ENTRA_ISSUER_TENANT_PLACEHOLDER: {
    title: 'This is a multi-tenant Entra address, not your tenant’s issuer',
    cause: 'The common, organizations and consumers endpoints publish the issuer "https://login.microsoftonline.com/{tenantid}/v2.0", with a placeholder: the ID token’s iss names the real tenant, so it never matches literally, and the Hub refuses the login.',
    fix: [
      `Use your tenant’s own issuer: https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0 (${ENTRA_APP} → Overview → "Directory (tenant) ID").`,
      'Or copy "OpenID Connect metadata document" from Overview → Endpoints: it names your tenant.',
    ],
  },
  ENTRA_ISSUER_V1: {
    title: 'This is Entra’s v1.0 issuer',
    cause: 'https://sts.windows.net/<tenant>/ is the issuer of v1.0 tokens. The Hub’s login uses the v2.0 endpoint, whose issuer is https://login.microsoftonline.com/<tenant>/v2.0, so the two never match.',
    fix: [
      'Use https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0 (the suggested issuer in the evidence).',
      `Or copy "OpenID Connect metadata document" from ${ENTRA_APP} → Overview → Endpoints (the v2.0 one).`,
    ],
  },
  ENTRA_ISSUER_PORTAL_URL: {
    title: 'This is the Azure portal or Entra admin center address, not the issuer',
    cause: 'portal.azure.com and entra.microsoft.com are where you manage the app; tokens are issued by https://login.microsoftonline.com/<tenant>/v2.0.',
    fix: [`Copy "OpenID Connect metadata document" from ${ENTRA_APP} → Overview → Endpoints, and paste it here (it is trimmed to the issuer).`],
  },
} as const satisfies Record<string, CatalogueEntry>;
