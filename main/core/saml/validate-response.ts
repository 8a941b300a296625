/**
 * A SAML Response as the Hub would receive it at its ACS, judged as the Hub judges it.
 *
 * The gate is @node-saml/node-saml's `validatePostResponseAsync`, pinned to the pasted certificate, with the
 * Response and the Assertion both required to be signed, the Audience, the validity window and InResponseTo
 * (a cache that knows only this test's request ID). It carries the signature-wrapping defences (only the
 * bytes a signature covers are read). Nothing is reported as success unless it accepted. Around it:
 * - before: the status (an error status is said in the IdP's words) and the document's shape (wrapping,
 *   comments in signed values, an encrypted assertion), which only ever refuse;
 * - after a refusal: why, read from the document (which part is unsigned, which certificate signed it,
 *   the audience or InResponseTo found vs expected, how many seconds off the clock is);
 * - after acceptance: what node-saml does not check and the Hub does — Destination and Recipient = ACS,
 *   Issuer, NameID an email — read from the verified assertion only.
 */
import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/node-saml';
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { certificateDateChecks, certificateExpiry, readIdpCertificate, type CertificateExpiry, type IdpCertificate } from './idp-certificate';
import {
  assertionIssuer,
  audienceFailure,
  destinationCheck,
  inResponseToFailure,
  issuerFailure,
  nameIdCheck,
  readAttributes,
  readNameId,
  recipientFailure,
} from './response-checks';
import { responseShapeProblem, theAssertion } from './response-shape';
import { NS } from './saml-names';
import { signatureState, type SignatureState } from './signature-state';
import { isSuccess, readStatus, statusDiagnosis } from './status-code';
import { clockSkewWarning, SAML_CLOCK_TOLERANCE_SECONDS, validityFailure } from './validity-window';
import { isElement, parseXml } from './xml-read';

export interface SamlResponseInput {
  /** The SAMLResponse form field the IdP posted to the ACS (base64), as caught. Never stored nor quoted. */
  samlResponse: string;
  /** The IdP certificate as pasted (PEM, BEGIN/END lines included). */
  idpCertificate: string;
  /** The Hub's SP Entity ID, as pasted from its SSO settings. */
  spEntityId: string;
  /** https://huggingface.co/organizations/<org>/saml/consume */
  acsUrl: string;
  /** The ID of the AuthnRequest this test sent (buildAuthnRequest). */
  requestId: string;
  /** When that request was issued (ISO); the response must come within REQUEST_MAX_AGE_MS of it. */
  requestIssuedAt?: string;
  /** The IdP's entity ID (the Hub's optional "Issuer" field): compared when given. */
  idpEntityId?: string;
}

export interface SamlLogin {
  ok: true;
  /** The user as the Hub identifies them: the NameID (an email). */
  nameId: string;
  nameIdFormat?: string;
  /** The IdP's entity ID, from the signed assertion. */
  issuer: string;
  /** Attribute Name (a name or URI, as role mapping reads it) → values. */
  attributes: Record<string, string[]>;
  certificate: IdpCertificate & { expiry: CertificateExpiry };
  warnings: Diagnosis[];
}

export type SamlOutcome = SamlLogin | { ok: false; diagnosis: Diagnosis; warnings: Diagnosis[] };

/** How long after the request its response is still accepted. */
export const REQUEST_MAX_AGE_MS = 30 * 60_000;

/** Base64 as a form post carries it (line breaks allowed). */
const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;

