/**
 * The shape of a SAML Response read before any signature is trusted, to refuse what a genuine Okta,
 * Entra ID or Google Workspace response never looks like: the XML signature wrapping shapes (Somorovsky et
 * al., "On Breaking SAML: Be Whoever You Want to Be", USENIX Security 2012, XSW1–XSW8; passport-saml's
 * CVE-2022-39299, an assertion slipped into a signed error response), and comments inside signed values (the
 * Duo disclosure of 2018, CVE-2017-11427 to -11430; xml-crypto's DigestValue comment, CVE-2025-29775).
 * These checks only ever refuse: acceptance is @node-saml/node-saml's (validate-response.ts).
 */
import { NS } from './saml-names';
import { attr, children, descendants, elementsWithId, hasComment, isElement } from './xml-read';

export type ShapeProblem =
  | { kind: 'wrapping'; shape: string; detail: string }
  | { kind: 'comment'; element: string }
  | { kind: 'encrypted' }
  | { kind: 'no-assertion' };

/** The path of an element by local names, from the root: "Response/Extensions/Assertion". */
export function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let n: Node | null = el; n && isElement(n); n = n.parentNode) parts.unshift((n as Element).localName);
  return parts.join('/');
}

/** Elements whose text a reader takes as an identity or a signature value: a comment in one is an attack. */
const COMMENT_SENSITIVE: [string, string][] = [
  [NS.assertion, 'NameID'],
  [NS.assertion, 'Issuer'],
  [NS.assertion, 'AttributeValue'],
  [NS.assertion, 'Audience'],
  [NS.dsig, 'DigestValue'],
  [NS.dsig, 'SignatureValue'],
  [NS.dsig, 'X509Certificate'],
];

export function responseShapeProblem(doc: Document): ShapeProblem | undefined {
  const root = doc.documentElement;
  // XSW1/XSW2: the genuine signed Response copied inside a forged one (in its Signature's Object, or beside it).
  const responses = descendants(root, NS.protocol, 'Response');
  if (responses.length > 0) {
    return { kind: 'wrapping', shape: 'response-inside-response', detail: `a second Response at ${responses.map(pathOf).join(', ')}` };
  }
  const assertions = descendants(root, NS.assertion, 'Assertion');
  const encrypted = descendants(root, NS.assertion, 'EncryptedAssertion');
  // XSW3–XSW8: a forged assertion beside, around or instead of the signed one, which is moved under
  // Extensions, another Assertion or a Signature's Object so its signature still verifies.
  if (assertions.length + encrypted.length > 1) {
    return { kind: 'wrapping', shape: 'several-assertions', detail: `${assertions.length + encrypted.length} assertions, at ${[...assertions, ...encrypted].map(pathOf).join(', ')}` };
  }
  const only = assertions[0] ?? encrypted[0];
  if (only && only.parentNode !== root) {
    return { kind: 'wrapping', shape: 'assertion-moved', detail: `the assertion sits at ${pathOf(only)}, not directly under Response` };
  }
  // Two elements with one ID: a reference by ID could verify the one and let the other be read.
  const ids = new Map<string, number>();
  for (const el of elementsWithId(root)) ids.set(el.getAttribute('ID')!, (ids.get(el.getAttribute('ID')!) ?? 0) + 1);
  const duplicated = [...ids].filter(([, n]) => n > 1).map(([id]) => id);
  if (duplicated.length > 0) return { kind: 'wrapping', shape: 'duplicate-id', detail: `${duplicated.length} ID value(s) used by more than one element` };
  // A signature must sign the element it is in (enveloped): one that references another element is a wrapper's.
  for (const signature of descendants(root, NS.dsig, 'Signature')) {
    const parent = signature.parentNode as Element | null;
    const references = descendants(signature, NS.dsig, 'Reference');
    const uri = attr(references[0], 'URI');
    if (references.length !== 1 || !parent || !uri || uri !== `#${parent.getAttribute('ID')}`) {
      return { kind: 'wrapping', shape: 'signature-not-enveloped', detail: `the signature at ${pathOf(signature)} does not sign the element it sits in` };
    }
  }
  for (const [ns, name] of COMMENT_SENSITIVE) {
    const hit = descendants(root, ns, name).find(hasComment);
    if (hit) return { kind: 'comment', element: pathOf(hit) };
  }
  if (encrypted.length === 1) return { kind: 'encrypted' };
  if (assertions.length === 0) return { kind: 'no-assertion' };
  return undefined;
}

/** The Response's one assertion (directly under it), once the shape has passed. */
export function theAssertion(doc: Document): Element | undefined {
  return children(doc.documentElement, NS.assertion, 'Assertion')[0];
}
