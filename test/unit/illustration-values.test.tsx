// A .tsx file so the root tsconfig (no JSX) does not pull the .tsx drawings into its program; vitest runs it as a unit test.
/**
 * The setup pictures show the admin's own values once they are known (org,
 * redirect URI, Okta domain, short client ID), from one pure function over
 * the configuration and the draft; before that, placeholders that read as examples.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Configuration } from '../../common/contract';
import { illustrations, type IllustrationId, type IllustrationValues } from '../../renderer/src/illustrations/index';
import { illustrationValues, placeholderFor, shortClientId, shownValues } from '../../renderer/src/illustrations/illustration-values';

const STEP2: IllustrationId[] = ['okta-general-settings-redirect', 'okta-save-app'];
const STEP3: IllustrationId[] = ['okta-client-credentials', 'okta-issuer-url', 'okta-assignments', 'hub-sso-settings'];

/** The text the pictures draw (their <text> contents), entities decoded. */
function drawnText(ids: IllustrationId[], values: IllustrationValues): string[] {
  return ids.flatMap((id) =>
    [...renderToStaticMarkup(createElement(illustrations[id].Svg, { values })).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
      m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    ),
  );
}

const config = { orgId: 'acme', issuerUrl: 'https://acme.okta.com', clientId: '0oaABCDEFGH123456789' } as Configuration;

