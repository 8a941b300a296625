/**
 * Why a signature did not pass, said precisely after @node-saml/node-saml refused a response: the part
 * (Response or Assertion) has none, is signed with another certificate than the pasted one, or its
 * signature does not match its content. Verification is xml-crypto's; this only explains, it never accepts.
 */
import { SignedXml } from 'xml-crypto';
import { certificateFromBase64, type IdpCertificate } from './idp-certificate';
import { NS } from './saml-names';
import { child, descendants, text } from './xml-read';

export type SignatureState =
  | { state: 'absent' }
  | { state: 'valid' }
  /** Intact, but made with the certificate its KeyInfo carries, not the pasted one. */
  | { state: 'other-certificate'; signer: IdpCertificate }
  /** Does not verify with the pasted certificate nor with the one it names: changed after signing. */
  | { state: 'broken' };

export function signatureState(xml: string, element: Element, pinnedPem: string): SignatureState {
  const signature = child(element, NS.dsig, 'Signature');
  if (!signature) return { state: 'absent' };
  const normalised = xml.replace(/\r\n?/g, '\n');
  if (verifies(normalised, signature, pinnedPem)) return { state: 'valid' };
  const embedded = text(descendants(signature, NS.dsig, 'X509Certificate')[0]);
  const signer = embedded ? certificateFromBase64(embedded) : undefined;
  if (signer && verifies(normalised, signature, signer.pem)) return { state: 'other-certificate', signer };
  return { state: 'broken' };
}

function verifies(xml: string, signature: Element, pem: string): boolean {
  try {
    const sig = new SignedXml({ publicCert: pem });
    sig.loadSignature(signature);
    return sig.checkSignature(xml);
  } catch {
    return false;
  }
}
