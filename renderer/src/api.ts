/**
 * The renderer's only door to the main side: `window.ssoAssistant`, injected
 * by the Electron preload or the browser-mode preload script. The renderer
 * makes no network requests of its own and never imports Node or Electron.
 */
import {
  type CallInput,
  type CallName,
  type CallOutput,
  type Diagnosis,
  type EventName,
  type EventPayload,
  type SsoAssistantApi,
} from '../../common/contract';
import { API_GLOBAL } from '../../common/contract-names';
import { buildDiagnosis, type DiagnosisOverrides, type Evidence } from '../../common/diagnoses/build-diagnosis';
import { bridgeCodes } from '../../common/diagnoses/bridge-codes';
import { DiagnosisError } from '../../common/diagnosis-error';

/** INTERNAL_ERROR from the bridge's codes (as bridge-error.ts builds them): the first screen does not load the whole catalogue (issue 15). */
const internalError = (evidence: Evidence, overrides: DiagnosisOverrides): Diagnosis => buildDiagnosis('INTERNAL_ERROR', bridgeCodes.INTERNAL_ERROR, evidence, overrides);

/** Turns anything caught into a diagnosis the UI can show. */
export function toDiagnosis(err: unknown): Diagnosis {
  if (err instanceof DiagnosisError) return err.diagnosis;
  const message = err instanceof Error ? err.message : String(err);
  return internalError({ message }, {
    cause: 'Something failed inside the window that it does not know how to explain.',
    fix: ['Try again.', 'If this persists, reload the window.'],
  });
}

export function bridge(): SsoAssistantApi | undefined {
  const candidate = (globalThis as unknown as Record<string, unknown>)[API_GLOBAL];
  if (candidate && typeof candidate === 'object' && 'call' in candidate && 'on' in candidate) {
    return candidate as SsoAssistantApi;
  }
  return undefined;
}

const bridgeMissing = (): Diagnosis =>
  internalError({}, {
    title: 'The window is not connected to the app',
    cause: 'The page was opened without the app’s bridge, for example directly in a browser tab.',
    fix: ['Start the app with "npm start" or "npm run start:web" and use the window it opens.'],
  });

/** Calls the main side; resolves with the value or throws a DiagnosisError carrying exactly what the main side said. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const api = bridge();
  if (!api) throw new DiagnosisError(bridgeMissing());
  let result;
  try {
    result = await api.call(name, input);
  } catch (err) {
    throw new DiagnosisError(toDiagnosis(err));
  }
  if (result.ok) return result.value;
  throw new DiagnosisError(result.error);
}

/** Subscribes to a main-side event; returns the unsubscribe function (a no-op without a bridge). */
export function on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
  const api = bridge();
  if (!api) return () => {};
  return api.on(name, listener);
}
