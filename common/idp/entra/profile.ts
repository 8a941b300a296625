/**
 * The Microsoft Entra ID profile. The Hub's guide has admins paste the
 * "OpenID Connect metadata document" URL into the Issuer field: accepted, and
 * trimmed to `https://login.microsoftonline.com/<tenant>/v2.0`. The v1.0
 * issuer and the multi-tenant authorities (common, organizations, consumers)
 * are explained, both when pasted and when discovery shows `{tenantid}`.
 */
import type { IdpProfile, IssuerRewrite } from '../types';
import { entraIdentity } from './identity';
import { entraClaimFacts, entraEmailMissing, entraGroupsOverage } from './claims';
import { entraCodes } from './codes';
import { entraAuthorizeError, entraErrorPage, entraTokenError } from './errors';
import { GUID, MICROSOFT_LOGIN_HOST, TENANT_PLACEHOLDERS, V1_ISSUER_HOST } from './words';

const PORTAL_HOST = /^(portal\.azure\.com|entra\.microsoft\.com|aad\.portal\.azure\.com)$/;
const LOOPBACK = /^(127\.0\.0\.1|\[::1\]|localhost)$/;
/** v2.0 endpoint paths pasted instead of the issuer: /oauth2/v2.0/authorize, /oauth2/v2.0/token, /discovery/v2.0/keys. */
const V2_ENDPOINT = /^\/(oauth2\/v2\.0\/[a-z]+|discovery\/v2\.0\/keys)$/;
const V1_ENDPOINT = /^\/(oauth2\/[a-z]+|discovery\/keys)$/;

function tenantIssuer(host: string, tenant: string): string {
  return `https://${host}/${tenant}/v2.0`;
}

function rewriteEntraIssuer(url: URL, path: string, selected: boolean): IssuerRewrite | undefined {
  const host = url.hostname.toLowerCase();
  if (PORTAL_HOST.test(host)) return { kind: 'refuse', code: 'ENTRA_ISSUER_PORTAL_URL' };
  if (V1_ISSUER_HOST.test(host)) {
    const tenant = path.split('/')[1];
    const login = host === 'sts.chinacloudapi.cn' ? 'login.partner.microsoftonline.cn' : 'login.microsoftonline.com';
    return { kind: 'refuse', code: 'ENTRA_ISSUER_V1', evidence: tenant ? { tenant, suggestedIssuer: tenantIssuer(login, tenant) } : {} };
  }
  const microsoft = MICROSOFT_LOGIN_HOST.test(host);
  // A test IdP on this computer gets the path rules when the configuration is an Entra one.
  if (!microsoft && !(selected && LOOPBACK.test(host))) return undefined;
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!match) return undefined;
  const tenant = match[1]!;
  const rest = match[2] ?? '';
  if (TENANT_PLACEHOLDERS.has(tenant.toLowerCase())) {
    return { kind: 'refuse', code: 'ENTRA_ISSUER_TENANT_PLACEHOLDER', evidence: { tenant } };
  }
  if (V2_ENDPOINT.test(rest)) return { kind: 'path', path: `/${tenant}/v2.0`, change: 'removed the Entra endpoint path (/oauth2/v2.0/…)' };
  if (microsoft && (rest === '' || V1_ENDPOINT.test(rest))) {
    const port = url.port ? `:${url.port}` : '';
    return { kind: 'refuse', code: 'ENTRA_ISSUER_V1', evidence: { tenant, suggestedIssuer: tenantIssuer(`${host}${port}`, tenant) } };
  }
  return undefined;
}

