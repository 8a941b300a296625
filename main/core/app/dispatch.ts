/**
 * The single entry point for every call that crosses the bridge, whatever the
 * transport (Electron IPC or the browser-mode loopback bridge): checks the call
 * name, validates the input against the contract, runs the handler, and turns
 * every failure into a Diagnosis. Input values are never echoed back or logged
 * (they may hold a secret); only the paths of invalid fields are.
 */
import { calls, type CallName, type CallOutput, type CallResult, type Calls } from '../../../common/contract';
import type { z } from 'zod';
import { diagnose, DiagnosisError } from '../../../common/diagnosis';

export type Handlers = {
  [K in CallName]: (input: z.infer<Calls[K]['input']>) => Promise<CallOutput<K>>;
};

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);
}

export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: diagnose('UNKNOWN_CALL', { call: typeof name === 'string' ? name.slice(0, 80) : typeof name }) };
  }
  const parsed = calls[name].input.safeParse(rawInput);
  if (!parsed.success) {
    const fields = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`)
      .join('; ');
    return {
      ok: false,
      error: diagnose('INVALID_INPUT', { call: name, fields }, { cause: `Invalid value — ${fields}` }),
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = calls[name].output.safeParse(value);
    if (!checked.success) {
      // A bug on our side: never send a shape the UI did not agree to.
      return { ok: false, error: diagnose('INTERNAL_ERROR', { call: name, reason: 'output did not match the contract' }) };
    }
    return { ok: true, value: checked.data };
  } catch (err) {
    if (err instanceof DiagnosisError) return { ok: false, error: err.diagnosis };
    return { ok: false, error: diagnose('INTERNAL_ERROR', { call: name, reason: errorName(err) }) };
  }
}

/** The error's class name only: messages from libraries may quote request data. */
function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}
