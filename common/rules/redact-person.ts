/**
 * A tested user's personal data, masked the same way everywhere: the
 * evidence report's "redacted" choice and the history screen's
 * "Hide personal data" both read these.
 */
import type { Diagnosis } from '../contract';

/** alice@acme.example → a•••@acme.example: the domain stays (it matters for the Hub's email matching). */
export function redactEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : '•••';
}

/** 00ualice00000000001 → 00u•••01 */
export function redactId(id: string): string {
  return id.length > 6 ? `${id.slice(0, 3)}•••${id.slice(-2)}` : '•••';
}

/** A tested user as a verdict names them: their email, or their sub when there is none. */
export function redactUser(user: string): string {
  return user.includes('@') ? redactEmail(user) : redactId(user);
}

/** A diagnosis with the given emails masked wherever its evidence quotes them. */
export function redactEmailsIn(d: Diagnosis, emails: readonly string[]): Diagnosis {
  if (emails.length === 0) return d;
  const evidence: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.evidence)) evidence[k] = emails.reduce((text, e) => text.split(e).join(redactEmail(e)), v);
  return { ...d, evidence };
}
