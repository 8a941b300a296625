/**
 * The diagnosis catalogue: every code the app can show, with its title, likely
 * cause and fix in the IdP's admin-console terms (Okta first). Codes are stable:
 * admins search for them and tests assert on them. Add, never rename.
 *
 * Evidence is attached per occurrence and must already be redacted: never a
 * secret, a code, or a token.
 */
import type { Diagnosis } from '../../preload/contract';

interface Entry {
  title: string;
  cause: string;
  fix: string[];
}

const OKTA_APP = 'Okta Admin Console → Applications → Applications → your app';

export const catalogue = {
  // --- The bridge and the app -------------------------------------------------
  INVALID_INPUT: {
    title: 'The request was not valid',
    cause: 'A value sent to the app did not have the expected form.',
    fix: ['Correct the highlighted value and try again.'],
  },
  UNKNOWN_CALL: {
    title: 'Unknown request',
    cause: 'The window asked for an operation the app does not offer.',
    fix: ['Restart the app. If this persists, report it with the evidence below.'],
  },
  FORBIDDEN_SENDER: {
    title: 'Request from an untrusted page refused',
    cause: 'Only the app’s own window may talk to the app; this request came from elsewhere.',
    fix: ['Use the app’s own window. If you did not expect this, close any other page pointing at the app.'],
  },
  INTERNAL_ERROR: {
    title: 'Unexpected error',
    cause: 'Something failed inside the app that it does not know how to explain.',
    fix: ['Try again.', 'If this persists, report it with the evidence below (it contains no secrets).'],
  },
  CONFIG_NOT_FOUND: {
    title: 'Configuration not found',
    cause: 'The configuration was deleted, possibly from another window.',
    fix: ['Go back to the list of configurations and open it again.'],
  },
  CONFIG_CHANGED_ELSEWHERE: {
    title: 'Configuration changed in another window',
    cause: 'Someone saved this configuration after you opened it; saving now would overwrite their change.',
    fix: ['Reload the configuration, then apply your change again.'],
  },
  CONFIG_INCOMPLETE: {
    title: 'Configuration is incomplete',
    cause: 'The test needs the organization identifier, Client ID, client secret and Issuer URL.',
    fix: ['Fill in the missing values in step 2 and step 3, save, then test again.'],
  },
  STEP_NEEDS_TEST: {
    title: 'This step is ticked by a successful test',
    cause: 'Step 3 turns green only after a test login with the current values succeeds.',
    fix: ['Press "Test login".'],
  },
  EXTERNAL_URL_REFUSED: {
    title: 'Link not opened',
    cause: 'The app only opens https links to Hugging Face, Okta and their documentation.',
    fix: ['Open the address yourself in your browser if you trust it.'],
  },
  BRIDGE_UNREACHABLE: {
    title: 'Lost contact with the app',
    cause: 'The window could not reach the app’s main side: it stopped, or the connection was lost.',
    fix: ['Start the app again (browser mode: run `npm run start:web` and open the address it prints).'],
  },
  TEST_ALREADY_RUNNING: {
    title: 'A test is already running',
    cause: 'Only one test login runs at a time.',
    fix: ['Finish or cancel the running test, then start this one.'],
  },

  // --- Keychain -------------------------------------------------------------------
  KEYCHAIN_LOCKED: {
    title: 'The keychain is locked',
    cause: 'The operating system keychain holding the client secret is locked, so the secret cannot be read or saved.',
    fix: [
      'Unlock your keychain (macOS: Keychain Access; Linux: your login keyring, e.g. Seahorse "Passwords and Keys"; Windows: sign in again).',
      'Then try again.',
    ],
  },
  KEYCHAIN_UNAVAILABLE: {
    title: 'No keychain available',
    cause: 'The app could not reach the operating system keychain (on Linux: no Secret Service such as gnome-keyring or KWallet is running).',
    fix: [
      'On Linux, install and start a Secret Service provider (e.g. `sudo apt install gnome-keyring`), then log out and in again.',
      'On macOS and Windows, restart the app; the keychain is part of the system.',
    ],
  },
  KEYCHAIN_TIMEOUT: {
    title: 'The keychain did not answer',
    cause: 'The keychain did not answer in time; it may be waiting for an unlock prompt you cannot see.',
    fix: ['Look for a keychain unlock prompt behind other windows and answer it.', 'Then try again.'],
  },
  SECRET_NOT_SET: {
    title: 'No client secret saved',
    cause: 'This configuration has no client secret yet.',
    fix: ['In step 3, paste the Client secret from Okta (General tab → Client Credentials) and press Save.'],
  },
  SECRET_MISSING: {
    title: 'The saved client secret is gone from the keychain',
    cause:
      'A secret was saved for this configuration, but the keychain no longer holds it (deleted by hand, another keychain, or the keychain was reset).',
    fix: ['Paste the Client secret from Okta again in step 3 and press Save.'],
  },

  // --- Store, import, export --------------------------------------------------
  STORE_CORRUPT: {
    title: 'A saved file could not be read',
    cause: 'A file in the app’s data folder is damaged or was edited by hand. It was moved aside, not deleted.',
    fix: [
      'Your other configurations are unaffected.',
      'The damaged file was kept next to the original with a timestamp in its name; repair it by hand or re-import an export.',
    ],
  },
  STORE_WRITE_FAILED: {
    title: 'Could not save',
    cause: 'Writing to the app’s data folder failed (disk full, or no permission).',
    fix: ['Free some disk space or check the folder’s permissions, then save again. Nothing you saved earlier was lost.'],
  },
  IMPORT_INVALID: {
    title: 'The file cannot be imported',
    cause: 'The file is not an SSO Setup Assistant export, or some of its values are not valid.',
    fix: ['Choose a file exported by this app (File → Export), or correct the values listed below.'],
  },
  CLIPBOARD_UNAVAILABLE: {
    title: 'The clipboard cannot be used',
    cause: 'The app could not reach the system clipboard (on Linux it needs wl-copy/wl-paste on Wayland, or xclip or xsel on X11).',
    fix: [
      'On Linux, install a clipboard tool: `sudo apt install wl-clipboard` (Wayland) or `sudo apt install xclip` (X11), then try again.',
      'Or copy the secret from Okta again (General tab → Client Credentials).',
    ],
  },
  EXPORT_CANCELLED: {
    title: 'Export cancelled',
    cause: 'No file was chosen.',
    fix: ['Export again and choose where to save the file.'],
  },

  // --- Issuer and discovery ---------------------------------------------------
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
  ISSUER_ADMIN_CONSOLE_URL: {
    title: 'This is the Okta admin console address, not the issuer',
    cause: 'Addresses with "-admin" (like https://acme-admin.okta.com) open the admin console; tokens are issued by https://acme.okta.com.',
    fix: ['Remove "-admin" from the address: use https://<your-org>.okta.com (or your custom authorization server URL).'],
  },
  ISSUER_DNS_FAILED: {
    title: 'The issuer’s host name does not exist',
    cause: 'The host name in the Issuer URL could not be resolved (a typo in the Okta org name, or no network).',
    fix: ['Check the spelling of your Okta org name in the URL.', 'Check that this computer is online.'],
  },
  ISSUER_TLS_FAILED: {
    title: 'Secure connection to the issuer failed',
    cause: 'The issuer’s TLS certificate could not be verified (a proxy intercepting traffic, or a wrong host).',
    fix: ['Check the host name.', 'If your network uses a TLS-inspecting proxy, ask IT to trust its certificate authority for this app.'],
  },
  ISSUER_UNREACHABLE: {
    title: 'The issuer could not be reached',
    cause: 'The connection to the issuer failed (refused, reset, or offline).',
    fix: ['Check that this computer is online and that the Issuer URL is right.'],
  },
  ISSUER_TIMEOUT: {
    title: 'The issuer did not answer in time',
    cause: 'No answer came from the identity provider before the time limit.',
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

  // --- Authorization (in the login window) -----------------------------------
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
  LOGIN_CANCELLED: {
    title: 'Test cancelled',
    cause: 'You cancelled the test.',
    fix: ['Press "Test login" to start again.'],
  },
  EMBEDDED_SIGNIN_REFUSED: {
    title: 'The sign-in page refuses embedded windows',
    cause: 'Google (403 disallowed_useragent) does not allow signing in inside an app window.',
    fix: [
      'If Okta federates to Google, test with a user who signs in with an Okta password instead,',
      'or test the final login from the Hub’s own "Update and Test OIDC configuration" button in your browser.',
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

  // --- Token exchange and ID token ------------------------------------------
  INVALID_CLIENT_ID: {
    title: 'Okta does not know this Client ID',
    cause: 'Okta: "Invalid value for \'client_id\' parameter."',
    fix: [`Copy the Client ID again from ${OKTA_APP} → General → Client Credentials.`],
  },
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
  CLIENT_AUTH_FAILED: {
    title: 'Client authentication failed',
    cause: 'Okta: "Client authentication failed." The Client ID and secret were not accepted.',
    fix: ['Copy the Client ID and Client secret again from Okta, save, and test again.'],
  },
  TOKEN_ENDPOINT_ERROR: {
    title: 'The token exchange failed',
    cause: 'The identity provider refused to exchange the authorization code for tokens.',
    fix: ['Read the identity provider’s own message in the evidence.'],
  },
  TOKEN_ENDPOINT_UNREACHABLE: {
    title: 'The token endpoint could not be reached',
    cause: 'Exchanging the authorization code failed on the network, or timed out.',
    fix: ['Check your network and try again.'],
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
} as const satisfies Record<string, Entry>;

export type DiagnosisCode = keyof typeof catalogue;

/** Builds a Diagnosis from the catalogue. `cause` may be replaced by a more precise one (e.g. the IdP's own words). */
export function diagnose(
  code: DiagnosisCode,
  evidence: Record<string, string | number | boolean | undefined> = {},
  overrides: Partial<Pick<Diagnosis, 'title' | 'cause' | 'fix'>> = {},
): Diagnosis {
  const entry: Entry = catalogue[code];
  const ev: Record<string, string> = {};
  for (const [k, v] of Object.entries(evidence)) if (v !== undefined) ev[k] = String(v);
  return { code, title: entry.title, cause: entry.cause, fix: [...entry.fix], evidence: ev, ...overrides };
}

/** An error that carries a Diagnosis across layers; the dispatcher turns it into the bridge's error result. */
export class DiagnosisError extends Error {
  readonly diagnosis: Diagnosis;
  constructor(diagnosis: Diagnosis) {
    super(`${diagnosis.code}: ${diagnosis.title}`);
    this.name = 'DiagnosisError';
    this.diagnosis = diagnosis;
  }
  static of(code: DiagnosisCode, evidence?: Record<string, string | number | boolean | undefined>, overrides?: Partial<Pick<Diagnosis, 'title' | 'cause' | 'fix'>>) {
    return new DiagnosisError(diagnose(code, evidence, overrides));
  }
}
