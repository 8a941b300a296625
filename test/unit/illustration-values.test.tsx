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
import { illustrationValues, shortClientId } from '../../renderer/src/illustrations/illustration-values';

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
});
