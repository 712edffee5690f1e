import { useCallback, useState } from 'react';

export interface Action<A extends unknown[], R> {
  /** Runs the action; resolves to its result, or undefined when it failed (see `error`). */
  run(...args: A): Promise<R | undefined>;
  busy: boolean;
  error: Error | null;
  reset(): void;
}

/** Tracks one user-triggered request: busy while it runs, its error once it failed. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const run = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      return await action(...args);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const reset = useCallback(() => setError(null), []);
  return { run, busy, error, reset };
}
