/**
 * The Google Workspace profile: one issuer for every Workspace
 * (https://accounts.google.com), no groups claim in its ID tokens, `hd`
 * naming the Workspace domain, and a refusal of embedded browsers that may
 * come as a 200 page (/v3/signin/rejected).
 */
import type { IdpProfile } from '../types';
import { googleIdentity } from './identity';
import { googleCodes } from './codes';
import { googleAuthorizeError, googleErrorPage, googleTokenError } from './errors';
import { GOOGLE_CLIENT_ID, GOOGLE_ISSUER, GOOGLE_SECRET } from './words';

/** Google addresses that are not the issuer: consoles and API hosts. */
const NOT_THE_ISSUER = /^(console\.cloud\.google\.com|console\.developers\.google\.com|admin\.google\.com|oauth2\.googleapis\.com|www\.googleapis\.com|openidconnect\.googleapis\.com)$/;

/** Google's words when it refuses an embedded browser. */
const REFUSAL_TEXTS = [/This browser or app may not be secure/i, /disallowed_useragent/i] as const;

export const googleProfile = {
  ...googleIdentity,
  consoleHosts: [/^console\.cloud\.google\.com$/, /^admin\.google\.com$/, /^support\.google\.com$/, /^developers\.google\.com$/],
  codes: googleCodes,
  wording: {
    ISSUER_URL_INVALID: { fix: ['Use https://accounts.google.com (the same for every Google Workspace).'] },
    ISSUER_IS_HUB_REDIRECT_URI: {
      fix: ['Put this address in Google Cloud console → Google Auth Platform → Clients → your client → Authorized redirect URIs (step 2).', 'The Issuer URL is https://accounts.google.com.'],
    },
    ISSUER_IS_HUB_ADDRESS: {
      cause: 'The Issuer URL field holds an address on huggingface.co. Google’s issuer is https://accounts.google.com.',
      fix: ['Use https://accounts.google.com.'],
    },
    ISSUER_NOT_HTTPS: { fix: ['Use https://accounts.google.com.'] },
    ISSUER_NOT_FOUND: { fix: ['Use https://accounts.google.com as the Issuer URL.'] },
    EMAIL_CLAIM_MISSING: { fix: ['Make sure the "email" scope is requested; Google always sends email for Workspace accounts when it is.'] },
    IDP_ERROR_PAGE: { fix: ['Read Google’s own words in the evidence.', 'Check the Client ID and the Authorized redirect URIs in Google Cloud console → Google Auth Platform → Clients.'] },
    LOGIN_TIMED_OUT: { fix: ['Press "Test login" again and complete the Google sign-in.', 'If Google asks for a passkey or a security key it may not work in this window: choose another way to sign in.'] },
  },
  issuer: {
    example: GOOGLE_ISSUER,
    fixed: GOOGLE_ISSUER,
    rewrite({ url, path }) {
      const host = url.hostname.toLowerCase();
      if (NOT_THE_ISSUER.test(host)) return { kind: 'refuse', code: 'GOOGLE_ISSUER_URL', evidence: { suggestedIssuer: GOOGLE_ISSUER } };
      if (host === 'accounts.google.com' && path !== '') return { kind: 'path', path: '', change: 'removed the Google endpoint path (the issuer is https://accounts.google.com)' };
      return undefined;
    },
    hint(url, selected) {
      const host = url.hostname.toLowerCase();
      if (NOT_THE_ISSUER.test(host)) return { error: `This is a Google console or API address. Google’s issuer is ${GOOGLE_ISSUER}.`, suggestion: GOOGLE_ISSUER };
      if (host === 'accounts.google.com' && url.pathname.replace(/\/+$/, '') !== '') {
        return { warning: `Google’s issuer is ${GOOGLE_ISSUER}; the path will be removed.` };
      }
      if (selected && url.protocol === 'https:' && host !== 'accounts.google.com') {
        return { warning: `Google Workspace’s issuer is ${GOOGLE_ISSUER} (the same for every Workspace).`, suggestion: GOOGLE_ISSUER };
      }
      return undefined;
    },
  },
  fields: {
    clientId(value) {
      if (GOOGLE_SECRET.test(value)) return { error: 'This is a Google client secret (GOCSPX-…), not the Client ID. The Client ID ends with .apps.googleusercontent.com.' };
      if (!value.endsWith('.apps.googleusercontent.com')) {
        return { warning: 'A Google Client ID ends with .apps.googleusercontent.com (Google Auth Platform → Clients → your client).' };
      }
      if (!GOOGLE_CLIENT_ID.test(value)) return { warning: 'A Google Client ID looks like 123456789012-abc…xyz.apps.googleusercontent.com: part of it seems missing.' };
      return undefined;
    },
    secret: (value) =>
      value.endsWith('.apps.googleusercontent.com')
        ? { error: 'This is the Google Client ID (…apps.googleusercontent.com), not the secret. Paste it in the Client ID field; the secret starts with GOCSPX-.' }
        : undefined,
  },
  errors: { authorize: googleAuthorizeError, page: googleErrorPage, tokenDecisive: googleTokenError },
  embeddedRefusal: {
    urls: [/^\/(v3\/)?signin\/rejected\/?$/],
    texts: REFUSAL_TEXTS,
  },
  // The same refusal wherever Google shows it (e.g. "Error 403: disallowed_useragent" at another address, answered 200).
  stopPages: REFUSAL_TEXTS.map((re) => ({ name: 'Google’s embedded-browser refusal', allOf: [re] })),
  roleMapping: {
    groupsClaim: false,
    groupsScope: false,
    noGroupsText:
      'Role mapping by groups is not available with Google OIDC: Google’s ID tokens carry no groups claim. Users keep their invitation role, or else get the organization’s default role.',
  },
} as const satisfies IdpProfile;
