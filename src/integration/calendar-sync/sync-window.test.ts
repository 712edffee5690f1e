import { describe, expect, it } from 'vitest';
import { futureWindow } from './sync-window.ts';

describe('future window', () => {
  it("starts at the beginning of today in the calendar's timezone", () => {
    const now = new Date('2026-12-01T03:30:00Z');
    expect(futureWindow('America/New_York', now).start.toISOString()).toBe('2026-11-30T05:00:00.000Z');
    expect(futureWindow('Asia/Tokyo', now).start.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(futureWindow('UTC', now).start.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
