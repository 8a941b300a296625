/**
 * Which browser permissions the login window grants: none, except what Okta
 * FastPass needs to reach Okta Verify on this computer, and only for pages
 * of Okta itself.
 *
 * How Okta's sign-in page reaches Okta Verify (okta/okta-signin-widget,
 * src/v2/view-builder/utils/ChallengeViewUtil.js and the IDX
 * `authenticatorChallenge` it reads; the CSP Okta's pages send, as recorded
 * in okta/okta-developer-docs' Postman collections, allows exactly these):
 * - CUSTOM_URI: it navigates to `com-okta-authenticator:/deviceChallenge?challengeRequest=…`
 *   (CSP `frame-src … com-okta-authenticator:`); in Electron that is the
 *   `openExternal` permission, with the URL in `details.externalURL`.
 * - LOOPBACK: it probes Okta Verify's local server, `http://localhost:8769`,
 *   `http://127.0.0.1:65111…65151` and `https://<id>.authenticatorlocalprod.com:<port>`
 *   (a public name for 127.0.0.1); Chromium 142+ gates that behind Local
 *   Network Access: `local-network-access`, split later into
 *   `loopback-network` and `local-network` (all three names are in Electron
 *   45's electron.d.ts; shell/common/gin_converters/content_converter.cc maps them).
 * - UNIVERSAL_LINK / APP_LINK (macOS, mobile): an https link to login.okta.com, no permission.
 */
import { OKTA_ORG_HOST } from '../../common/idp/okta/words';

/** The URL schemes of Okta Verify's desktop and mobile apps that a sign-in page may launch. */
export const OKTA_VERIFY_SCHEMES: readonly string[] = ['com-okta-authenticator:'];

/** Local Network Access permissions that cover loopback (Okta Verify listens on 127.0.0.1). `local-network` (the LAN) is never granted. */
const LOOPBACK_PERMISSIONS: ReadonlySet<string> = new Set(['local-network-access', 'loopback-network']);

/**
 * How long after a click or a key press a request still counts as made by the user: Chromium's transient user
 * activation lasts 5 s. Electron does not pass the gesture on to the handler for `openExternal`
 * (WebContentsPermissionHelper::RequestPermission drops it), so the login window measures it itself.
 */
export const USER_GESTURE_WINDOW_MS = 5_000;

/**
 * True for an https page of an Okta org (`acme.okta.com`, `acme.oktapreview.com`, `acme.okta-emea.com`, Okta's
 * government cells), or of the one custom-domain origin an Okta configuration signs in at (`customOrigin`).
 */
export function isOktaSignInOrigin(url: string | undefined, customOrigin?: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username) return false;
  if (customOrigin && u.origin === parse(customOrigin)?.origin) return true;
  return !u.port && OKTA_ORG_HOST.test(u.hostname);
}

/** True for a URL that launches Okta Verify. */
export function isOktaVerifyLaunchUrl(url: string | undefined): boolean {
  const u = parse(url);
  return !!u && OKTA_VERIFY_SCHEMES.includes(u.protocol);
}

export interface LoginPermissionRequest {
  /** Electron's permission name (`openExternal`, `local-network-access`, `media`, ...). */
  permission: string;
  /** The requesting frame's URL (`details.requestingUrl`) or origin (a check's `requestingOrigin`). */
  requestingUrl: string | undefined;
  /** `openExternal` only: the URL the page wants the OS to open (`details.externalURL`). */
  externalUrl?: string;
  /** Whether the user clicked or typed in that page within USER_GESTURE_WINDOW_MS. */
  userGesture: boolean;
  /** The Okta configuration's custom sign-in origin (AuthWindowOptions.oktaSignInOrigin), if any. */
  oktaSignInOrigin?: string;
}

/**
 * When an Okta page reaches for Okta Verify (a launch, or its loopback server), granted or not: the sign of a
 * device-bound factor that a stalled login's diagnosis names. Undefined for any other request.
 */
export function oktaVerifyReach(req: Omit<LoginPermissionRequest, 'userGesture'>): string | undefined {
  if (!isOktaSignInOrigin(req.requestingUrl, req.oktaSignInOrigin)) return undefined;
  if (req.permission === 'openExternal') return isOktaVerifyLaunchUrl(req.externalUrl) ? 'com-okta-authenticator: (Okta Verify launch)' : undefined;
  return LOOPBACK_PERMISSIONS.has(req.permission) ? `${req.permission} (Okta Verify on this computer)` : undefined;
}

/** The one decision: grant or refuse one permission request (or check) of the login session. */
export function isLoginPermissionGranted(req: LoginPermissionRequest): boolean {
  if (!isOktaSignInOrigin(req.requestingUrl, req.oktaSignInOrigin)) return false;
  if (req.permission === 'openExternal') return req.userGesture && isOktaVerifyLaunchUrl(req.externalUrl);
  return LOOPBACK_PERMISSIONS.has(req.permission);
}

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
