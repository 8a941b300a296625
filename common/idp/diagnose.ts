/**
 * Diagnoses in an IdP's words: a profile's classification becomes a catalogue
 * diagnosis, and a shared code takes the profile's wording (its console's
 * names) when it has one. Kept apart from the profiles: they must not import
 * the catalogue, which spreads their codes.
 */
import type { Diagnosis } from '../contract';
import type { DiagnosisOverrides, Evidence } from '../diagnoses/build-diagnosis';
import { catalogue } from '../diagnoses/catalogue';
import { diagnose, type DiagnosisCode } from '../diagnosis';
import type { Classification, IdpProfile } from './types';

export function isDiagnosisCode(code: string): code is DiagnosisCode {
  return Object.prototype.hasOwnProperty.call(catalogue, code);
}

/** `diagnose`, with the profile's wording of a shared code (the occurrence's overrides still win). */
export function diagnoseFor(profile: IdpProfile, code: DiagnosisCode, evidence: Evidence = {}, overrides: DiagnosisOverrides = {}): Diagnosis {
  const wording = profile.wording?.[code] ?? {};
  return diagnose(code, evidence, { ...wording, ...overrides });
}

/**
 * A classification as a diagnosis, its evidence first and `extra` after (the
 * window's and the request's facts). A code outside the catalogue is a bug in
 * a profile: it becomes INTERNAL_ERROR naming it, never a crash.
 */
export function diagnoseClassified(profile: IdpProfile, c: Classification, extra: Evidence = {}): Diagnosis {
  if (!isDiagnosisCode(c.code)) return diagnose('INTERNAL_ERROR', { reason: `unknown diagnosis code ${c.code.slice(0, 80)}` });
  return diagnoseFor(profile, c.code, { ...c.evidence, ...extra }, { ...(c.title ? { title: c.title } : {}), ...(c.cause ? { cause: c.cause } : {}) });
}
