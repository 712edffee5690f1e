import pLimit from 'p-limit';

/** What every request of one connection passes through: how many may be in flight, and Healthie's back-off. */
export interface RequestGate {
  /** Runs one attempt once a slot is free and no back-off is in force. */
  run<T>(attempt: () => Promise<T>): Promise<T>;
  /** Healthie answered TOO_MANY_REQUESTS: nothing of this connection is sent for `ms`. */
  backOff(ms: number): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A gate for one process's requests only. */
export function inProcessGate(maxConcurrent: number): RequestGate & { readonly maxConcurrent: number } {
  const limit = pLimit(maxConcurrent);
  let backoffUntil = 0;
  return {
    maxConcurrent,
    run: (attempt) =>
      limit(async () => {
        for (let wait = backoffUntil - Date.now(); wait > 0; wait = backoffUntil - Date.now()) await sleep(wait);
        return attempt();
      }),
    backOff: async (ms) => {
      backoffUntil = Math.max(backoffUntil, Date.now() + ms);
    },
  };
}
