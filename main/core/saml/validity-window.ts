/**
 * NotBefore / NotOnOrAfter of the assertion (its Conditions and its bearer SubjectConfirmationData), said in
 * seconds against this computer's clock, with how far the IdP's IssueInstant is from it (the clock skew).
 */
import type { Diagnosis } from '../../../common/contract';
import { diagnose } from '../../../common/diagnosis';
import { CONFIRMATION_BEARER, NS } from './saml-names';
import { attr, child, children } from './xml-read';

/** Clocks a little apart are normal; beyond this the assertion's window is applied strictly. */
export const SAML_CLOCK_TOLERANCE_SECONDS = 60;
/** An IssueInstant further ahead than this is worth a warning (the OIDC side's tolerance, id-token-checks.ts). */
export const SAML_SKEW_WARNING_SECONDS = 5;

const iso = (ms: number) => new Date(ms).toISOString();

/** The bearer SubjectConfirmationData elements of the assertion's Subject. */
export function bearerConfirmations(assertion: Element): Element[] {
  const subject = child(assertion, NS.assertion, 'Subject');
  if (!subject) return [];
  return children(subject, NS.assertion, 'SubjectConfirmation')
    .filter((c) => attr(c, 'Method') === CONFIRMATION_BEARER)
    .flatMap((c) => children(c, NS.assertion, 'SubjectConfirmationData'));
}

/** Seconds the IdP's IssueInstant lies ahead of this computer's clock (negative: behind), if it names one. */
export function issueOffsetSeconds(assertion: Element, nowMs: number): number | undefined {
  const issued = Date.parse(attr(assertion, 'IssueInstant') ?? '');
  return Number.isNaN(issued) ? undefined : Math.round((issued - nowMs) / 1000);
}

export function validityFailure(assertion: Element, nowMs: number, toleranceSeconds = SAML_CLOCK_TOLERANCE_SECONDS): Diagnosis | undefined {
  const conditions = child(assertion, NS.assertion, 'Conditions');
  const windows = [
    ...(conditions ? [{ where: 'Conditions', el: conditions }] : []),
    ...bearerConfirmations(assertion).map((el) => ({ where: 'SubjectConfirmationData', el })),
  ];
  const offset = issueOffsetSeconds(assertion, nowMs);
  const skew = offset === undefined ? undefined : offset > 0 ? `the IdP’s IssueInstant is ${offset} s ahead of this computer` : `the IdP’s IssueInstant is ${-offset} s behind this computer`;
  for (const { where, el } of windows) {
    const notOnOrAfter = Date.parse(attr(el, 'NotOnOrAfter') ?? '');
    if (!Number.isNaN(notOnOrAfter) && nowMs - toleranceSeconds * 1000 >= notOnOrAfter) {
      return diagnose('SAML_EXPIRED', {
        element: where,
        notOnOrAfter: iso(notOnOrAfter),
        now: iso(nowMs),
        secondsPast: Math.round((nowMs - notOnOrAfter) / 1000),
        toleranceSeconds,
        clockSkew: skew,
      });
    }
    const notBefore = Date.parse(attr(el, 'NotBefore') ?? '');
    if (!Number.isNaN(notBefore) && nowMs + toleranceSeconds * 1000 < notBefore) {
      return diagnose('SAML_NOT_YET_VALID', {
        element: where,
        notBefore: iso(notBefore),
        now: iso(nowMs),
        secondsAhead: Math.round((notBefore - nowMs) / 1000),
        toleranceSeconds,
        clockSkew: skew,
      });
    }
  }
  return undefined;
}

/** A warning when the response passed but was issued ahead of this computer's clock. */
export function clockSkewWarning(assertion: Element, nowMs: number): Diagnosis | undefined {
  const offset = issueOffsetSeconds(assertion, nowMs);
  if (offset === undefined || offset <= SAML_SKEW_WARNING_SECONDS) return undefined;
  return diagnose('SAML_CLOCK_SKEW', { issueInstant: attr(assertion, 'IssueInstant'), now: iso(nowMs), aheadSeconds: offset });
}