export async function validateSamlResponse(input: SamlResponseInput): Promise<SamlOutcome> {
  const warnings: Diagnosis[] = [];
  const refuse = (diagnosis: Diagnosis): SamlOutcome => ({ ok: false, diagnosis, warnings });

  const read = readIdpCertificate(input.idpCertificate);
  if (!read.ok) return refuse(read.diagnosis);
  const cert = read.certificate;
  const nowMs = Date.now();
  const dates = certificateDateChecks(cert, nowMs);
  if (dates.failure) return refuse(dates.failure);
  if (dates.warning) warnings.push(dates.warning);

  if (!input.samlResponse || !BASE64.test(input.samlResponse)) return refuse(diagnose('SAML_RESPONSE_UNREADABLE', { detail: 'the SAMLResponse field is not base64' }));
  const xml = Buffer.from(input.samlResponse, 'base64').toString('utf8');
  const parsed = parseXml(xml);
  if (!parsed.ok) return refuse(diagnose('SAML_RESPONSE_UNREADABLE', { detail: parsed.detail }));
  const doc = parsed.doc;
  const response = doc.documentElement;
  if (!isElement(response, NS.protocol, 'Response')) {
    return refuse(diagnose('SAML_RESPONSE_UNREADABLE', { detail: `the document is a ${(response as Element | null)?.localName ?? 'non-element'}, not a samlp:Response` }));
  }

  const status = readStatus(response);
  const shape = responseShapeProblem(doc);
  if (!isSuccess(status) && shape?.kind !== 'wrapping' && shape?.kind !== 'comment') {
    // An error response carries no assertion (saml-core §3.3.3); one that does was tampered with (CVE-2022-39299).
    if (shape?.kind === 'no-assertion') return refuse(statusDiagnosis(status));
    return refuse(diagnose('SAML_SIGNATURE_WRAPPING', { shape: 'assertion-in-error-response', detail: `an assertion inside a response whose status is ${status.code ?? '(none)'}` }));
  }
  if (shape?.kind === 'wrapping') return refuse(diagnose('SAML_SIGNATURE_WRAPPING', { shape: shape.shape, detail: shape.detail }));
  if (shape?.kind === 'comment') return refuse(diagnose('SAML_COMMENT_INJECTION', { element: shape.element }));
  if (shape?.kind === 'encrypted') return refuse(diagnose('SAML_ASSERTION_ENCRYPTED'));
  if (shape?.kind === 'no-assertion') return refuse(diagnose('SAML_RESPONSE_UNREADABLE', { detail: 'a Success response without an Assertion' }));
  const rawAssertion = theAssertion(doc)!;

  let verifiedAssertionXml: string;
  try {
    const result = await hubAcsGate(input, cert).validatePostResponseAsync({ SAMLResponse: input.samlResponse });
    if (!result.profile) return refuse(diagnose('SAML_RESPONSE_REFUSED', { library: result.loggedOut ? 'a logout response' : 'no profile' }));
    verifiedAssertionXml = result.profile.getAssertionXml?.() ?? '';
  } catch (err) {
    return refuse(explainRefusal(xml, response, rawAssertion, input, cert, nowMs, err));
  }

  // Read from here on only what a signature covers: the verified assertion, and the Response's own
  // attributes (its signature, required and verified, covers the whole root element).
  const verified = parseXml(verifiedAssertionXml);
  const assertion = verified.ok ? verified.doc.documentElement : undefined;
  if (!assertion || !isElement(assertion, NS.assertion, 'Assertion')) return refuse(diagnose('SAML_RESPONSE_REFUSED', { library: 'the verified assertion could not be read back' }));

  const destination = destinationCheck(response, input.acsUrl);
  if (destination.failure) return refuse(destination.failure);
  if (destination.warning) warnings.push(destination.warning);
  const recipient = recipientFailure(assertion, input.acsUrl);
  if (recipient) return refuse(recipient);
  const issuer = issuerFailure(response, assertion, input.idpEntityId);
  if (issuer) return refuse(issuer);
  const nameId = readNameId(assertion);
  const nameIdVerdict = nameIdCheck(nameId);
  if (nameIdVerdict.failure) return refuse(nameIdVerdict.failure);
  if (nameIdVerdict.warning) warnings.push(nameIdVerdict.warning);
  const skew = clockSkewWarning(assertion, nowMs);
  if (skew) warnings.push(skew);

  return {
    ok: true,
    nameId: nameId.value!,
    nameIdFormat: nameId.format,
    issuer: assertionIssuer(assertion)!,
    attributes: readAttributes(assertion),
    certificate: { ...cert, expiry: certificateExpiry(cert, nowMs) },
    warnings,
  };
}

