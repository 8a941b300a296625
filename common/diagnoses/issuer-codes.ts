/**
 * Diagnosis codes: the issuer and its discovery. Part of the catalogue (catalogue.ts). Codes are
 * stable: admins search for them and tests assert on them. Add, never rename.
 */
import type { CatalogueEntry } from './catalogue-entry';
import { OKTA_APP } from '../idp/okta/words';

export const issuerCodes = {
  ISSUER_URL_INVALID: {
    title: 'The Issuer URL is not a valid address',
    cause: 'The value is not a URL.',
    fix: [
      `Copy the Issuer URL from Okta: ${OKTA_APP} → Sign On tab → OpenID Connect ID Token → Issuer, or use https://<your-org>.okta.com.`,
    ],
  },
  ISSUER_NOT_HTTPS: {
    title: 'The Issuer URL must use https',
    cause: 'The Hub only talks to identity providers over https.',
    fix: ['Use the https:// address of your Okta org, e.g. https://acme.okta.com.'],
  },
  ISSUER_IS_HUB_REDIRECT_URI: {
    title: 'This is the Hub’s redirect URI, not the issuer',
    cause: 'The Issuer URL field holds https://huggingface.co/organizations/<org>/oidc/consume: the address the IdP sends users back to. The issuer is the identity provider’s own address.',
    fix: [
      'Put this address in the Okta app’s "Sign-in redirect URIs" (step 2).',
      `Copy the Issuer URL from Okta: ${OKTA_APP} → Sign On tab → OpenID Connect ID Token → Issuer, or use https://<your-org>.okta.com.`,
    ],
  },
  ISSUER_IS_HUB_ADDRESS: {
    title: 'This is a Hugging Face address, not the issuer',
    cause: 'The Issuer URL field holds an address on huggingface.co. The issuer is the identity provider’s own address (for Okta, https://<your-org>.okta.com).',
    fix: [`Copy the Issuer URL from Okta: ${OKTA_APP} → Sign On tab → OpenID Connect ID Token → Issuer.`],
  },
  ISSUER_DNS_FAILED: {
    title: 'The issuer’s host name does not exist',
    cause: 'DNS: the host name in the Issuer URL could not be resolved (a typo in the Okta org name, or no network).',
    fix: ['Check the spelling of your Okta org name in the URL.', 'Check that this computer is online.'],
  },
  ISSUER_TLS_FAILED: {
    title: 'Secure connection to the issuer failed',
    cause: 'TLS: the issuer’s certificate could not be verified (expired, issued for another host name, or the handshake failed).',
    fix: [
      'Check the host name in the Issuer URL.',
      'If your network uses a TLS-inspecting proxy: browser mode takes its root certificate with --ca-file FILE; or install it in the operating system’s trust store.',
    ],
  },
  ISSUER_UNREACHABLE: {
    title: 'The issuer could not be reached',
    cause: 'Connect: the connection to the issuer failed (refused, reset, or offline).',
    fix: ['Check that this computer is online and that the Issuer URL is right.', 'Behind a mandatory proxy: browser mode uses HTTPS_PROXY, or --proxy URL.'],
  },
  ISSUER_TIMEOUT: {
    title: 'The issuer did not answer in time',
    cause: 'Timeout: no answer came from the identity provider before the time limit.',
    fix: ['Check your network and try again.', 'If a proxy or firewall sits in between, check that it lets the Okta domain through.'],
  },
  ISSUER_NOT_FOUND: {
    title: 'No OpenID Connect discovery at this address',
    cause: 'The address answered, but /.well-known/openid-configuration was not found there (wrong path, or an authorization server that does not exist).',
    fix: [
      'For the Okta org server use https://<your-org>.okta.com.',
      'For a custom authorization server use https://<your-org>.okta.com/oauth2/<server id or "default"> (Security → API → Authorization Servers → Issuer URI).',
    ],
  },
  DISCOVERY_INVALID: {
    title: 'The discovery document is not valid',
    cause: 'The issuer answered, but not with a valid OpenID Connect discovery document.',
    fix: ['Check that the Issuer URL points at an OpenID Connect provider (for Okta: https://<your-org>.okta.com).'],
  },
  ISSUER_MISMATCH: {
    title: 'The issuer does not match the Issuer URL',
    cause:
      'The discovery document names a different issuer than the URL entered. The Hub compares them exactly, so logins would fail. Common with Okta custom domains used inconsistently.',
    fix: ['Use exactly the "issuer" value shown in the evidence as the Issuer URL (same host, path, no trailing slash).'],
  },
  JWKS_UNUSABLE: {
    title: 'The issuer’s signing keys cannot be used',
    cause: 'The JWKS (jwks_uri) could not be fetched or holds no key usable to verify ID tokens.',
    fix: ['Check the authorization server in Okta (Security → API) is active and has signing keys.'],
  },
  RESPONSE_TYPE_CODE_UNSUPPORTED: {
    title: 'Authorization code flow not supported',
    cause: 'The issuer does not advertise the "code" response type the Hub uses.',
    fix: ['Use an OpenID Connect provider that supports the authorization code flow (Okta does: check the Issuer URL).'],
  },
  CLIENT_SECRET_POST_UNSUPPORTED: {
    title: 'The issuer does not advertise client_secret_post',
    cause: 'The Hub sends the client secret in the request body (client_secret_post); this issuer does not list that method.',
    fix: [`In ${OKTA_APP} → General → Client Credentials, set Client authentication to "Client secret" and save.`],
  },
  PKCE_S256_UNSUPPORTED: {
    title: 'PKCE S256 not advertised',
    cause: 'The issuer does not list S256 among its PKCE methods.',
    fix: ['Nothing to change if logins work; otherwise check the authorization server settings.'],
  },
  SCOPES_MISSING: {
    title: 'Required scopes not advertised',
    cause: 'The Hub needs the "openid" and "email" scopes.',
    fix: ['In Okta, Security → API → your authorization server → Scopes: make sure "openid" and "email" exist.'],
  },
} as const satisfies Record<string, CatalogueEntry>;
