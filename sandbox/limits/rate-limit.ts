// A per-API-key request budget over a sliding window, answered with TOO_MANY_REQUESTS when spent.
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly budget: () => { limit: number; windowMs: number }) {}

  /** Counts a request for `key`; false when the key is over its budget. */
  allow(key: string, now: number): boolean {
    const { limit, windowMs } = this.budget();
    const times = (this.recent.get(key) ?? []).filter((time) => time > now - windowMs);
    if (times.length >= limit) {
      this.recent.set(key, times);
      return false;
    }
    times.push(now);
    this.recent.set(key, times);
    return true;
  }

  clear(): void {
    this.recent.clear();
  }
}
