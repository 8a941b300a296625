// A .tsx file so the root tsconfig (no JSX) does not pull the components into its program; vitest runs it as a unit test.
/**
 * Wrong-field messages and pasted values in the UI: a check's suggestion is a
 * one-click button that sets the value; the characters copy and paste hid are
 * named; and what is saved is what the note promised (identifiers and the
 * secret cleaned with common's cleanPasted, not just trimmed).
 */
import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { Configuration } from '../../common/contract';
import { hiddenCharacters } from '../../common/rules/clean-pasted';
import { checkClientId, checkIssuerUrl, checkOrgId } from '../../common/rules/field-checks';
import { FieldMessage, TextField } from '../../renderer/src/components/TextField';
import { draftChanges, savedSecret } from '../../renderer/src/state/draft';

const sent: Array<{ name: string; input: unknown }> = [];
vi.mock('../../renderer/src/state/request', () => ({
  request: async (name: string, input: Record<string, unknown>) => {
    sent.push({ name, input });
    if (name === 'updateConfig') return { ok: true, value: { ...config, ...(input.fields as object), revision: config.revision + 1 } };
    return { ok: true, value: name === 'getConfig' ? { ...config, hasSecret: true } : {} };
  },
}));

/** Only what saving reads: the saved values the draft is compared with, and what updateConfig is sent with. */
const config = { id: '3f2b8c1e-8a4d-4c1f-9e2b-1a2b3c4d5e6f', revision: 3, name: '', orgId: 'acme', clientId: '0oa123', issuerUrl: 'https://acme.okta.com' } as Configuration;

const ZWSP = '\u200B';
const NBSP = '\u00A0';

/** Every element in a tree (function components are not called: FieldMessage returns plain elements). */
function elements(node: ReactNode): ReactElement<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement<Record<string, unknown>>(node)) return [];
  return [node, ...elements(node.props.children as ReactNode)];
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

describe('a check’s suggestion is a one-click button', () => {
  it('the org identifier given as a Hub address offers the identifier, and the field shows it', () => {
    const pasted = 'https://huggingface.co/acme';
    const check = checkOrgId(pasted);
    expect(check.suggestion).toBe('acme');
    const markup = renderToStaticMarkup(createElement(TextField, { id: 'org-id', label: 'Organization identifier', value: pasted, onChange: () => undefined, check }));
    expect(markup).toContain('Error: Enter the organization identifier only');
    expect(markup).toMatch(/<button type="button" class="field-suggestion">Use “acme”<\/button>/);
  });

  it('pressing it sets the value to the suggestion', () => {
    const set = vi.fn();
    const tree = FieldMessage({ id: 'm', error: 'Enter the organization identifier only', pasted: 'https://huggingface.co/acme', suggestion: 'acme', onUse: set });
    const button = elements(tree).find((e) => e.type === 'button');
    expect(button && textOf(button)).toBe('Use “acme”');
    (button!.props.onClick as () => void)();
    expect(set).toHaveBeenCalledWith('acme');
  });

  it('is not offered once the value is the suggestion, nor without one', () => {
    expect(elements(FieldMessage({ id: 'm', pasted: 'acme', suggestion: 'acme', onUse: () => undefined })).some((e) => e.type === 'button')).toBe(false);
    expect(elements(FieldMessage({ id: 'm', error: 'x', pasted: 'x', onUse: () => undefined })).some((e) => e.type === 'button')).toBe(false);
  });
});