describe('illustration values', () => {
  it('are computed from the configuration, the draft winning where the admin is typing', () => {
    expect(illustrationValues(config, {})).toEqual({
      orgId: 'acme',
      redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume',
      acsUrl: 'https://huggingface.co/organizations/acme/saml/consume',
      issuerUrl: 'https://acme.okta.com',
      idpDomain: 'acme.okta.com',
      clientIdShort: '0oaA…6789',
    });
    const typed = illustrationValues(config, { orgId: ' globex\u200B', issuerUrl: 'globex.okta.com/' });
    expect(typed.orgId).toBe('globex');
    expect(typed.redirectUri).toBe('https://huggingface.co/organizations/globex/oidc/consume');
    expect(typed.idpDomain).toBe('globex.okta.com');
    expect(illustrationValues(undefined, { orgId: 'draft-only' }).orgId).toBe('draft-only');
  });

  it('leave out what is not valid yet, so the pictures keep their placeholders', () => {
    expect(illustrationValues(undefined, {})).toEqual({});
    // An org that is not an identifier, the admin console instead of the issuer, an unfinished URL.
    expect(illustrationValues(undefined, { orgId: 'acme corp', issuerUrl: 'https://acme-admin.okta.com', clientId: '' })).toEqual({});
    expect(illustrationValues(config, { orgId: '' })).not.toHaveProperty('orgId');
  });

  it('shortens the client ID to its first and last four characters', () => {
    expect(shortClientId('0oaABCDEFGH123456789')).toBe('0oaA…6789');
    expect(shortClientId('short')).toBe('short');
    // Google's fixed suffix is kept: it hides nothing and is how the admin recognises the ID.
    expect(shortClientId('123456789012-abcdefghijklmnop.apps.googleusercontent.com')).toBe('1234…mnop.apps.googleusercontent.com');
  });

  it("step 2's and step 3's pictures show the admin's org, redirect URI, Okta domain and client ID", () => {
    const values = illustrationValues(config, {});
    const text = drawnText([...STEP2, ...STEP3], values);
    expect(text).toContain('acme');
    expect(text).toContain('https://huggingface.co/organizations/acme/oidc/consume');
    expect(text).toContain('acme.okta.com');
    expect(text).toContain('0oaA…6789');
    expect(text).toContain('https://acme.okta.com');
    // Step 2's picture on its own: the redirect URI goes where Okta asks for it.
    expect(drawnText(['okta-general-settings-redirect'], values)).toContain('https://huggingface.co/organizations/acme/oidc/consume');
    // The Okta console's address is the admin's own.
    expect(drawnText(['okta-client-credentials'], values).join(' ')).toContain('acme-admin.okta.com/admin/app');
    // No one else's example values are left.
    const all = text.join('\n');
    for (const stale of ['acme-corp', '<org>', 'EXAMPLE', 'your-org', 'your-okta-domain', 'your-client-id']) expect(all).not.toContain(stale);
    // The accessible descriptions say them too.
    expect(illustrations['hub-sso-settings'].alt(values)).toContain('https://huggingface.co/organizations/acme/oidc/consume');
    expect(illustrations['okta-issuer-url'].alt(values)).toContain('https://acme.okta.com');
    expect(illustrations['okta-general-settings-redirect'].alt(values)).toContain('https://huggingface.co/organizations/acme/oidc/consume');
  });

  it('show placeholders, drawn as examples, before the values exist', () => {
    const text = drawnText([...STEP2, ...STEP3], {});
    expect(text).toContain('https://huggingface.co/organizations/your-org/oidc/consume');
    expect(text).toContain('your-okta-domain.okta.com');
    expect(text).toContain('your-client-id');
    expect(text.join('\n')).not.toMatch(/\bacme\b|0oa8f2k1x9EXAMPLE697/);
    const markup = renderToStaticMarkup(createElement(illustrations['okta-general-settings-redirect'].Svg, {}));
    expect(markup).toMatch(/<text class="[^"]*ill-t-example[^"]*"[^>]*>https:\/\/huggingface.co\/organizations\/your-org/);
    expect(renderToStaticMarkup(createElement(illustrations['okta-general-settings-redirect'].Svg, { values: illustrationValues(config, {}) }))).not.toContain(
      'ill-t-example',
    );
    expect(illustrations['okta-general-settings-redirect'].alt({})).toMatch(/for example https:\/\/huggingface.co\/organizations\/your-org/);
  });

  it('Entra and Google pictures: org "acme" gives the consume URI where the console asks for it, the client ID in its short form', () => {
    const tenant = '9188040d-6c67-4c5b-b112-36a304b66dad';
    const entra = illustrationValues({ orgId: 'acme', issuerUrl: `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`, clientId: '1c2d3e4f-aaaa-bbbb-cccc-0123456789f0e' } as Configuration, {});
    const consume = 'https://huggingface.co/organizations/acme/oidc/consume';
    expect(drawnText(['entra-redirect-uri'], entra)).toContain(consume);
    expect(illustrations['entra-redirect-uri'].alt(entra)).toContain(consume);
    expect(drawnText(['google-redirect-uri'], entra)).toContain(consume);
    expect(illustrations['google-redirect-uri'].alt(entra)).toContain(consume);
    expect(drawnText(['entra-client-id'], entra)).toContain('1c2d…9f0e');
    expect(drawnText(['entra-client-id'], entra)).toContain(tenant);
    // The metadata document of the admin's own tenant, as the Endpoints pane lists it.
    expect(illustrations['entra-endpoints'].alt(entra)).toContain(`https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`);
    expect(drawnText(['entra-endpoints'], entra)).toContain(`${tenant}/v2.0/`);
    const google = illustrationValues({ orgId: 'acme', issuerUrl: 'https://accounts.google.com', clientId: '123456789012-abcdefghijklmnop.apps.googleusercontent.com' } as Configuration, {});
    expect(drawnText(['google-client-created'], google)).toContain('1234…mnop.apps.googleusercontent.com');
    expect(illustrations['google-client-created'].alt(google)).toContain('1234…mnop.apps.googleusercontent.com');
    for (const id of ['entra-redirect-uri', 'entra-client-id', 'entra-endpoints', 'google-redirect-uri', 'google-client-created'] as const) {
      const all = drawnText([id], id.startsWith('google') ? google : entra).join('\n');
      for (const stale of ['your-org', 'your-client-id', 'your-tenant-id']) expect(all, id).not.toContain(stale);
    }
  });

  it('Entra and Google pictures show their consoles\' own placeholder forms before the values exist', () => {
    expect(placeholderFor('client-id', 'google')).toBe('your-client-id.apps.googleusercontent.com');
    expect(placeholderFor('tenant', 'entra')).toBe('your-tenant-id');
    expect(placeholderFor('idp-domain')).toBe('your-okta-domain.okta.com');
    expect(drawnText(['google-client-created'], {})).toContain('your-client-id.apps.googleusercontent.com');
    expect(drawnText(['entra-client-id'], {})).toContain('your-tenant-id');
    expect(drawnText(['entra-redirect-uri'], {})).toContain('https://huggingface.co/organizations/your-org/oidc/consume');
    expect(shownValues({}).entraMetadataUrl).toEqual({ text: 'https://login.microsoftonline.com/your-tenant-id/v2.0/.well-known/openid-configuration', example: true });
    const markup = renderToStaticMarkup(createElement(illustrations['google-client-created'].Svg, {}));
    expect(markup).toMatch(/<text class="[^"]*ill-t-example[^"]*"[^>]*>your-client-id\.apps\.googleusercontent\.com/);
    // An Okta issuer is no Entra tenant: the Entra pictures keep their example.
    expect(shownValues(illustrationValues(config, {})).entraTenant).toEqual({ text: 'your-tenant-id', example: true });
    // The v1 issuer names the tenant too; its metadata document is on the login host.
    const v1 = shownValues({ issuerUrl: 'https://sts.windows.net/contoso.onmicrosoft.com' });
    expect(v1.entraTenant).toEqual({ text: 'contoso.onmicrosoft.com', example: false });
    expect(v1.entraMetadataUrl.text).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration');
  });
});

