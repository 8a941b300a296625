/**
 * The one error type of the app: a Diagnosis `{ code, title, cause, fix[],
 * evidence }` from the catalogue, and the error class that carries it across
 * layers (the dispatcher turns it into the bridge's error result).
 */
import type { Diagnosis } from './contract';
import { buildDiagnosis, type DiagnosisOverrides, type Evidence } from './diagnoses/build-diagnosis';
import { catalogue, type DiagnosisCode } from './diagnoses/catalogue';
import { DiagnosisError } from './diagnosis-error';

export { DiagnosisError };

export type { DiagnosisCode };

/** Builds a Diagnosis from the catalogue. `cause` may be replaced by a more precise one (e.g. the IdP's own words). */
export function diagnose(code: DiagnosisCode, evidence: Evidence = {}, overrides: DiagnosisOverrides = {}): Diagnosis {
  return buildDiagnosis(code, catalogue[code], evidence, overrides);
}

/** A DiagnosisError for one catalogue code: what main-side code throws. */
export function diagnosisError(code: DiagnosisCode, evidence?: Evidence, overrides?: DiagnosisOverrides): DiagnosisError {
  return new DiagnosisError(diagnose(code, evidence, overrides));
}
