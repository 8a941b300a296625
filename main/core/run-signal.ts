/**
 * A test run's own abort signal, linked to its caller's: the caller's cancel aborts the run's work, and
 * `dispose` lets go of the caller's signal and aborts whatever of the run still works (a login window left
 * open, a request still waiting), whatever ended the run. `cancelled` tells a cancel from a run that ended.
 */
export interface RunSignal {
  signal: AbortSignal;
  cancelled(): boolean;
  dispose(): void;
}

export function linkRunSignal(caller: AbortSignal | undefined): RunSignal {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    cancelled: () => caller?.aborted === true,
    dispose: () => {
      caller?.removeEventListener('abort', onAbort);
      controller.abort();
    },
  };
}
