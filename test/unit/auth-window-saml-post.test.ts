/**
 * The shared rule that tells a SAML IdP's HTTP-POST to the Hub's ACS from any
 * other request to the redirect URI: what both login windows hand back, from
 * the method, Content-Type and body they saw.
 */
import { describe, expect, it } from 'vitest';
import { caughtCallbackOutcome, createOutcomeLatch, samlPostOf } from '../../main/core/auth-window-rules';
import { windowOutcomeDiagnosis } from '../../main/core/oidc/authorize-errors';

const ACS = 'https://huggingface.co/organizations/acme/saml/consume';
/** A SAMLResponse as IdPs post it: base64 with `+`, `/` and `=` padding, url-encoded by the form. */
const SAML_RESPONSE = 'PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM+/w==';
const FORM = `SAMLResponse=${encodeURIComponent(SAML_RESPONSE)}&RelayState=${encodeURIComponent('rs/1 & more')}`;
const URLENCODED = 'application/x-www-form-urlencoded';

describe('samlPostOf / caughtCallbackOutcome', () => {
  it('a url-encoded POST with SAMLResponse and RelayState gives both, decoded exactly', () => {
    expect(caughtCallbackOutcome(ACS, { method: 'POST', contentType: URLENCODED, body: FORM })).toEqual({
      kind: 'saml-post',
      url: ACS,
      samlResponse: SAML_RESPONSE,
      relayState: 'rs/1 & more',
    });
  });

  it('reads the body as bytes too, and leaves relayState out when none was posted', () => {
    const body = new TextEncoder().encode(`SAMLResponse=${encodeURIComponent(SAML_RESPONSE)}`);
    expect(samlPostOf(ACS, { method: 'post', contentType: 'Application/X-WWW-Form-URLEncoded; charset=UTF-8', body })).toEqual({
      kind: 'saml-post',
      url: ACS,
      samlResponse: SAML_RESPONSE,
    });
  });

  it('an empty RelayState is kept as posted', () => {
    expect(samlPostOf(ACS, { method: 'POST', contentType: URLENCODED, body: 'SAMLResponse=abc&RelayState=' })).toMatchObject({ relayState: '' });
  });

  it('where the shell cannot see the Content-Type (Electron), the url-encoded body alone decides', () => {
    expect(samlPostOf(ACS, { method: 'POST', body: FORM })).toMatchObject({ kind: 'saml-post', samlResponse: SAML_RESPONSE });
    // A multipart or text/plain form has raw line breaks: not taken for a url-encoded one.
    const multipart = '------b\r\nContent-Disposition: form-data; name="SAMLResponse"\r\n\r\nabc\r\n------b--\r\n';
    expect(samlPostOf(ACS, { method: 'POST', body: multipart })).toBeUndefined();
    expect(samlPostOf(ACS, { method: 'POST', body: 'SAMLResponse=abc\r\nRelayState=x\r\n' })).toBeUndefined();
  });

  it.each([
    ['a GET', { method: 'GET', contentType: URLENCODED, body: FORM }],
    ['a POST without SAMLResponse', { method: 'POST', contentType: URLENCODED, body: 'code=abc&state=st-1&RelayState=x' }],
    ['a POST with an empty SAMLResponse', { method: 'POST', contentType: URLENCODED, body: 'SAMLResponse=&RelayState=x' }],
    ['a POST whose body the shell could not read', { method: 'POST', contentType: URLENCODED }],
    ['a multipart POST', { method: 'POST', contentType: 'multipart/form-data; boundary=b', body: FORM }],
    ['a JSON POST', { method: 'POST', contentType: 'application/json', body: FORM }],
    ['a PUT', { method: 'PUT', contentType: URLENCODED, body: FORM }],
  ])('%s is no SAML post: it stays the redirect, with its URL only', (_name, request) => {
    expect(samlPostOf(`${ACS}?x=1`, request)).toBeUndefined();
    expect(caughtCallbackOutcome(`${ACS}?x=1`, request)).toEqual({ kind: 'redirect', url: `${ACS}?x=1` });
  });

  it('the first of repeated SAMLResponse fields counts', () => {
    expect(samlPostOf(ACS, { method: 'POST', contentType: URLENCODED, body: 'SAMLResponse=first&SAMLResponse=second' })).toMatchObject({ samlResponse: 'first' });
  });

  it('a caught SAML post is delivered while the window still closes, like a redirect', async () => {
    const events: string[] = [];
    let finishClosing!: () => void;
    const latch = createOutcomeLatch(
      { timeoutMs: 10_000, signal: new AbortController().signal },
      { lastUrl: () => undefined, cleanup: () => new Promise<void>((r) => (finishClosing = () => (events.push('closed'), r()))) },
    );
    latch.settle({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE });
    expect(await latch.promise).toEqual({ kind: 'saml-post', url: ACS, samlResponse: SAML_RESPONSE });
    events.push('resolved');
    finishClosing();
    expect(events).toEqual(['resolved', 'closed']);
  });
});

describe('a SAML post in an OIDC test login', () => {
  it('is an AUTHORIZE_ERROR saying the IdP answered with SAML, with none of the posted response in it', () => {
    const secret = 'PHNhbWw6QXNzZXJ0aW9uPmFsaWNlQGV4YW1wbGUuY29tPC9zYW1sOkFzc2VydGlvbj4=';
    const d = windowOutcomeDiagnosis({ kind: 'saml-post', url: ACS, samlResponse: secret, relayState: 'rs-secret' }, 'https://huggingface.co/organizations/acme/oidc/consume', 60_000);
    expect(d.code).toBe('AUTHORIZE_ERROR');
    expect(String(d.evidence.detail)).toMatch(/posted a SAML response .* where an OIDC redirect with a code was expected/);
    expect(d.evidence.redirect).toBe(ACS);
    const all = JSON.stringify(d);
    expect(all).not.toContain(secret);
    expect(all).not.toContain('rs-secret');
  });
});