/**
 * node-saml set up as the Hub's ACS: both parts signed with the pinned certificate, our audience and request.
 * Exported so tests can show the library alone refuses every wrapping shape (defence in depth).
 */
export function hubAcsGate(input: Omit<SamlResponseInput, 'samlResponse' | 'idpCertificate'>, cert: Pick<IdpCertificate, 'pem'>): SAML {
  return new SAML({
    idpCert: cert.pem,
    issuer: input.spEntityId,
    audience: input.spEntityId,
    callbackUrl: input.acsUrl,
    idpIssuer: input.idpEntityId,
    wantAuthnResponseSigned: true,
    wantAssertionsSigned: true,
    acceptedClockSkewMs: SAML_CLOCK_TOLERANCE_SECONDS * 1000,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_MAX_AGE_MS,
    cacheProvider: oneRequest(input.requestId, input.requestIssuedAt ?? new Date().toISOString()),
  });
}

/** The request cache of a test login: it knows exactly one request, ours. */
function oneRequest(requestId: string, issuedAt: string): CacheProvider {
  return {
    saveAsync: async () => null,
    getAsync: async (key) => (key === requestId ? issuedAt : null),
    removeAsync: async () => null,
  };
}

/** Why node-saml refused, in the order the admin should fix things: signatures first, then addresses and time. */
function explainRefusal(xml: string, response: Element, assertion: Element, input: SamlResponseInput, cert: IdpCertificate, nowMs: number, err: unknown): Diagnosis {
  const responseSig = signatureState(xml, response, cert.pem);
  const assertionSig = signatureState(xml, assertion, cert.pem);
  const word = (s: SignatureState) => (s.state === 'absent' ? 'unsigned' : s.state === 'valid' ? 'signed with the pasted certificate' : s.state === 'other-certificate' ? 'signed with another certificate' : 'signature does not verify');
  const both = { response: word(responseSig), assertion: word(assertionSig) };
  if (responseSig.state === 'absent') return diagnose('SAML_RESPONSE_UNSIGNED', both);
  if (assertionSig.state === 'absent') return diagnose('SAML_ASSERTION_UNSIGNED', both);
  for (const [part, s] of [['Response', responseSig], ['Assertion', assertionSig]] as const) {
    if (s.state === 'other-certificate') {
      return diagnose('SAML_SIGNED_WITH_OTHER_CERTIFICATE', {
        part,
        pastedFingerprintSha256: cert.fingerprintSha256,
        pastedSubject: cert.subject,
        signerFingerprintSha256: s.signer.fingerprintSha256,
        signerSubject: s.signer.subject,
        signerNotAfter: s.signer.notAfter,
      });
    }
  }
  if (responseSig.state === 'broken' || assertionSig.state === 'broken') return diagnose('SAML_SIGNATURE_INVALID', both);
  return (
    inResponseToFailure(response, assertion, input.requestId) ??
    validityFailure(assertion, nowMs) ??
    audienceFailure(assertion, input.spEntityId) ??
    staleRequest(input, nowMs) ??
    diagnose('SAML_RESPONSE_REFUSED', { library: libraryMessage(err) })
  );
}

/** The response answers our request, but too late: the request is older than REQUEST_MAX_AGE_MS. */
function staleRequest(input: SamlResponseInput, nowMs: number): Diagnosis | undefined {
  const issued = Date.parse(input.requestIssuedAt ?? '');
  if (Number.isNaN(issued) || nowMs - issued < REQUEST_MAX_AGE_MS) return undefined;
  return diagnose('SAML_IN_RESPONSE_TO_MISMATCH', {
    found: input.requestId,
    expected: `a request less than ${REQUEST_MAX_AGE_MS / 60_000} minutes old`,
    detail: `the request was sent ${Math.round((nowMs - issued) / 60_000)} minutes ago`,
  });
}

/** node-saml's message, bounded; it quotes issuers and IDs at most, never the document. */
function libraryMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 200);
}
