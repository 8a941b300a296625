/**
 * A SAML test login end to end over HTTP against the SAML IdP fixture on 127.0.0.1, for each IdP shape:
 * the metadata gives the SSO URL, certificate and entity ID; the AuthnRequest goes out in the HTTP-Redirect
 * binding; the IdP answers with its auto-submitting HTTP-POST form to the ACS; the SAMLResponse caught from
 * that form is validated as the Hub's ACS would. Auto-approve user (alice) and form user (bob); failures too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildAuthnRequest, readIdpMetadata, validateSamlResponse, type SamlOutcome } from '../../main/core/saml';
import { hubSamlAcsUrl } from '../../common/rules/hub-urls';
import { SAML_IDP_SHAPES, SAML_USERS, startSamlIdp, type SamlFailure, type SamlIdp, type SamlIdpShape } from '../fixtures/saml-idp';

const acsUrl = hubSamlAcsUrl('acme');
const spEntityId = 'https://huggingface.co/saml/metadata/acme';
let idp: SamlIdp | undefined;
afterEach(async () => {
  await idp?.close();
  idp = undefined;
});

const decodeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The auto-submitting form the IdP answers with: where it posts, and what. */
function readPostForm(html: string): { action: string; samlResponse: string; relayState?: string } {
  expect(html).toContain('onload="document.forms[0].submit()"');
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(html)?.[1];
  const relayState = /name="RelayState" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !samlResponse) throw new Error('no HTTP-POST form in the IdP’s answer');
  return { action: decodeHtml(action), samlResponse: decodeHtml(samlResponse), relayState: relayState && decodeHtml(relayState) };
}

/** The admin's inputs come from the served metadata, as the setup screen will take them. */
async function login(shape: SamlIdpShape, options: { login?: 'auto' | 'form'; failure?: SamlFailure; user?: 'alice' | 'bob' } = {}): Promise<{ outcome: SamlOutcome; action: string; relayState?: string }> {
  idp = await startSamlIdp({ shape, login: options.login, failure: options.failure });
  const metadataRead = readIdpMetadata(await (await fetch(idp.metadataUrl)).text());
  if (!metadataRead.ok) throw new Error(metadataRead.diagnosis.code);
  const { metadata } = metadataRead;
  const request = await buildAuthnRequest({ ssoUrl: metadata.ssoUrl, spEntityId, acsUrl, relayState: 'saml-test-1' });
  let page = await fetch(request.url);
  expect(page.status).toBe(200);
  let html = await page.text();
  if (options.login === 'form') {
    expect(html).toContain('<h1>Sign In</h1>');
    const pending = /name="pending" value="([^"]+)"/.exec(html)![1]!;
    const user = SAML_USERS[options.user ?? 'bob'];
    page = await fetch(new URL('/sso/login', idp.origin), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ pending, username: user.username, password: user.password }) });
    html = await page.text();
  }
  const form = readPostForm(html);
  const outcome = await validateSamlResponse({
    samlResponse: form.samlResponse,
    idpCertificate: metadata.signingCertificates[0]!.pem,
    spEntityId,
    acsUrl,
    requestId: request.id,
    requestIssuedAt: request.issuedAt,
    idpEntityId: metadata.entityId,
  });
  expect(idp.requests.at(-1)).toMatchObject({ id: request.id, issuer: spEntityId, acsUrl, nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', relayState: 'saml-test-1' });
  return { outcome, action: form.action, relayState: form.relayState };
}

describe.each(SAML_IDP_SHAPES)('SAML test login over HTTP, %s shape', (shape) => {
  it('alice (auto-approve): the form posts to the Hub’s ACS and the response is accepted', async () => {
    const { outcome, action, relayState } = await login(shape);
    expect(action).toBe(acsUrl);
    expect(relayState).toBe('saml-test-1');
    if (!outcome.ok) throw new Error(`${outcome.diagnosis.code} ${JSON.stringify(outcome.diagnosis.evidence)}`);
    expect(outcome.nameId).toBe('alice@acme.example');
    expect(outcome.issuer).toBe(idp!.entityId);
    expect(Object.keys(outcome.attributes).length).toBeGreaterThan(3);
  });

  it('bob (sign-in form): his own NameID and attributes', async () => {
    const { outcome } = await login(shape, { login: 'form', user: 'bob' });
    expect(outcome.ok && outcome.nameId).toBe('bob@acme.example');
    expect(outcome.ok && Object.values(outcome.attributes).flat()).toContain('read');
  });

  it('a wrong password stays on the form, with no response', async () => {
    idp = await startSamlIdp({ shape, login: 'form' });
    const request = await buildAuthnRequest({ ssoUrl: idp.ssoUrl, spEntityId, acsUrl });
    const pending = /name="pending" value="([^"]+)"/.exec(await (await fetch(request.url)).text())![1]!;
    const page = await fetch(new URL('/sso/login', idp.origin), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ pending, username: 'bob', password: 'wrong' }) });
    const html = await page.text();
    expect(html).toContain('Unable to sign in');
    expect(html).not.toContain('SAMLResponse');
  });

  it.each([
    ['wrong-audience', 'SAML_AUDIENCE_MISMATCH'],
    ['unsigned-response', 'SAML_RESPONSE_UNSIGNED'],
    ['status-responder', 'SAML_STATUS_RESPONDER'],
    ['xsw-signed-assertion-in-extensions', 'SAML_SIGNATURE_WRAPPING'],
    ['other-certificate', 'SAML_SIGNED_WITH_OTHER_CERTIFICATE'],
  ] as const)('switch %s: %s, never success', async (failure, code) => {
    const { outcome } = await login(shape, { failure });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.diagnosis.code).toBe(code);
  });
});

describe('the SAML IdP fixture', () => {
  it('refuses a request that is not an AuthnRequest, and answers HTTP-POST binding requests too', async () => {
    idp = await startSamlIdp({ shape: 'okta' });
    expect((await fetch(`${idp.ssoUrl}?SAMLRequest=bm9wZQ`)).status).toBe(400);
    const xml = `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_post1" Version="2.0" AssertionConsumerServiceURL="${acsUrl}"><saml:Issuer>${spEntityId}</saml:Issuer></samlp:AuthnRequest>`;
    const page = await fetch(idp.ssoUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLRequest: Buffer.from(xml).toString('base64') }) });
    expect(readPostForm(await page.text()).action).toBe(acsUrl);
    expect(idp.requests.at(-1)?.id).toBe('_post1');
  });
});
