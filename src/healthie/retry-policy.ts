export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A retry that would start later than this after the first attempt is not made. */
  maxElapsedMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 300,
  maxDelayMs: 5_000,
  maxElapsedMs: 20_000,
};

/**
 * Full-jitter exponential backoff; Healthie's Retry-After wins when it asks for longer (a wait past
 * the time budget then ends the retries instead).
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs: number | null, random = Math.random): number {
  const jittered = Math.round(random() * backoffCeilingMs(policy, attempt));
  return retryAfterMs === null ? jittered : Math.max(jittered, retryAfterMs);
}

/** The longest wait after `attempt` failed: the exponential step before jitter. */
export function backoffCeilingMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The longest a request can take: the last attempt starts by maxElapsedMs and runs until its timeout. */
export function worstCaseMs(policy: RetryPolicy, timeoutMs: number): number {
  return policy.maxElapsedMs + timeoutMs;
}
