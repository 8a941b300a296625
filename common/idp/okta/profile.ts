/** The Okta profile: the app's first IdP and the default for new configurations. */
import type { IdpProfile } from '../types';
import { oktaIdentity } from './identity';
import { oktaCodes } from './codes';
import { oktaAuthorizeError, oktaErrorPage, oktaTokenError } from './errors';
import { OKTA_CLIENT_ID, OKTA_ORG_HOST, oktaHostForAdminHost } from './words';

/** Okta endpoint paths pasted instead of the issuer: `/oauth2/v1/authorize` (org server), `/oauth2/default/v1/keys` (custom). */
const OKTA_ORG_ENDPOINT = /^\/oauth2\/v1\/[a-z]+$/;
const OKTA_CUSTOM_ENDPOINT = /^(\/oauth2\/[^/]+)\/v1\/[a-z]+$/;

const ORG_SERVER_GROUPS =
  'Okta org authorization server: on the app’s Sign On tab, edit "OpenID Connect ID Token" and set a Groups claim filter (e.g. groups, Matches regex, .*), and request the "groups" scope (turn on "Request groups").';
const CUSTOM_SERVER_GROUPS =
  'Okta custom authorization server: add a "groups" claim on the server itself (Security → API → Authorization Servers → your server → Claims, include in the ID token), and request the "groups" scope (turn on "Request groups"); the app-level groups filter is ignored there.';

export const oktaProfile = {
  ...oktaIdentity,
  // One rule for Okta's hosts (org, admin console, help.okta.com, developer.okta.com), shared with the login window's FastPass permissions.
  consoleHosts: [OKTA_ORG_HOST],
  codes: oktaCodes,
  issuer: {
    example: 'https://acme.okta.com',
    rewrite({ url, path }) {
      const orgHost = oktaHostForAdminHost(url.hostname);
      if (orgHost) {
        const keepPath = path.startsWith('/oauth2/') ? path.replace(OKTA_CUSTOM_ENDPOINT, '$1') : '';
        const port = url.port ? `:${url.port}` : '';
        return { kind: 'refuse', code: 'ISSUER_ADMIN_CONSOLE_URL', evidence: { suggestedIssuer: `https://${orgHost}${port}${OKTA_ORG_ENDPOINT.test(keepPath) ? '' : keepPath}` } };
      }
      if (OKTA_ORG_ENDPOINT.test(path)) return { kind: 'path', path: '', change: 'removed the Okta endpoint path (/oauth2/v1/…)' };
      const custom = OKTA_CUSTOM_ENDPOINT.exec(path);
      if (custom?.[1]) return { kind: 'path', path: custom[1], change: 'removed the Okta endpoint path (/v1/…)' };
      return undefined;
    },
    hint(url) {
      const oktaHost = oktaHostForAdminHost(url.hostname);
      return oktaHost ? { error: `This is the Okta admin console address. Use https://${oktaHost} (without "-admin") instead.` } : undefined;
    },
  },
  fields: {
    secret: (value) =>
      OKTA_CLIENT_ID.test(value)
        ? {
            error:
              'This is an Okta Client ID (0oa…, 20 characters), not the client secret. Paste it in the Client ID field; ' +
          'the secret is under General → Client Credentials → Client secrets (press the eye or Copy).',
          }
        : undefined,
  },
  errors: { authorize: oktaAuthorizeError, page: oktaErrorPage, token: oktaTokenError },
  roleMapping: {
    groupsClaim: true,
    groupsScope: true,
    missingClaimFix(path, issuer) {
      if (path !== 'groups') return undefined;
      if (issuer === undefined) return `${ORG_SERVER_GROUPS} ${CUSTOM_SERVER_GROUPS}`;
      return /\/oauth2\/[^/]+$/.test(issuer) ? CUSTOM_SERVER_GROUPS : ORG_SERVER_GROUPS;
    },
  },
} as const satisfies IdpProfile;
