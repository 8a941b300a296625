/**
 * The Okta-like IdP's `autoApprove` switch (the benchmark's "IdP that approves
 * at once"): the authorize request goes through the sign-in interaction with
 * its cookies and 303s, no page is shown, and the code is the named person's.
 * Followed hop by hop over plain HTTP on 127.0.0.1; the consume URI is never requested.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startOktaLikeIdp, type OktaLikeIdp, type UserName } from '../fixtures/okta-idp';
import { CookieJar } from '../fixtures/idp-kit/cookie-jar';

const REDIRECT_URI = 'https://huggingface.co/organizations/acme/oidc/consume';

interface Hop {
  method: string;
  url: string;
  status: number;
}

/** Follows redirects like a browser with a cookie jar, up to the consume URI (not requested); stops at the first page. */
async function followAuthorize(idp: OktaLikeIdp) {
  const { clientId, clientSecret } = idp.clients.hub;
  const config = await oidc.discovery(new URL(idp.orgIssuer), clientId, undefined, oidc.ClientSecretPost(clientSecret), {
    execute: [oidc.allowInsecureRequests],
  });
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  let url = oidc.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: 'openid email profile', state, nonce });
  const jar = new CookieJar();
  const hops: Hop[] = [];
  for (let i = 0; i < 10; i++) {
    if (url.href.startsWith(REDIRECT_URI)) return { config, state, nonce, hops, callback: url, page: undefined };
    const cookie = jar.headerFor(url);
    const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    hops.push({ method: 'GET', url: url.pathname, status: res.status });
    jar.store(url, res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { config, state, nonce, hops, callback: undefined, page: await res.text() };
    await res.body?.cancel();
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

describe('Okta-like IdP, autoApprove', () => {
  let idp: OktaLikeIdp | undefined;
  afterEach(async () => {
    await idp?.close();
    idp = undefined;
  });

  it('signs the named person in at the first GET of the sign-in page: no form, 303s, a code for their ID token', async () => {
    idp = await startOktaLikeIdp({ autoApprove: 'bob' });
    const run = await followAuthorize(idp);
    expect(run.page).toBeUndefined();
    expect(run.callback).toBeDefined();
    // authorize → sign-in page URL → (signed in) resume → callback: Okta's 303 out of the sign-in interaction.
    const signin = run.hops.find((h) => h.url.startsWith('/signin/'));
    expect(signin?.status).toBe(303);
    expect(run.hops.every((h) => h.method === 'GET')).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(run.config, run.callback!, { expectedState: run.state, expectedNonce: run.nonce, idTokenExpected: true });
    expect(tokens.claims()?.email).toBe('bob@acme.example');
  });

  it('keeps Okta’s refusals: an unassigned person gets access_denied on the callback', async () => {
    idp = await startOktaLikeIdp({ autoApprove: 'unassigned' });
    const run = await followAuthorize(idp);
    expect(run.callback?.searchParams.get('error')).toBe('access_denied');
    expect(run.callback?.searchParams.get('error_description')).toBe('User is not assigned to the client application.');
  });

  it('without it, the sign-in page is shown (the form is still needed)', async () => {
    idp = await startOktaLikeIdp();
    const run = await followAuthorize(idp);
    expect(run.callback).toBeUndefined();
    expect(run.page).toContain('Sign In');
  });

  it('refuses a person the directory does not know', async () => {
    await expect(startOktaLikeIdp({ autoApprove: 'mallory' as UserName })).rejects.toThrow(/autoApprove: unknown user "mallory"/);
  });
});
