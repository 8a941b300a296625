/**
 * The diagnoses a preload builds by itself, from the four bridge codes only:
 * the preloads load before the app and must not carry the whole catalogue.
 */
import type { Diagnosis } from './contract';
import { buildDiagnosis, type Evidence } from './diagnoses/build-diagnosis';
import { bridgeCodes, type BridgeCode } from './diagnoses/bridge-codes';

export function bridgeError(code: BridgeCode, evidence: Evidence = {}): Diagnosis {
  return buildDiagnosis(code, bridgeCodes[code], evidence);
}
