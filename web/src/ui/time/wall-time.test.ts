import { describe, expect, it } from 'vitest';
import { instantAtWallTime, wallTimeIn } from './wall-time.ts';

describe('wall time in a time zone', () => {
  it("reads a clock's time back as the instant, on either side of a clock change", () => {
    expect(instantAtWallTime('2026-12-01T10:00', 'America/New_York')?.toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(instantAtWallTime('2026-07-01T10:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T14:00:00.000Z');
    // The day New York's clocks go back (1 November 2026): noon is already in EST.
    expect(instantAtWallTime('2026-11-01T12:00', 'America/New_York')?.toISOString()).toBe('2026-11-01T17:00:00.000Z');
    expect(instantAtWallTime('2026-12-01T10:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-12-01T04:30:00.000Z');
    expect(wallTimeIn('2026-12-01T15:00:00Z', 'America/New_York')).toBe('2026-12-01T10:00');
    expect(instantAtWallTime('', 'UTC')).toBeNull();
  });
});
