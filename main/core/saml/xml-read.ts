/**
 * Reading SAML documents with @xmldom/xmldom: a parser that refuses what a SAML message never holds
 * (a DOCTYPE, so no entity tricks) and small helpers to walk children by namespace and local name.
 * Reading only: what is trusted comes from the signature checks (validate-response.ts), never from here alone.
 */
import { DOMParser } from '@xmldom/xmldom';

export type XmlRead = { ok: true; doc: Document } | { ok: false; detail: string };

/** ELEMENT_NODE, TEXT_NODE, CDATA_SECTION_NODE, COMMENT_NODE (xmldom has no global Node). */
const ELEMENT = 1;
const COMMENT = 8;

export function parseXml(text: string): XmlRead {
  if (/<!DOCTYPE/i.test(text)) return { ok: false, detail: 'the document has a DOCTYPE, which SAML messages never carry' };
  const errors: string[] = [];
  const parser = new DOMParser({
    errorHandler: { warning: () => undefined, error: (m: string) => void errors.push(m), fatalError: (m: string) => void errors.push(m) },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (err) {
    return { ok: false, detail: `not well-formed XML (${firstLine(String((err as Error)?.message ?? err))})` };
  }
  if (errors.length > 0 || !doc?.documentElement) return { ok: false, detail: `not well-formed XML (${firstLine(errors[0] ?? 'no root element')})` };
  return { ok: true, doc };
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/\[xmldom [a-z]+\]\s*/i, '').slice(0, 160);
}

export function isElement(node: Node | null | undefined, ns?: string, localName?: string): node is Element {
  if (!node || node.nodeType !== ELEMENT) return false;
  const el = node as Element;
  return (ns === undefined || el.namespaceURI === ns) && (localName === undefined || el.localName === localName);
}

/** The element's direct children with this namespace and local name. */
export function children(parent: Node, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isElement(n, ns, localName)) out.push(n);
  return out;
}

export function child(parent: Node, ns: string, localName: string): Element | undefined {
  return children(parent, ns, localName)[0];
}

/** Every descendant element with this namespace and local name, in document order. */
export function descendants(root: Node, ns: string, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (isElement(c, ns, localName)) out.push(c);
      if (c.nodeType === ELEMENT) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Every element anywhere under root (root included) that carries an ID attribute. */
export function elementsWithId(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    if (el.hasAttribute('ID')) out.push(el);
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) walk(c as Element);
  };
  walk(root);
  return out;
}

/** The first comment node inside the element (at any depth), if any. */
export function hasComment(el: Node): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === COMMENT) return true;
    if (c.nodeType === ELEMENT && hasComment(c)) return true;
  }
  return false;
}

/** The element's text, trimmed (textContent joins every text node, as a canonical form would). */
export function text(el: Element | undefined): string | undefined {
  const t = el?.textContent?.trim();
  return t ? t : undefined;
}

/** An attribute's value, or undefined when absent or empty. */
export function attr(el: Element | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name);
  return v ? v : undefined;
}
