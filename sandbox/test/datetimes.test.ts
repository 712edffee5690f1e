// Datetimes in the API user's timezone: ISO 8601 as the 2026-01-01 schema's ISO8601DateTime fields print
// them, or the older Rails style ("2026-12-01 10:00:00 -0500").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDatetime, parseDatetime } from '../datetime.ts';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

describe('datetime format and parse', () => {
  const instant = Date.UTC(2026, 11, 1, 15, 0, 0);

  it('formats in a timezone as ISO 8601, or the way Rails prints a TimeWithZone', () => {
    expect(formatDatetime(instant, 'America/New_York', 'iso')).toBe('2026-12-01T10:00:00-05:00');
    expect(formatDatetime(instant, 'UTC', 'iso')).toBe('2026-12-01T15:00:00Z');
    expect(formatDatetime(instant, 'Europe/London', 'iso')).toBe('2026-12-01T15:00:00+00:00');
    expect(formatDatetime(instant, 'America/New_York', 'rails')).toBe('2026-12-01 10:00:00 -0500');
    expect(formatDatetime(Date.UTC(2026, 6, 1, 15), 'America/New_York', 'rails')).toBe('2026-07-01 11:00:00 -0400');
    expect(formatDatetime(instant, 'UTC', 'rails')).toBe('2026-12-01 15:00:00 UTC');
    expect(formatDatetime(instant, 'Asia/Kolkata', 'rails')).toBe('2026-12-01 20:30:00 +0530');
  });

  it('parses both styles, and reads a bare wall time in the given zone', () => {
    expect(parseDatetime('2026-12-01 10:00:00 -0500', 'UTC')).toBe(instant);
    expect(parseDatetime('2026-12-01T10:00:00-05:00', 'UTC')).toBe(instant);
    expect(parseDatetime('2026-12-01 15:00:00 UTC', 'America/New_York')).toBe(instant);
    expect(parseDatetime('2026-12-01 10:00:00', 'America/New_York')).toBe(instant);
    expect(parseDatetime('2026-13-01 10:00', 'UTC')).toBeNull();
    expect(parseDatetime('tomorrow', 'UTC')).toBeNull();
  });
});

describe('datetimes over the API', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterAll(() => sandbox.close());

  const firstAppointment = async (key?: string) =>
    (await graphql(sandbox, '{ appointments(is_org: true, first: 1) { nodes { id date start end created_at } } }', {}, { key })).data?.appointments.nodes[0];

  it('renders ISO 8601 by default, in the timezone of the user the API key belongs to', async () => {
    const asAdmin = await firstAppointment(sandbox.apiKeys[0]?.key);
    const asFrontDesk = await firstAppointment(sandbox.apiKeys[1]?.key);
    expect(asAdmin.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
    expect(asFrontDesk.date).toMatch(/-0[78]:00$/);
    expect(Date.parse(asAdmin.date)).toBe(Date.parse(asFrontDesk.date));
    expect(asAdmin.start).toBe(asAdmin.date);
    expect(Date.parse(asAdmin.end)).toBeGreaterThan(Date.parse(asAdmin.date));
  });

  it('switches to the Rails style with datetimeFormat "rails"', async () => {
    await control(sandbox, 'PUT', '/_sandbox/settings', { datetimeFormat: 'rails' });
    try {
      const appointment = await firstAppointment();
      expect(appointment.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} -0[45]00$/);
      expect(appointment.created_at).toMatch(/ -0[45]00$/);
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { datetimeFormat: 'iso' });
    }
  });
});
