/**
 * The login window's one permission rule: nothing, except what Okta FastPass
 * needs to reach Okta Verify on this computer, asked by a page of an Okta org.
 */
import { describe, expect, it } from 'vitest';
import { isLoginPermissionGranted, isOktaSignInOrigin, isOktaVerifyLaunchUrl } from '../../main/core/login-permissions';
import { isAllowedExternalUrl } from '../../main/core/app/external-links';
import { oktaSignInOrigin } from '../../main/core/oidc/test-login/window-stages';

const LAUNCH = 'com-okta-authenticator:/deviceChallenge?challengeRequest=eyJ';
const OKTA = 'https://acme.okta.com/oauth2/v1/authorize?client_id=0oa1';

describe('isOktaSignInOrigin', () => {
  it.each([
    ['https://acme.okta.com/signin', true],
    ['https://dev-123.oktapreview.com/', true],
    ['https://acme.okta-emea.com/app', true],
    ['https://acme.okta.com', true], // a check's requestingOrigin
    ['http://acme.okta.com/', false],
    ['https://acme.okta.com:8443/', false],
    ['https://a.b.okta.com/', false],
    ['https://acme.okta.com.evil.example/', false],
    ['https://evilokta.com/', false],
    ['https://login.acme.example/', false], // an Okta custom domain counts only as the configuration's own origin (below)
    [undefined, false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isOktaSignInOrigin(url)).toBe(expected);
  });

  it("an Okta custom domain: the configuration's own sign-in origin, exactly (scheme, host and port)", () => {
    const custom = 'https://login.acme.example';
    expect(isOktaSignInOrigin('https://login.acme.example/signin/verify', custom)).toBe(true);
    expect(isOktaSignInOrigin('https://login.acme.example:8443/', custom)).toBe(false);
    expect(isOktaSignInOrigin('http://login.acme.example/', 'http://login.acme.example')).toBe(false);
    expect(isOktaSignInOrigin('https://evil.example/', custom)).toBe(false);
    expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: 'https://login.acme.example/x', externalUrl: LAUNCH, userGesture: true, oktaSignInOrigin: custom })).toBe(true);
    expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: 'https://login.acme.example/x', externalUrl: LAUNCH, userGesture: true })).toBe(false);
  });

  it('is the same rule the main window allow-list uses for Okta (one rule, in common/idp/okta)', () => {
    for (const host of ['acme.okta.com', 'dev-1.oktapreview.com', 'acme.okta-emea.com']) {
      expect(isOktaSignInOrigin(`https://${host}/`)).toBe(true);
      expect(isAllowedExternalUrl(`https://${host}/`)).toBe(true);
    }
    expect(isAllowedExternalUrl('https://a.b.okta.com/')).toBe(false);
  });
});

describe('isLoginPermissionGranted', () => {
  it('openExternal: only Okta Verify, only from Okta, only on a user gesture', () => {
    expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: OKTA, externalUrl: LAUNCH, userGesture: true })).toBe(true);
    expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: OKTA, externalUrl: LAUNCH, userGesture: false })).toBe(false);
    expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: 'https://evil.example/', externalUrl: LAUNCH, userGesture: true })).toBe(false);
    for (const other of ['com-okta-authenticator-evil:/x', 'okta-verify:/x', 'zoommtg://zoom.us/join', 'file:///etc/passwd', 'https://login.okta.com/x', undefined]) {
      expect(isLoginPermissionGranted({ permission: 'openExternal', requestingUrl: OKTA, externalUrl: other, userGesture: true }), String(other)).toBe(false);
    }
    expect(isOktaVerifyLaunchUrl('COM-OKTA-AUTHENTICATOR:/deviceChallenge')).toBe(true); // URL() lower-cases the scheme
  });

  it('loopback Local Network Access only from Okta; never the LAN, never any other permission', () => {
    for (const permission of ['local-network-access', 'loopback-network']) {
      expect(isLoginPermissionGranted({ permission, requestingUrl: OKTA, userGesture: false })).toBe(true);
      expect(isLoginPermissionGranted({ permission, requestingUrl: 'https://evil.example/', userGesture: true })).toBe(false);
    }
    for (const permission of ['local-network', 'media', 'notifications', 'geolocation', 'clipboard-read', 'fullscreen', 'unknown']) {
      expect(isLoginPermissionGranted({ permission, requestingUrl: OKTA, userGesture: true }), permission).toBe(false);
    }
  });
});

describe('the sign-in origin a test login trusts for FastPass', () => {
  it("an Okta configuration's authorization endpoint origin (custom domains included); https only; never for other IdPs", () => {
    expect(oktaSignInOrigin({ id: 'okta' }, 'https://login.acme.example/oauth2/default/v1/authorize?client_id=x')).toBe('https://login.acme.example');
    expect(oktaSignInOrigin({ id: 'okta' }, 'http://127.0.0.1:4000/oauth2/v1/authorize')).toBeUndefined();
    expect(oktaSignInOrigin({ id: 'entra' }, 'https://login.microsoftonline.com/t/oauth2/v2.0/authorize')).toBeUndefined();
    expect(oktaSignInOrigin({ id: 'google' }, 'https://accounts.google.com/o/oauth2/v2/auth')).toBeUndefined();
  });
});
