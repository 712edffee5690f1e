import { describe, expect, it } from 'vitest';
import { isoInZone, parseHealthieDateTime } from './datetime.ts';

describe('parseHealthieDateTime', () => {
  it.each([
    ['2026-12-01 10:00:00 -0500', '2026-12-01T15:00:00.000Z'],
    ['2026-12-01 10:00:00 +0530', '2026-12-01T04:30:00.000Z'],
    ['2026-12-01 10:00:00 UTC', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00-05:00', '2026-12-01T15:00:00.000Z'],
    ['2026-12-01T15:00:00Z', '2026-12-01T15:00:00.000Z'],
    ['2026-12-01T15:00:00.250Z', '2026-12-01T15:00:00.250Z'],
    ['2027-03-14 01:30:00 -0800', '2027-03-14T09:30:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseHealthieDateTime(text).toISOString()).toBe(iso);
  });

  it.each(['', 'tomorrow', '2026-12-01', '2026-12-01 10:00:00', '12/01/2026 10:00 AM EST'])('refuses %j', (text) => {
    expect(() => parseHealthieDateTime(text)).toThrow('Unreadable Healthie datetime');
  });
});

describe('isoInZone', () => {
  it("writes the instant in the zone's local time with its offset, and reads back as the same instant", () => {
    const instant = new Date('2026-12-01T15:00:00Z');
    expect(isoInZone(instant, 'America/New_York')).toBe('2026-12-01T10:00:00-05:00');
    expect(isoInZone(instant, 'Asia/Kolkata')).toBe('2026-12-01T20:30:00+05:30');
    expect(isoInZone(instant, 'UTC')).toBe('2026-12-01T15:00:00+00:00');
    expect(parseHealthieDateTime(isoInZone(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toISOString()).toBe('2026-07-01T12:00:00.000Z');
  });
});
