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
import { illustrationIds, illustrations, type IllustrationId } from '../../renderer/src/illustrations/index';

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
];

function render(id: IllustrationId, className?: string): string {
  return renderToStaticMarkup(createElement(illustrations[id].Svg, className === undefined ? {} : { className }));
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
    const { title, alt } = illustrations[id];
    const markup = render(id);

    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup).toContain('role="img"');
    expect(markup).toMatch(/viewBox="0 0 640 400"/);

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
    expect(render('hub-enable-sso', 'zoomed')).toMatch(/^<svg[^>]*class="ill zoomed"/);
  });

  it('shows the Hub redirect URI pattern where Okta asks for the sign-in redirect URI', () => {
    const markup = render('okta-general-settings-redirect');
    expect(markup).toContain('Sign-in redirect URIs');
    expect(markup).toContain('https://huggingface.co/organizations/&lt;org&gt;/oidc/consume');
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

  it('keeps text readable: no font size under 12px', () => {
    const sizes = [...css.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
