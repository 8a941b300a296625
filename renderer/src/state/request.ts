/**
 * The store's one way to the main side: every slice calls the bridge through
 * `request`, which never throws; a failed call comes back as its diagnosis.
 */
import type { CallInput, CallName, CallOutput, CallResult } from '../../../common/contract';
import { call, toDiagnosis } from '../api';

export async function request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<CallOutput<K>>> {
  try {
    return { ok: true, value: await call(name, input) };
  } catch (err) {
    return { ok: false, error: toDiagnosis(err) };
  }
}
