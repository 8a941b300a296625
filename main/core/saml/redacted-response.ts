/**
 * The SAML Response kept as evidence: the document as the IdP posted it, with what would let it be replayed
 * or re-verified removed (SignatureValue, DigestValue) and the person masked (NameID, every AttributeValue).
 * What is left shows the structure the Hub would read: which parts were signed and how, the Issuer, the
 * conditions and audience, the attribute names. The raw response is never kept; this is built from it once.
 */
import { XMLSerializer } from '@xmldom/xmldom';
import { redactUser } from '../../../common/rules/redact-person';
import { NS } from './saml-names';
import { descendants, parseXml } from './xml-read';

/** Keeps evidence small: a response far larger than any IdP sends is cut, and says so. */
const MAX_CHARS = 100_000;

export function redactedResponseXml(samlResponse: string): string | undefined {
  const parsed = parseXml(Buffer.from(samlResponse, 'base64').toString('utf8'));
  if (!parsed.ok) return undefined;
  const doc = parsed.doc;
  const root = doc.documentElement;
  for (const name of ['SignatureValue', 'DigestValue'] as const) for (const el of descendants(root, NS.dsig, name)) setText(el, '[removed]');
  for (const el of descendants(root, NS.assertion, 'NameID')) setText(el, redactUser(el.textContent?.trim() ?? ''));
  for (const el of descendants(root, NS.assertion, 'AttributeValue')) setText(el, maskValue(el.textContent?.trim() ?? ''));
  // An encrypted assertion, or anything encrypted: its cipher text says nothing an admin can read.
  for (const el of descendants(root, 'http://www.w3.org/2001/04/xmlenc#', 'CipherValue')) setText(el, '[removed]');
  const text = new XMLSerializer().serializeToString(doc);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}\n<!-- cut at ${MAX_CHARS} characters -->` : text;
}

/** An email keeps its domain; any other value only its length. */
function maskValue(value: string): string {
  if (!value) return '';
  return value.includes('@') ? redactUser(value) : `••• (${value.length} characters)`;
}

function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(text));
}
