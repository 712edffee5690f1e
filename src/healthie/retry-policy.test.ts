import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, parseRetryAfter, retryDelayMs, worstCaseMs } from './retry-policy.ts';

describe('retry policy', () => {
  it('backs off exponentially with full jitter up to the ceiling', () => {
    expect(retryDelayMs(defaultRetryPolicy, 1, null, () => 1)).toBe(300);
    expect(retryDelayMs(defaultRetryPolicy, 3, null, () => 1)).toBe(1200);
    expect(retryDelayMs(defaultRetryPolicy, 10, null, () => 1)).toBe(5000);
    expect(retryDelayMs(defaultRetryPolicy, 3, null, () => 0)).toBe(0);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(retryDelayMs(defaultRetryPolicy, 1, 2000, () => 0)).toBe(2000);
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeNull();
  });

  it('bounds a request: the last attempt starts within the budget and ends by its timeout', () => {
    expect(worstCaseMs(defaultRetryPolicy, 15_000)).toBe(35_000);
  });
});
