/**
 * Redaction for everything that may end up in a diagnosis, a history record or
 * a log: URLs lose their authorization response and token parameters, and any
 * known sensitive value (secret, code, code_verifier, tokens) is blanked out
 * wherever it appears.
 */
import type { Diagnosis } from '../../../common/contract';

/** Parameters that carry credentials or one-time values in OAuth URLs. */
const SENSITIVE_PARAMS = [
  'code',
  'state',
  'nonce',
  'code_verifier',
  'code_challenge',
  'client_secret',
  'id_token',
  'access_token',
  'refresh_token',
  'token',
  'session_state',
  'password',
];

export const REDACTED = '[redacted]';

/** The URL with sensitive query and fragment parameters removed (not blanked: their length says something too). */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '(not a URL)';
  }
  for (const name of SENSITIVE_PARAMS) u.searchParams.delete(name);
  if (u.hash) {
    const fragment = new URLSearchParams(u.hash.slice(1));
    for (const name of SENSITIVE_PARAMS) fragment.delete(name);
    const rest = fragment.toString();
    u.hash = rest ? `#${rest}` : '';
  }
  u.username = '';
  u.password = '';
  return u.toString();
}

/** Replaces every occurrence of each sensitive value in `text`. Values shorter than 4 characters are ignored (too many false hits). */
export function redactText(text: string, sensitive: readonly (string | undefined)[]): string {
  let out = text;
  for (const value of sensitive) {
    if (!value || value.length < 4) continue;
    out = out.split(value).join(REDACTED);
    // Also catch the value as it appears URL- or form-encoded.
    const encoded = encodeURIComponent(value);
    if (encoded !== value) out = out.split(encoded).join(REDACTED);
  }
  return out;
}

/** A diagnosis with every evidence value and its texts passed through `redactText`. */
export function scrubDiagnosis(diagnosis: Diagnosis, sensitive: readonly (string | undefined)[]): Diagnosis {
  const evidence: Record<string, string> = {};
  for (const [k, v] of Object.entries(diagnosis.evidence)) evidence[k] = redactText(v, sensitive);
  return {
    ...diagnosis,
    cause: redactText(diagnosis.cause, sensitive),
    fix: diagnosis.fix.map((f) => redactText(f, sensitive)),
    evidence,
  };
}

/** Trims IdP-provided text for evidence: collapses whitespace, caps length. */
export function clip(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
