// Datetimes as Healthie renders them ("2026-12-01 10:00:00 -0500", in the API user's timezone), or ISO 8601.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDatetime, parseDatetime } from '../datetime.ts';
import type { RunningSandbox } from '../server.ts';
import { control, graphql, startTestSandbox } from './helpers.ts';

describe('datetime format and parse', () => {
  const instant = Date.UTC(2026, 11, 1, 15, 0, 0);

  it('formats in a timezone the way Rails prints a TimeWithZone, or as ISO 8601', () => {
    expect(formatDatetime(instant, 'America/New_York', 'healthie')).toBe('2026-12-01 10:00:00 -0500');
    expect(formatDatetime(Date.UTC(2026, 6, 1, 15), 'America/New_York', 'healthie')).toBe('2026-07-01 11:00:00 -0400');
    expect(formatDatetime(instant, 'UTC', 'healthie')).toBe('2026-12-01 15:00:00 UTC');
    expect(formatDatetime(instant, 'Asia/Kolkata', 'healthie')).toBe('2026-12-01 20:30:00 +0530');
    expect(formatDatetime(instant, 'America/New_York', 'iso')).toBe('2026-12-01T10:00:00-05:00');
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

  it('renders in the timezone of the user the API key belongs to', async () => {
    const asAdmin = await firstAppointment(sandbox.apiKeys[0]?.key);
    const asFrontDesk = await firstAppointment(sandbox.apiKeys[1]?.key);
    expect(asAdmin.date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} -0[45]00$/);
    expect(asFrontDesk.date).toMatch(/ -0[78]00$/);
    const toInstant = (value: string) => Date.parse(value.replace(' ', 'T').replace(/ ([+-]\d{2})(\d{2})$/, '$1:$2'));
    expect(toInstant(asAdmin.date)).toBe(toInstant(asFrontDesk.date));
    expect(asAdmin.start).toBe(asAdmin.date);
  });

  it('switches to strict ISO 8601 with the datetimeFormat setting', async () => {
    await control(sandbox, 'PUT', '/_sandbox/settings', { datetimeFormat: 'iso' });
    try {
      const appointment = await firstAppointment();
      expect(appointment.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00$/);
      expect(new Date(appointment.end).getTime()).toBeGreaterThan(new Date(appointment.date).getTime());
    } finally {
      await control(sandbox, 'PUT', '/_sandbox/settings', { datetimeFormat: 'healthie' });
    }
  });
});
