/**
 * The SAML Response's status (saml-core-2.0 §3.2.2.2), mapped to a code in the IdP's words: the
 * second-level code when it says more (AuthnFailed, NoPassive, InvalidNameIDPolicy), else the top level.
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose, type DiagnosisCode } from '../../../common/diagnosis';
import { redactEmail } from '../../../common/rules/redact-person';
import { NS, STATUS_PREFIX, STATUS_SUCCESS } from './saml-names';
import { attr, child, text } from './xml-read';

export interface ResponseStatus {
  code?: string;
  subCode?: string;
  message?: string;
}

export function readStatus(response: Element): ResponseStatus {
  const status = child(response, NS.protocol, 'Status');
  const top = status && child(status, NS.protocol, 'StatusCode');
  const sub = top && child(top, NS.protocol, 'StatusCode');
  return { code: attr(top, 'Value'), subCode: attr(sub, 'Value'), message: text(status && child(status, NS.protocol, 'StatusMessage')) };
}

export const isSuccess = (s: ResponseStatus) => s.code === STATUS_SUCCESS;

const BY_SUB_CODE: Record<string, DiagnosisCode> = {
  AuthnFailed: 'SAML_STATUS_AUTHN_FAILED',
  NoPassive: 'SAML_STATUS_NO_PASSIVE',
  InvalidNameIDPolicy: 'SAML_STATUS_INVALID_NAMEID_POLICY',
};
const BY_CODE: Record<string, DiagnosisCode> = { Requester: 'SAML_STATUS_REQUESTER', Responder: 'SAML_STATUS_RESPONDER' };

const short = (uri: string | undefined) => (uri?.startsWith(STATUS_PREFIX) ? uri.slice(STATUS_PREFIX.length) : uri);

/** The IdP's own message, emails masked, bounded: it is evidence, and may name the user. */
function redactedMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const masked = message.replace(/[^\s@<>"']+@[^\s@<>"']+\.[A-Za-z]{2,}/g, (e) => redactEmail(e));
  return masked.length > 300 ? `${masked.slice(0, 300)}…` : masked;
}

export function statusDiagnosis(s: ResponseStatus): Diagnosis {
  const sub = short(s.subCode);
  const top = short(s.code);
  const code = (sub && BY_SUB_CODE[sub]) || (top && BY_CODE[top]) || 'SAML_STATUS_ERROR';
  return diagnose(code, { status: top ?? '(none)', subStatus: sub, idpMessage: redactedMessage(s.message) });
}
