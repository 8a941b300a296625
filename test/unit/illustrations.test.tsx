// A .tsx file so the root tsconfig (no JSX) does not pull the .tsx drawings into its program; vitest runs it as a unit test.
/**
 * The setup illustrations render offline under the renderer's CSP: an <svg>
 * with an accessible name and description, no style attributes, nothing
 * fetched, and colours only through custom properties both themes define.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { illustrationIds, illustrations, type IllustrationId, type IllustrationValues } from '../../renderer/src/illustrations/index';

const cssPath = fileURLToPath(new URL('../../renderer/src/illustrations/illustrations.css', import.meta.url));
const css = readFileSync(cssPath, 'utf8');

const expectedIds: IllustrationId[] = [
  'okta-admin-applications',
  'okta-create-app-integration',
  'okta-oidc-web-app',
  'okta-general-settings-redirect',
  'okta-save-app',
  'okta-client-credentials',
  'okta-issuer-url',
  'okta-assignments',
  'hub-sso-settings',
  'hub-enable-sso',
  'entra-new-application',
  'entra-redirect-uri',
  'entra-client-id',
  'entra-client-secret',
  'entra-endpoints',
  'entra-token-configuration',
  'entra-assignments',
  'google-create-client',
  'google-redirect-uri',
  'google-client-created',
  'google-audience',
  'okta-saml-app',
  'okta-saml-settings',
  'okta-saml-signatures',
  'okta-saml-sign-on',
  'entra-saml-new-application',
  'entra-saml-single-sign-on',
  'entra-saml-basic-config',
  'entra-saml-signing-option',
  'entra-saml-set-up',
  'google-saml-add-custom-app',
  'google-saml-idp-details',
  'google-saml-sp-details',
  'google-saml-user-access',
];

function render(id: IllustrationId, className?: string, values?: IllustrationValues): string {
  return renderToStaticMarkup(
    createElement(illustrations[id].Svg, { ...(className === undefined ? {} : { className }), ...(values ? { values } : {}) }),
  );
}

function attributes(markup: string): Array<{ name: string; value: string }> {
  return [...markup.matchAll(/\s([A-Za-z_:][-A-Za-z0-9_:.]*)="([^"]*)"/g)].map((m) => ({ name: m[1]!, value: m[2]! }));
}

/** The CSS split into the light block (outside the media query) and the dark block. */
function themeBlocks(source: string): { light: string; dark: string } {
  const start = source.indexOf('@media (prefers-color-scheme: dark)');
  expect(start, 'illustrations.css has a dark-theme media query').toBeGreaterThan(-1);
  let depth = 0;
  let end = -1;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    if (source[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  return { light: source.slice(0, start) + source.slice(end + 1), dark: source.slice(start, end + 1) };
}

const definedVars = (block: string) => new Set([...block.matchAll(/(--ill-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!));

describe('illustrations', () => {
  it('has one picture per setup sub-step, at least eight', () => {
    expect([...illustrationIds].sort()).toEqual([...expectedIds].sort());
    expect(illustrationIds.length).toBeGreaterThanOrEqual(8);
  });

  it.each(expectedIds)('%s renders an accessible, self-contained SVG', (id) => {
    const { title } = illustrations[id];
    const alt = illustrations[id].alt({});
    const markup = render(id);

    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup).toContain('role="img"');
    expect(markup).toMatch(/viewBox="0 0 600 420"/);

    // aria-labelledby points at the <title>, aria-describedby at the <desc> holding the alt text.
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(markup)?.[1];
    const describedBy = /aria-describedby="([^"]+)"/.exec(markup)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(describedBy).toBeTruthy();
    expect(markup).toContain(`<title id="${labelledBy}">`);
    expect(markup).toContain(`<desc id="${describedBy}">`);
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
    expect(markup).toContain(`>${escape(title)}</title>`);
    expect(markup).toContain(`>${escape(alt)}</desc>`);
    expect(title.length).toBeGreaterThan(10);
    expect(alt.length).toBeGreaterThan(60);

    // CSP: no style attributes or elements, nothing loaded from anywhere.
    const attrs = attributes(markup);
    expect(attrs.map((a) => a.name)).not.toContain('style');
    expect(markup).not.toMatch(/<style|<image|<foreignObject|<script|<use\b/);
    for (const { name, value } of attrs) {
      expect(`${name}="${value}"`).not.toMatch(/https?:|url\(|data:|\/\//);
      expect(name).not.toMatch(/^(href|xlink:href|src)$/);
    }
    // Colours come from classes only: no fill/stroke attribute hard-codes one.
    expect(attrs.filter((a) => a.name === 'fill' || a.name === 'stroke' || a.name === 'color')).toEqual([]);

    // Something is marked to click: an accent outline and a numbered callout.
    expect(markup).toContain('class="ill-highlight"');
    expect(markup).toContain('class="ill-callout"');
  });

  it('keeps ids unique when the same picture is shown twice (inline and zoomed)', () => {
    const twice = renderToStaticMarkup(
      createElement('div', null, createElement(illustrations['okta-save-app'].Svg), createElement(illustrations['okta-save-app'].Svg)),
    );
    const ids = [...twice.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it.each(expectedIds)('%s can render as a decorative thumbnail: hidden, unnamed, same drawing', (id) => {
    const markup = renderToStaticMarkup(createElement(illustrations[id].Svg, { decorative: true }));
    expect(markup).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(markup).not.toMatch(/role=|aria-labelledby|aria-describedby|<title|<desc|\sid="/);
    // Same picture: the accessible version minus its <title> and <desc>.
    const full = render(id).replace(/<title[^>]*>.*?<\/title>|<desc[^>]*>.*?<\/desc>/g, '');
    const drawing = (svg: string) => svg.slice(svg.indexOf('>') + 1);
    expect(drawing(markup)).toBe(drawing(full));
  });

  it('passes className through next to its own class', () => {
    expect(render('hub-enable-sso', 'zoomed')).toMatch(/^<svg[^>]*class="ill ill-theme-hub zoomed"/);
  });

  it('shows the Hub redirect URI pattern where Okta asks for the sign-in redirect URI', () => {
    const markup = render('okta-general-settings-redirect');
    expect(markup).toContain('Sign-in redirect URIs');
    expect(markup).toContain('https://huggingface.co/organizations/your-org/oidc/consume');
    expect(render('hub-sso-settings')).toContain('Update and Test OIDC configuration');
  });

  it('defines every colour variable it uses, in the light and the dark theme', () => {
    const used = new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!));
    for (const id of expectedIds) for (const m of render(id).matchAll(/var\((--[a-z0-9-]+)/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThanOrEqual(6);
    const { light, dark } = themeBlocks(css);
    const lightVars = definedVars(light);
    const darkVars = definedVars(dark);
    for (const v of used) {
      expect(lightVars.has(v), `${v} defined for the light theme`).toBe(true);
      expect(darkVars.has(v), `${v} defined for the dark theme`).toBe(true);
    }
    // The two themes really differ.
    expect(dark).toMatch(/--ill-bg:\s*#[0-9a-f]+/i);
    expect(/--ill-bg:\s*(#[0-9a-f]+)/i.exec(light)?.[1]).not.toBe(/--ill-bg:\s*(#[0-9a-f]+)/i.exec(dark)?.[1]);
  });

  it('uses no literal colours outside the variable definitions', () => {
    const withoutDefinitions = css.replace(/--ill-[a-z0-9-]+\s*:[^;]+;/g, '');
    expect(withoutDefinitions).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });

  it('uses every class the drawings reference, and none the CSS lacks', () => {
    const classes = new Set<string>();
    for (const id of expectedIds) {
      for (const m of render(id).matchAll(/class="([^"]+)"/g)) for (const c of m[1]!.split(/\s+/)) classes.add(c);
    }
    for (const c of classes) expect(css, `.${c} is styled in illustrations.css`).toMatch(new RegExp(`\\.${c}\\b`));
  });

});


/**
 * The font size CSS gives a <text> with these classes: `.ill text` first, then
 * every `.ill .<class>` rule in file order (class rules outrank `.ill text`).
 */
function fontSizeResolver(source: string): (classes: string[]) => number {
  const rules = [...source.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .map((m) => ({ selector: m[1]!.trim(), size: /font-size:\s*([\d.]+)px/.exec(m[2]!)?.[1] }))
    .filter((r): r is { selector: string; size: string } => r.size !== undefined);
  const base = rules.find((r) => r.selector === '.ill text');
  expect(base, 'illustrations.css sets `.ill text { font-size }`').toBeDefined();
  const byClass = rules.filter((r) => r !== base);
  // Only `.ill .<class>` rules set sizes, so this resolver is the cascade.
  for (const r of byClass) expect(r.selector).toMatch(/^\.ill \.[a-z0-9-]+$/);
  return (classes) => {
    let size = Number(base!.size);
    for (const r of byClass) if (classes.includes(r.selector.slice('.ill .'.length))) size = Number(r.size);
    return size;
  };
}

const sampleValues: IllustrationValues = { orgId: 'acme', redirectUri: 'x', idpDomain: 'acme.okta.com', issuerUrl: 'https://acme.okta.com', clientIdShort: '0oaA…6789' };
const entraValues: IllustrationValues = {
  orgId: 'acme',
  redirectUri: 'https://huggingface.co/organizations/acme/oidc/consume',
  idpDomain: 'login.microsoftonline.com',
  issuerUrl: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
  clientIdShort: '1c2d…9f0e',
};

describe('legible at the smallest figure width (480 px)', () => {
  const fontSize = fontSizeResolver(css);
  const FIGURE_W = 480;
  const MIN_PX = 11;

  it('resolves sizes the way the CSS says', () => {
    expect(fontSize([])).toBe(14);
    expect(fontSize(['ill-t-heading'])).toBe(18);
  });

  it.each(expectedIds)('%s: every text renders at 11 px or more when the picture is 480 px wide', (id) => {
    for (const values of [{}, sampleValues, entraValues]) {
      const markup = render(id, undefined, values);
      const viewBoxW = Number(/viewBox="0 0 ([\d.]+) [\d.]+"/.exec(markup)?.[1]);
      expect(viewBoxW).toBeGreaterThan(0);
      const texts = [...markup.matchAll(/<text([^>]*)>/g)].map((m) => m[1]!);
      expect(texts.length).toBeGreaterThan(5);
      for (const attrs of texts) {
        // A size set on the element would bypass the CSS this test reads.
        expect(attrs).not.toMatch(/font-size|transform/);
        const classes = /class="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
        const px = (fontSize(classes) * FIGURE_W) / viewBoxW;
        expect(px, `<text${attrs}> at ${FIGURE_W} px`).toBeGreaterThanOrEqual(MIN_PX);
      }
    }
  });

  it('is not capped at the old 372 px: the drawing fills its figure', () => {
    const ill = /\.ill\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(ill).toMatch(/width:\s*100%/);
    expect(ill).toMatch(/height:\s*auto/);
    expect(css).not.toMatch(/max-width:\s*(3\d\d|[0-7]\d\d)px/);
  });
});

describe('drawn like the real screens', () => {
  it('uses labels, not grey placeholder bars', () => {
    for (const id of expectedIds) expect(render(id), id).not.toContain('ill-placeholder');
    expect(render('okta-admin-applications')).toContain('Okta Admin Console');
    expect(render('okta-assignments')).toMatch(/>Person<[\s\S]*>Type</);
  });

  it('draws the Entra admin center and the Google Cloud console with their own labels where the admin clicks', () => {
    for (const id of expectedIds.filter((i) => i.startsWith('entra-'))) expect(render(id), id).toContain('>Microsoft Entra admin center</text>');
    // Google's OIDC client lives in Google Cloud; its custom SAML app in the Google Admin console.
    for (const id of expectedIds.filter((i) => i.startsWith('google-') && !i.startsWith('google-saml-'))) expect(render(id), id).toContain('>Google Cloud</text>');
    for (const id of expectedIds.filter((i) => i.startsWith('google-saml-'))) {
      expect(render(id), id).toMatch(/>Google<\/text><text[^>]*>Admin<\/text>/);
      expect(render(id), id).not.toContain('>Google Cloud</text>');
    }
    expect(render('entra-new-application')).toMatch(/>\+ Create your own application<[\s\S]*>Register an application to integrate</);
    expect(render('entra-redirect-uri')).toMatch(/>Redirect URI \(optional\)<[\s\S]*>Web<[\s\S]*>Register</);
    expect(render('entra-client-id')).toMatch(/>Application \(client\) ID<[\s\S]*>Directory \(tenant\) ID</);
    expect(render('entra-client-id')).toContain('>Endpoints</text>');
    const secrets = render('entra-client-secret');
    expect(secrets).toMatch(/>Description<\/text>[\s\S]*>Expires<\/text>[\s\S]*>Value<\/text>[\s\S]*>Secret ID<\/text>/);
    expect(secrets).toContain('>+ New client secret</text>');
    expect(secrets).toContain('>Not this one</text>');
    expect(secrets).toContain('class="ill-strike"');
    expect(render('entra-endpoints')).toContain('>OpenID Connect metadata document</text>');
    expect(render('entra-token-configuration')).toMatch(/>Add optional claim<[\s\S]*>ID<[\s\S]*>email</);
    expect(render('entra-assignments')).toMatch(/>Users and groups<[\s\S]*>\+ Add user\/group<[\s\S]*>Assignment required\?<[\s\S]*>Yes</);
    expect(render('google-create-client')).toMatch(/>Google Auth Platform<[\s\S]*>Clients<[\s\S]*>Web application<[\s\S]*>Hugging Face</);
    expect(render('google-redirect-uri')).toMatch(/>Authorized redirect URIs<[\s\S]*>\+ Add URI</);
    expect(render('google-client-created')).toMatch(/>OAuth client created<[\s\S]*>Client ID<[\s\S]*>Client secret<[\s\S]*Download JSON</);
    expect(render('google-audience')).toMatch(/>User type<[\s\S]*>Internal</);
    expect(render('google-saml-user-access')).toMatch(/>User access<[\s\S]*>Service status<[\s\S]*>ON for everyone<[\s\S]*>Save</);
    const addApp = render('google-saml-add-custom-app');
    expect(addApp).toMatch(/>Web and mobile apps<[\s\S]*>Add app ▾<[\s\S]*>Add custom SAML app</);
    expect(addApp).toMatch(/>App name \*<[\s\S]*>Hugging Face<[\s\S]*>Continue</);
    expect(render('google-saml-idp-details')).toMatch(/Download metadata<[\s\S]*>SSO URL<[\s\S]*>Entity ID<[\s\S]*>Certificate<[\s\S]*Download certificate</);
    expect(render('google-saml-sp-details')).toMatch(/>ACS URL<[\s\S]*>Entity ID<[\s\S]*>Signed response<[\s\S]*>EMAIL<[\s\S]*>Basic Information &gt; Primary email</);
  });

  it('shows the SAML values in the Google Admin console pictures once known, examples before', () => {
    const sp = render('google-saml-sp-details');
    expect(sp).toContain('https://huggingface.co/organizations/your-org/saml/consume');
    expect(sp).toContain('your-sp-entity-id');
    const saml: IllustrationValues = { orgId: 'acme', acsUrl: 'https://huggingface.co/organizations/acme/saml/consume', spEntityId: 'https://huggingface.co/sp/acme-entity', samlSsoUrl: 'https://accounts.google.com/o/saml2/idp?idpid=C01abcd' };
    const filled = render('google-saml-sp-details', undefined, saml);
    expect(filled).toContain('>https://huggingface.co/organizations/acme/saml/consume</text>');
    expect(filled).toContain('>https://huggingface.co/sp/acme-entity</text>');
    expect(filled).not.toContain('your-sp-entity-id');
    const idp = render('google-saml-idp-details', undefined, saml);
    expect(idp).toContain('>https://accounts.google.com/o/saml2/idp?idpid=C01abcd</text>');
    expect(idp).toContain('>https://accounts.google.com/o/saml2?idpid=C01abcd</text>');
    expect(illustrations['google-saml-sp-details'].alt(saml)).toContain('https://huggingface.co/sp/acme-entity');
    expect(render('google-saml-idp-details')).toContain('idpid=your-idp-id');
  });

  it('draws the Hugging Face mark (face, eyes, smile, two hands) next to the wordmark in the Hub header', () => {
    for (const id of ['hub-sso-settings', 'hub-enable-sso'] as const) {
      const markup = render(id);
      expect(markup).toContain('class="ill-hf-mark"');
      expect(markup.match(/class="ill-hf-face"/g)).toHaveLength(1);
      expect(markup.match(/class="ill-hf-eye"/g)).toHaveLength(2);
      expect(markup.match(/class="ill-hf-smile"/g)).toHaveLength(1);
      expect(markup.match(/class="ill-hf-hand"/g)).toHaveLength(2);
      expect(markup).toMatch(/class="ill-hf-mark"[\s\S]*?<\/g><text[^>]*>Hugging Face<\/text>/);
    }
    expect(css).toMatch(/\.ill-hf-face\s*\{\s*fill:\s*var\(--ill-hf-yellow\)/);
  });

  it('names the Okta app as step 2 tells the admin to (in Okta’s step texts)', () => {
    const step = readFileSync(fileURLToPath(new URL('../../renderer/src/idp/okta/steps.tsx', import.meta.url)), 'utf8');
    const name = /a name such as “([^”]+)”/.exec(step.replace(/\s+/g, ' '))?.[1];
    expect(name).toBeTruthy();
    for (const id of ['okta-general-settings-redirect', 'okta-client-credentials', 'okta-assignments'] as const) {
      expect(render(id)).toContain(`>${name}</text>`);
      expect(render(id)).not.toContain(`${name} Hub`);
    }
  });

  it('keeps third-party consoles light in dark mode; the Hub follows the theme', () => {
    for (const id of expectedIds) {
      const theme = illustrations[id].theme;
      expect(theme).toBe(id.startsWith('hub-') ? 'hub' : 'third-party-light');
      expect(render(id)).toMatch(new RegExp(`^<svg[^>]*class="ill ill-theme-${theme}"`));
    }
    const { dark } = themeBlocks(css);
    // The dark colours apply to the Hub's screens only.
    const selectors = [...dark.slice(dark.indexOf('{') + 1).matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim());
    expect(selectors).toEqual(['.ill.ill-theme-hub']);
  });

  it('draws the SAML screens with the Okta and Entra labels the SAML step texts name', () => {
    expect(render('okta-saml-app')).toMatch(/>Create a new app integration<[\s\S]*class="ill-radio-on"[^>]*><\/circle><circle class="ill-radio-dot"[^>]*><\/circle><text class="ill-t-bold"[^>]*>SAML 2.0</);
    expect(render('okta-saml-settings')).toMatch(
      />Single sign-on URL<[\s\S]*>Use this for Recipient URL and Destination URL<[\s\S]*>Audience URI \(SP Entity ID\)<[\s\S]*>EmailAddress<[\s\S]*>Application username<[\s\S]*>Email</,
    );
    expect(render('okta-saml-signatures')).toMatch(/>Response<[\s\S]*>Signed<[\s\S]*>Assertion Signature<[\s\S]*>Signed</);
    expect(render('okta-saml-sign-on')).toMatch(/>Sign On<[\s\S]*>Metadata details<[\s\S]*>Metadata URL<[\s\S]*More details<[\s\S]*>Sign on URL<[\s\S]*>Issuer<[\s\S]*>Signing Certificate</);
    expect(render('entra-saml-new-application')).toMatch(/>\+ Create your own application<[\s\S]*class="ill-radio-dot"[^>]*><\/circle><text class="ill-t-bold"[^>]*>Integrate any other application</);
    expect(render('entra-saml-single-sign-on')).toMatch(/>Single sign-on<[\s\S]*>Select a single sign-on method<[\s\S]*>SAML</);
    expect(render('entra-saml-basic-config')).toMatch(/>Basic SAML Configuration<[\s\S]*>Identifier \(Entity ID\) \*<[\s\S]*>Reply URL \(Assertion Consumer Service URL\) \*</);
    expect(render('entra-saml-signing-option')).toMatch(/>Signing Option<[\s\S]*>Sign SAML response and assertion</);
    expect(render('entra-saml-set-up')).toMatch(/>App Federation Metadata Url<[\s\S]*>Certificate \(Base64\)<[\s\S]*>Download<[\s\S]*>Login URL<[\s\S]*>Microsoft Entra Identifier</);
  });
});
