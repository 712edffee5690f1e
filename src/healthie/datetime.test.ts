import { describe, expect, it } from 'vitest';
import { parseHealthieDateTime } from './datetime.ts';

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
