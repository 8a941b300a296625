/**
 * Microsoft Entra ID's errors: an `AADSTSnnnnn` number in `error_description`
 * (at the redirect URI and at the token endpoint) or on Microsoft's own error
 * page ("Sorry, but we’re having trouble signing you in. AADSTS50011: …").
 * The number decides; Microsoft's sentence goes into the evidence, clipped
 * before its Trace ID / Correlation ID lines.
 */
import type { Classification, SeenPage, TokenError } from '../types';
import { aadstsNumber } from './words';

const BY_NUMBER: Record<string, string> = {
  '50011': 'ENTRA_REDIRECT_URI_MISMATCH',
  '700016': 'ENTRA_APP_NOT_FOUND',
  '7000215': 'ENTRA_SECRET_INVALID',
  '7000222': 'ENTRA_SECRET_EXPIRED',
  '50105': 'ENTRA_USER_NOT_ASSIGNED',
  '65001': 'ENTRA_CONSENT_REQUIRED',
  '50020': 'ENTRA_USER_WRONG_TENANT',
  '90014': 'ENTRA_MISSING_FIELD',
  '53003': 'ENTRA_CONDITIONAL_ACCESS_BLOCKED',
};

/** Microsoft's message from its number to the first Trace ID / Correlation ID / Timestamp line, at most 400 characters. */
export function microsoftMessage(text: string): string {
  const start = text.search(/\bAADSTS\d{5,7}\b/);
  const from = start >= 0 ? text.slice(start) : text;
  return from.split(/\s*(?:\r?\n|Trace ID:|Correlation ID:|Timestamp:)/)[0]!.trim().slice(0, 400);
}

/** Any text that carries an AADSTS number, named by its code. */
export function classifyAadsts(text: string, extra: Record<string, string | number | undefined> = {}): Classification | undefined {
  const number = aadstsNumber(text);
  if (!number) return undefined;
  const code = BY_NUMBER[number] ?? 'ENTRA_ERROR';
  return {
    code,
    evidence: { aadsts: number, microsoft: microsoftMessage(text), ...extra },
    ...(code === 'ENTRA_ERROR' ? { title: `Microsoft Entra ID refused the login (AADSTS${number})` } : {}),
  };
}

export function entraAuthorizeError(error: string, description: string): Classification | undefined {
  return classifyAadsts(description, { error: error.slice(0, 100) });
}

export function entraErrorPage(page: SeenPage): Classification | undefined {
  return classifyAadsts(`${page.title}\n${page.text}`);
}

/** Entra's token errors always carry their number: decisive, no HTTP Basic probe needed (Entra accepts client_secret_post). */
export function entraTokenError(posted: TokenError): Classification | undefined {
  return classifyAadsts(posted.description, { error: posted.error.slice(0, 100), status: posted.status });
}