describe('what copy and paste hid is visible', () => {
  it('names each hidden character where it stands (common/rules/clean-pasted.ts)', () => {
    expect(hiddenCharacters('acme')).toEqual([]);
    expect(hiddenCharacters(`ac${ZWSP}me${NBSP}`)).toEqual([
      { text: 'ac', hidden: false },
      { text: 'U+200B', hidden: true },
      { text: 'me', hidden: false },
      { text: 'U+00A0', hidden: true },
    ]);
    expect(hiddenCharacters('\uFEFF\u2060')).toEqual([
      { text: 'U+FEFF', hidden: true },
      { text: 'U+2060', hidden: true },
    ]);
  });

  it('the note says what is removed and the value shows each hidden character by name', () => {
    const value = `acme${ZWSP}`;
    const markup = renderToStaticMarkup(createElement(TextField, { id: 'org-id', label: 'Organization identifier', value, onChange: () => undefined, check: checkOrgId(value) }));
    expect(markup).toContain('Note: Removed 1 invisible character (zero-width)');
    expect(markup).toMatch(/As pasted: <code class="field-pasted-value">acme<span class="hidden-char">U\+200B<\/span><\/code>/);
  });

  it('capitals are a note, not an error', () => {
    const markup = renderToStaticMarkup(createElement(TextField, { id: 'org-id', label: 'Organization identifier', value: 'Acme', onChange: () => undefined, check: checkOrgId('Acme') }));
    expect(markup).toContain('Note: &quot;Acme&quot; has capitals');
    expect(markup).not.toContain('aria-invalid');
  });

  it('a field without a check shows nothing of the kind', () => {
    const markup = renderToStaticMarkup(createElement(TextField, { id: 'n', label: 'Name', value: `x${ZWSP}`, onChange: () => undefined }));
    expect(markup).not.toContain('As pasted');
  });
});

describe('the draft is saved as the notes promise', () => {
  it('draft cleaning strips a zero-width character (and non-breaking spaces) from identifiers', () => {
    expect(checkOrgId(`acme${ZWSP}`).warning).toMatch(/Removed 1 invisible/);
    // The same organization, once cleaned: nothing to save.
    expect(draftChanges({ config, draft: { orgId: `${ZWSP}acme${ZWSP}` } }, ['orgId'])).toEqual({});
    expect(draftChanges({ config, draft: { orgId: `acme-corp${ZWSP}` } }, ['orgId'])).toEqual({ orgId: 'acme-corp' });
    expect(checkClientId(`0oa999${NBSP}`).warning).toMatch(/non-breaking space/);
    expect(draftChanges({ config, draft: { clientId: `0oa999${NBSP}`, issuerUrl: `https://acme.okta.com/oauth2/default${ZWSP} ` } }, ['clientId', 'issuerUrl'])).toEqual({
      clientId: '0oa999',
      issuerUrl: 'https://acme.okta.com/oauth2/default',
    });
    expect(checkIssuerUrl(`\uFEFFhttps://acme.okta.com`)).toEqual({ warning: expect.stringMatching(/Removed 1 invisible/) });
    // The configuration's name is free text: only trimmed.
    expect(draftChanges({ config, draft: { name: ` Acme${ZWSP} ` } }, ['name'])).toEqual({ name: `Acme${ZWSP}` });
  });

  it('the secret is cleaned too, and saveDraft sends the cleaned one', async () => {
    expect(savedSecret(`${ZWSP} s3cret-value\u2060 `)).toBe('s3cret-value');
    const { openConfigSlice } = await import('../../renderer/src/state/open-config');
    type S = ReturnType<typeof openConfigSlice>;
    const store = create<S>()((...a) => openConfigSlice(...(a as unknown as Parameters<typeof openConfigSlice>)));
    store.setState({ config, draft: { orgId: `acme-corp${ZWSP}`, secret: `s3cret-value${ZWSP}` } });
    sent.length = 0;
    expect(await store.getState().saveDraft(['orgId'])).toBe(true);
    expect(sent.find((c) => c.name === 'updateConfig')?.input).toMatchObject({ fields: { orgId: 'acme-corp' } });
    expect(sent.find((c) => c.name === 'setSecret')?.input).toEqual({ id: config.id, secret: 's3cret-value' });
    expect(store.getState().draft).toEqual({});
  });
});