describe('SAML illustration values', () => {
  const samlConfig = {
    orgId: 'acme',
    issuerUrl: '',
    clientId: '',
    saml: { spEntityId: 'https://huggingface.co/organizations/acme/saml/metadata', ssoUrl: 'https://acme.okta.com/app/acme_hf_1/exk1a2b3c4/sso/saml', idpEntityId: '', certificate: '', metadataUrl: '' },
  } as unknown as Configuration;
  // The draft's `saml` field is being added to Draft on another branch: typed locally here as the values module reads it.
  const withSaml = (saml: Record<string, string>) => ({ saml }) as Record<string, unknown>;

  it('are the ACS URL for the org, the SP Entity ID and the SSO URL, the draft winning', () => {
    const values = illustrationValues(samlConfig, {});
    expect(values.acsUrl).toBe('https://huggingface.co/organizations/acme/saml/consume');
    expect(values.spEntityId).toBe('https://huggingface.co/organizations/acme/saml/metadata');
    expect(values.samlSsoUrl).toBe('https://acme.okta.com/app/acme_hf_1/exk1a2b3c4/sso/saml');
    // No issuer in a SAML setup: the SSO URL's host is the Okta domain the console's header shows.
    expect(values.idpDomain).toBe('acme.okta.com');
    expect(illustrationValues({ ...samlConfig, issuerUrl: 'https://other.okta.com' } as Configuration, {}).idpDomain).toBe('other.okta.com');
    const typed = illustrationValues(samlConfig, withSaml({ spEntityId: ' urn:huggingface:acme\u200B', ssoUrl: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/saml2' }));
    expect(typed.spEntityId).toBe('urn:huggingface:acme');
    expect(typed.samlSsoUrl).toBe('https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/saml2');
  });

  it('leave out an SP Entity ID that is not a URL or URN, an SSO URL that is not https, and a configuration from before SAML', () => {
    for (const spEntityId of ['', 'acme', 'huggingface.co/acme', 'urn:', 'https://', 'https://huggingface.co/a b']) {
      expect(illustrationValues(samlConfig, withSaml({ spEntityId })), spEntityId).not.toHaveProperty('spEntityId');
    }
    for (const ssoUrl of ['', 'http://acme.okta.com/app/x/sso/saml', 'acme.okta.com/app/x/sso/saml', 'https://acme.okta.com/a b']) {
      expect(illustrationValues(samlConfig, withSaml({ ssoUrl })), ssoUrl).not.toHaveProperty('samlSsoUrl');
    }
    // An http entity ID is still an entity ID (the Hub's form is not ours to judge): shown.
    expect(illustrationValues(samlConfig, withSaml({ spEntityId: 'http://example.test/sp' })).spEntityId).toBe('http://example.test/sp');
    // No org, no ACS URL; an OIDC-era configuration has no saml at all.
    expect(illustrationValues(samlConfig, { orgId: '' })).not.toHaveProperty('acsUrl');
    expect(illustrationValues(config, {})).not.toHaveProperty('spEntityId');
    expect(illustrationValues(config, {})).not.toHaveProperty('samlSsoUrl');
  });

  it('are drawn where Okta and Entra ask for them, and in the descriptions', () => {
    const values = illustrationValues(samlConfig, {});
    const acs = 'https://huggingface.co/organizations/acme/saml/consume';
    const entity = 'https://huggingface.co/organizations/acme/saml/metadata';
    for (const id of ['okta-saml-settings', 'entra-saml-basic-config'] as const) {
      expect(drawnText([id], values), id).toContain(acs);
      expect(drawnText([id], values), id).toContain(entity);
      expect(illustrations[id].alt(values), id).toContain(acs);
      expect(illustrations[id].alt(values), id).toContain(entity);
      expect(renderToStaticMarkup(createElement(illustrations[id].Svg, { values })), id).not.toContain('ill-t-example');
    }
    expect(illustrations['okta-saml-sign-on'].alt(values)).toContain('https://acme.okta.com/app/acme_hf_1/exk1a2b3c4/sso/saml');
    expect(drawnText(['okta-saml-sign-on'], values).join('\n')).toContain('https://acme.okta.com/app/');
    const tenant = '9188040d-6c67-4c5b-b112-36a304b66dad';
    const entra = illustrationValues(samlConfig, withSaml({ ssoUrl: `https://login.microsoftonline.com/${tenant}/saml2` }));
    const setUp = drawnText(['entra-saml-set-up'], entra);
    expect(setUp).toContain(`https://login.microsoftonline.com/${tenant}/saml2`);
    // The Entra Identifier of the Login URL's tenant.
    expect(setUp).toContain(`https://sts.windows.net/${tenant}/`);
    expect(illustrations['entra-saml-set-up'].alt(entra)).toContain(`https://login.microsoftonline.com/${tenant}/saml2`);
  });

  it('show placeholders, drawn as examples, before the values exist', () => {
    const shown = shownValues({});
    expect(shown.acsUrl).toEqual({ text: 'https://huggingface.co/organizations/your-org/saml/consume', example: true });
    expect(shown.spEntityId).toEqual({ text: 'your-sp-entity-id', example: true });
    expect(shown.samlSsoUrl.okta).toEqual({ text: placeholderFor('saml-sso-url', 'okta'), example: true });
    expect(shown.samlSsoUrl.entra).toEqual({ text: 'https://login.microsoftonline.com/your-tenant-id/saml2', example: true });
    expect(drawnText(['okta-saml-settings'], {})).toContain('https://huggingface.co/organizations/your-org/saml/consume');
    expect(drawnText(['entra-saml-basic-config'], {})).toContain('your-sp-entity-id');
    expect(illustrations['okta-saml-settings'].alt({})).toMatch(/for example https:\/\/huggingface.co\/organizations\/your-org\/saml\/consume/);
    const markup = renderToStaticMarkup(createElement(illustrations['entra-saml-basic-config'].Svg, {}));
    expect(markup).toMatch(/<text class="[^"]*ill-t-example[^"]*"[^>]*>your-sp-entity-id/);
  });
});
