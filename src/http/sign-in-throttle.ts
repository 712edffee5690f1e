import { AppError } from '../platform/errors.ts';

/**
 * Failed sign-ins per address and email, in a sliding window: past the limit the pair must wait,
 * whatever the password. Kept in process memory (each API process counts its own).
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  assertAllowed(key: string, now = Date.now()): void {
    const recent = this.recent(key, now);
    if (recent.length >= this.maxFailures) {
      const waitMinutes = Math.ceil((recent[0]! + this.windowMs - now) / 60_000);
      throw new AppError(429, 'too_many_sign_ins', `Too many failed sign-ins; try again in ${waitMinutes} minute(s)`);
    }
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
