/**
 * The Hub's checks of a SAML Response that are about names and addresses: InResponseTo = our request,
 * Audience = the SP Entity ID, Destination and Recipient = the ACS, Issuer = the IdP entity ID when given,
 * NameID an email in the EmailAddress format. Each says the value found and the one expected (emails masked).
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { redactEmail } from '../../../common/rules/redact-person';
import { NAMEID_FORMAT_EMAIL, NS } from './saml-names';
import { bearerConfirmations } from './validity-window';
import { attr, child, children, descendants, text } from './xml-read';

const NONE = '(none)';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function inResponseToFailure(response: Element, assertion: Element | undefined, requestId: string): Diagnosis | undefined {
  const inResponse = attr(response, 'InResponseTo');
  const inConfirmations = (assertion ? bearerConfirmations(assertion) : []).map((c) => attr(c, 'InResponseTo')).filter((v) => v !== undefined);
  if (inResponse !== requestId) {
    return diagnose('SAML_IN_RESPONSE_TO_MISMATCH', { found: inResponse ?? `${NONE}: an IdP-initiated response`, expected: requestId, element: 'Response' });
  }
  const wrong = inConfirmations.find((v) => v !== requestId);
  return wrong === undefined ? undefined : diagnose('SAML_IN_RESPONSE_TO_MISMATCH', { found: wrong, expected: requestId, element: 'SubjectConfirmationData' });
}

export function audienceFailure(assertion: Element, spEntityId: string): Diagnosis | undefined {
  const conditions = child(assertion, NS.assertion, 'Conditions');
  const audiences = conditions ? descendants(conditions, NS.assertion, 'Audience').map((a) => text(a) ?? '') : [];
  if (audiences.includes(spEntityId)) return undefined;
  return diagnose('SAML_AUDIENCE_MISMATCH', { found: audiences.length ? audiences.join(', ') : NONE, expected: spEntityId });
}

export function destinationCheck(response: Element, acsUrl: string): { failure?: Diagnosis; warning?: Diagnosis } {
  const destination = attr(response, 'Destination');
  if (destination === undefined) return { warning: diagnose('SAML_DESTINATION_MISSING', { expected: acsUrl }) };
  return destination === acsUrl ? {} : { failure: diagnose('SAML_DESTINATION_MISMATCH', { found: destination, expected: acsUrl }) };
}

export function recipientFailure(assertion: Element, acsUrl: string): Diagnosis | undefined {
  const recipients = bearerConfirmations(assertion).map((c) => attr(c, 'Recipient'));
  if (recipients.length > 0 && recipients.every((r) => r === acsUrl)) return undefined;
  const wrong = recipients.find((r) => r !== acsUrl);
  return diagnose('SAML_RECIPIENT_MISMATCH', { found: wrong ?? NONE, expected: acsUrl });
}

/** The IdP's entity ID as the assertion names it (what the Hub's optional Issuer field is compared with). */
export function assertionIssuer(assertion: Element): string | undefined {
  return text(child(assertion, NS.assertion, 'Issuer'));
}

export function issuerFailure(response: Element, assertion: Element, expected: string | undefined): Diagnosis | undefined {
  const fromAssertion = assertionIssuer(assertion);
  const fromResponse = text(child(response, NS.assertion, 'Issuer'));
  if (!fromAssertion) return diagnose('SAML_ISSUER_MISMATCH', { found: NONE, expected: expected ?? '(the IdP’s entity ID)', element: 'Assertion' });
  if (fromResponse && fromResponse !== fromAssertion) return diagnose('SAML_ISSUER_MISMATCH', { found: fromResponse, expected: fromAssertion, element: 'Response (differs from the Assertion’s)' });
  if (expected && fromAssertion !== expected.trim()) return diagnose('SAML_ISSUER_MISMATCH', { found: fromAssertion, expected: expected.trim(), element: 'Assertion' });
  return undefined;
}

export interface NameIdRead {
  value?: string;
  format?: string;
}

export function readNameId(assertion: Element): NameIdRead {
  const subject = child(assertion, NS.assertion, 'Subject');
  const nameId = subject && child(subject, NS.assertion, 'NameID');
  return { value: text(nameId), format: attr(nameId, 'Format') };
}

export function nameIdCheck(nameId: NameIdRead): { failure?: Diagnosis; warning?: Diagnosis } {
  const format = nameId.format ?? '(unspecified)';
  if (!nameId.value || !EMAIL.test(nameId.value)) {
    // Not an email: an opaque identifier may be quoted only shortened.
    const found = !nameId.value ? NONE : nameId.value.length > 8 ? `${nameId.value.slice(0, 3)}•••${nameId.value.slice(-2)}` : '•••';
    return { failure: diagnose('SAML_NAMEID_NOT_EMAIL', { found, format, expectedFormat: NAMEID_FORMAT_EMAIL }) };
  }
  if (nameId.format !== NAMEID_FORMAT_EMAIL) return { warning: diagnose('SAML_NAMEID_FORMAT_NOT_EMAIL', { nameId: redactEmail(nameId.value), found: format, expected: NAMEID_FORMAT_EMAIL }) };
  return {};
}

/** The attributes the Hub can map roles and resource groups from: Name (a name or a URI) → values. */
export function readAttributes(assertion: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const statement of children(assertion, NS.assertion, 'AttributeStatement')) {
    for (const attribute of children(statement, NS.assertion, 'Attribute')) {
      const name = attr(attribute, 'Name');
      if (!name) continue;
      const values = children(attribute, NS.assertion, 'AttributeValue').map((v) => v.textContent?.trim() ?? '');
      out[name] = [...(out[name] ?? []), ...values];
    }
  }
  return out;
}
