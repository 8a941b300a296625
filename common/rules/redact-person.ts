/**
 * A tested user's personal data, masked the same way everywhere: the
 * evidence report's "redacted" choice and the history screen's
 * "Hide personal data" both read these.
 */

/** alice@acme.example → a•••@acme.example: the domain stays (it matters for the Hub's email matching). */
export function redactEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : '•••';
}

/** 00ualice00000000001 → 00u•••01 */
export function redactId(id: string): string {
  return id.length > 6 ? `${id.slice(0, 3)}•••${id.slice(-2)}` : '•••';
}
