/**
 * The renderer's only door to the main side: `window.ssoAssistant`, injected
 * by the Electron preload or the browser-mode preload script. The renderer
 * makes no network requests of its own and never imports Node or Electron.
 */
import {
  API_GLOBAL,
  type CallInput,
  type CallName,
  type CallOutput,
  type Diagnosis,
  type EventName,
  type EventPayload,
  type SsoAssistantApi,
} from '../../preload/contract';

/** A diagnosis thrown into the UI; `diagnosis` is exactly what the main side said. */
export class UiDiagnosisError extends Error {
  readonly diagnosis: Diagnosis;
  constructor(diagnosis: Diagnosis) {
    super(`${diagnosis.code}: ${diagnosis.title}`);
    this.name = 'UiDiagnosisError';
    this.diagnosis = diagnosis;
  }
  get code(): string {
    return this.diagnosis.code;
  }
}

/** Turns anything caught into a diagnosis the UI can show. */
export function toDiagnosis(err: unknown): Diagnosis {
  if (err instanceof UiDiagnosisError) return err.diagnosis;
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 'INTERNAL_ERROR',
    title: 'Unexpected error',
    cause: 'Something failed inside the window that it does not know how to explain.',
    fix: ['Try again.', 'If this persists, reload the window.'],
    evidence: { message },
  };
}

export function bridge(): SsoAssistantApi | undefined {
  const candidate = (globalThis as unknown as Record<string, unknown>)[API_GLOBAL];
  if (candidate && typeof candidate === 'object' && 'call' in candidate && 'on' in candidate) {
    return candidate as SsoAssistantApi;
  }
  return undefined;
}

const BRIDGE_MISSING: Diagnosis = {
  code: 'INTERNAL_ERROR',
  title: 'The window is not connected to the app',
  cause: 'The page was opened without the app’s bridge, for example directly in a browser tab.',
  fix: ['Start the app with "npm start" or "npm run start:web" and use the window it opens.'],
  evidence: {},
};

/** Calls the main side; resolves with the value or throws a UiDiagnosisError. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const api = bridge();
  if (!api) throw new UiDiagnosisError(BRIDGE_MISSING);
  let result;
  try {
    result = await api.call(name, input);
  } catch (err) {
    throw new UiDiagnosisError(toDiagnosis(err));
  }
  if (result.ok) return result.value;
  throw new UiDiagnosisError(result.error);
}

/** Subscribes to a main-side event; returns the unsubscribe function (a no-op without a bridge). */
export function on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void {
  const api = bridge();
  if (!api) return () => {};
  return api.on(name, listener);
}
