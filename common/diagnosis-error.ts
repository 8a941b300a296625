/**
 * The error that carries a Diagnosis across layers (the dispatcher turns it
 * into the bridge's error result; the renderer throws it from a failed call).
 * Apart from diagnosis.ts so the renderer's first screen can use it without
 * loading the catalogue.
 */
import type { Diagnosis } from './contract';

export class DiagnosisError extends Error {
  readonly diagnosis: Diagnosis;
  constructor(diagnosis: Diagnosis) {
    super(`${diagnosis.code}: ${diagnosis.title}`);
    this.name = 'DiagnosisError';
    this.diagnosis = diagnosis;
  }
}
