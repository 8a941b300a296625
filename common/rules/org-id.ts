/**
 * The Hub organization identifier as it appears in `https://huggingface.co/<org>`.
 * Hub names: letters, digits, '-', '_' and '.', not starting or ending with '-' or '.'.
 * One rule, used by the contract's schema (main side) and the UI's inline check.
 */
export const ORG_ID_MAX_LENGTH = 96;
export const ORG_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

export const orgIdMessages = {
  empty: 'Enter the organization identifier',
  tooLong: `An organization identifier has at most ${ORG_ID_MAX_LENGTH} characters`,
  pattern: 'Use the identifier from the organization URL: letters, digits, "-", "_" or "." (e.g. "acme-corp")',
} as const;

/** Why `value` (already trimmed) is not an organization identifier, or undefined when it is one. */
export function orgIdProblem(value: string): string | undefined {
  if (value === '') return orgIdMessages.empty;
  if (value.length > ORG_ID_MAX_LENGTH) return orgIdMessages.tooLong;
  if (!ORG_ID_PATTERN.test(value)) return orgIdMessages.pattern;
  return undefined;
}