export const entraProfile = {
  ...entraIdentity,
  consoleHosts: [/^entra\.microsoft\.com$/, /^portal\.azure\.com$/, /^learn\.microsoft\.com$/, /^login\.microsoftonline\.com$/],
  codes: entraCodes,
  wording: {
    ISSUER_URL_INVALID: {
      fix: ['Copy "OpenID Connect metadata document" from Microsoft Entra admin center → App registrations → your app → Overview → Endpoints, or use https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0.'],
    },
    ISSUER_IS_HUB_REDIRECT_URI: {
      fix: [
        'Put this address in the Entra app’s Authentication → Web → Redirect URIs (step 2).',
        'For the Issuer URL copy "OpenID Connect metadata document" from Overview → Endpoints.',
      ],
    },
    ISSUER_IS_HUB_ADDRESS: {
      cause: 'The Issuer URL field holds an address on huggingface.co. The issuer is Microsoft’s: https://login.microsoftonline.com/<tenant>/v2.0.',
      fix: ['Copy "OpenID Connect metadata document" from Microsoft Entra admin center → App registrations → your app → Overview → Endpoints.'],
    },
    ISSUER_NOT_HTTPS: { fix: ['Use https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0.'] },
    SCOPE_NOT_CONFIGURED: {
      cause: 'Entra refused one of the scopes (openid, email, profile).',
      fix: ['Microsoft Entra admin center → App registrations → your app → API permissions: check Microsoft Graph openid, email and profile (Delegated) are listed and consented.'],
    },
    ISSUER_NOT_FOUND: {
      fix: ['Copy "OpenID Connect metadata document" from Microsoft Entra admin center → App registrations → your app → Overview → Endpoints, or use https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0.'],
    },
    ISSUER_MISMATCH: {
      fix: ['Use exactly the "issuer" shown in the evidence: https://login.microsoftonline.com/<Directory (tenant) ID>/v2.0 (no trailing slash).'],
    },
    EMAIL_CLAIM_MISSING: {
      fix: [
        'Microsoft Entra admin center → App registrations → your app → Token configuration → Add optional claim → ID → email.',
        'Check the user has an email: Identity → Users → the user → Properties → Contact information → Email.',
      ],
    },
    INVALID_CLIENT_SECRET: {
      fix: ['Microsoft Entra admin center → App registrations → your app → Certificates & secrets → New client secret: copy its Value (not the Secret ID), paste it in step 3 and Save.'],
    },
    IDP_ERROR_PAGE: { fix: ['Read Microsoft’s own words in the evidence.', 'Check the Application (client) ID and the app’s Authentication settings in the Microsoft Entra admin center.'] },
  },
  issuer: {
    example: 'https://login.microsoftonline.com/<tenant-id>/v2.0',
    rewrite: ({ url, path, selected }) => rewriteEntraIssuer(url, path, selected),
    hint(url, selected) {
      const host = url.hostname.toLowerCase();
      if (PORTAL_HOST.test(host)) {
        return { error: 'This is the Azure portal / Entra admin center address. Use the app’s "OpenID Connect metadata document" (Overview → Endpoints).' };
      }
      const segments = url.pathname.split('/').filter(Boolean);
      const tenant = segments[0];
      if (V1_ISSUER_HOST.test(host)) {
        return {
          error: 'This is Entra’s v1.0 issuer; the Hub needs the v2.0 one.',
          ...(tenant ? { suggestion: `https://login.microsoftonline.com/${tenant}/v2.0` } : {}),
        };
      }
      if (!MICROSOFT_LOGIN_HOST.test(host) && !(selected && LOOPBACK.test(host))) return undefined;
      if (tenant && TENANT_PLACEHOLDERS.has(tenant.toLowerCase())) {
        return {
          error: `"${tenant}" is a multi-tenant address: its issuer holds {tenantid} and never matches a token. Use your Directory (tenant) ID: https://login.microsoftonline.com/<tenant-id>/v2.0.`,
        };
      }
      if (MICROSOFT_LOGIN_HOST.test(host) && tenant && segments[1] !== 'v2.0' && segments[2] !== 'v2.0') {
        return { error: 'This is Entra’s v1.0 address; the Hub needs the v2.0 issuer.', suggestion: `https://${host}/${tenant}/v2.0` };
      }
      if (url.pathname.includes('/.well-known/')) {
        return { warning: 'The metadata document URL is accepted: the issuer is the part before "/.well-known/" (…/v2.0). It will be trimmed.' };
      }
      return undefined;
    },
    discoveryProblem(discoveryIssuer) {
      if (discoveryIssuer.includes('{tenantid}')) return { code: 'ENTRA_ISSUER_TENANT_PLACEHOLDER', evidence: { issuer: discoveryIssuer } };
      const v1 = /^https:\/\/sts\.windows\.net\/([^/]+)\/?$/.exec(discoveryIssuer);
      if (v1) return { code: 'ENTRA_ISSUER_V1', evidence: { issuer: discoveryIssuer, suggestedIssuer: tenantIssuer('login.microsoftonline.com', v1[1]!) } };
      return undefined;
    },
  },
  fields: {
    clientId: (value) =>
      GUID.test(value)
        ? undefined
        : { warning: 'An Entra "Application (client) ID" is a GUID like 11111111-2222-3333-4444-555555555555 (App registrations → your app → Overview).' },
    secret: (value) =>
      GUID.test(value)
        ? { error: 'This looks like the Secret ID (a GUID), not the secret. In Certificates & secrets copy the Value column (shown only right after "New client secret").' }
        : undefined,
  },
  errors: { authorize: entraAuthorizeError, page: entraErrorPage, tokenDecisive: entraTokenError },
  // Microsoft's error page ("Sorry, but we’re having trouble signing you in.", "AADSTS50105: …", "Troubleshooting details") answers 200 at the authorize URL.
  stopPages: [
    {
      name: 'Microsoft’s sign-in error page',
      allOf: [/\bAADSTS\d{5,}\b/, /Troubleshooting details|Sorry, but we[’']re having trouble signing you in/i],
    },
  ],
  claims: { emailMissing: entraEmailMissing, groupsProblem: entraGroupsOverage },
  roleMapping: {
    groupsClaim: true,
    groupsScope: false,
    missingClaimFix: (path) =>
      path === 'groups'
        ? 'Entra: App registrations → your app → Token configuration → Add groups claim (Security groups, or Groups assigned to the application), ID token.'
        : undefined,
    facts: entraClaimFacts,
  },
} as const satisfies IdpProfile;
