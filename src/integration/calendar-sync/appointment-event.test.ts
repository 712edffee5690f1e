import { describe, expect, it } from 'vitest';
import { FALLBACK_TITLE, olderThanStored, sameEvent, toEventFields, type EventReferences } from './appointment-event.ts';
import { eventStatusFor } from './status-mapping.ts';

const refs: EventReferences = {
  eventTypeId: (id) => (id === '7' ? 'type-uuid' : null),
  memberId: (id) => (id === '42' ? 'member-uuid' : null),
};

const appointment = (overrides: Record<string, unknown> = {}) => ({
  id: '900',
  date: '2026-12-01 10:00:00 -0500',
  end: '2026-12-01 10:45:00 -0500',
  length: 45,
  pm_status: 'Checked-In',
  confirmed: false,
  contact_type: 'Healthie Video Call',
  is_group: false,
  attendees: [{ id: '42' }],
  updated_at: '2026-11-20 09:00:00 -0500',
  deleted_at: null,
  metadata: null,
  appointment_type: { id: '7', name: 'Initial Intake', length: 60 },
  user: { id: '42' },
  provider: { id: '1' },
  ...overrides,
});

describe('status mapping', () => {
  it('reads confirmation from the confirmed flag when pm_status is blank', () => {
    expect(eventStatusFor('', true)).toBe('confirmed');
    expect(eventStatusFor(null, false)).toBe('booked');
    expect(eventStatusFor('Occurred', false)).toBe('completed');
    expect(eventStatusFor('Cancelled', true)).toBe('cancelled');
  });

  it.each([
    ['Confirmed', 'confirmed'],
    ['Checked-In', 'confirmed'],
    ['Occurred', 'completed'],
    ['No-Show', 'no_show'],
    ['Cancelled', 'cancelled'],
    ['Late Cancellation', 'cancelled'],
    ['Re-Scheduled', 'cancelled'],
    ['', 'booked'],
    [null, 'booked'],
    ['  late  cancellation ', 'cancelled'],
    ['Something New', 'booked'],
  ])('%j -> %s', (pm, status) => {
    expect(eventStatusFor(pm)).toBe(status);
  });
});

describe('appointment to calendar event', () => {
  it('takes the type name, UTC times, duration, status, event type, member and contact type', () => {
    expect(toEventFields(appointment(), refs)).toEqual({
      externalId: '900',
      title: 'Initial Intake',
      startsAt: new Date('2026-12-01T15:00:00Z'),
      endsAt: new Date('2026-12-01T15:45:00Z'),
      durationMinutes: 45,
      status: 'confirmed',
      eventTypeId: 'type-uuid',
      memberId: 'member-uuid',
      externalScope: '1',
      externalPatientId: '42',
      attendeeCount: null,
      externalUpdatedAt: new Date('2026-11-20T14:00:00Z'),
      contactType: 'Healthie Video Call',
      workspaceEventId: null,
    });
  });

  it('knows a booking made here by the event id its metadata names, serialized or not', () => {
    const ours = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
    expect(toEventFields(appointment({ metadata: JSON.stringify({ gravityRailEventId: ours }) }), refs)?.workspaceEventId).toBe(ours);
    expect(toEventFields(appointment({ metadata: { gravityRailEventId: ours } }), refs)?.workspaceEventId).toBe(ours);
    expect(toEventFields(appointment({ metadata: '{"gravityRailEventId":"not-an-id"}' }), refs)?.workspaceEventId).toBeNull();
    expect(toEventFields(appointment({ metadata: 'not json' }), refs)?.workspaceEventId).toBeNull();
  });

  it('falls back to a generic title, the length when end is missing, and no references or contact type', () => {
    const event = toEventFields(appointment({ appointment_type: null, end: null, length: 20, user: { id: '99' }, pm_status: null }), refs);
    expect(event).toMatchObject({ title: FALLBACK_TITLE, durationMinutes: 20, eventTypeId: null, memberId: null, status: 'booked' });
    expect(event!.endsAt.toISOString()).toBe('2026-12-01T15:20:00.000Z');
    expect(toEventFields(appointment({ contact_type: '  ' }), refs)?.contactType).toBeNull();
  });

  it('gives a group appointment no member or patient, and its attendee count', () => {
    const group = toEventFields(appointment({ is_group: true, user: { id: '42' }, attendees: [{ id: '42' }, { id: '43' }, { id: '44' }] }), refs);
    expect(group).toMatchObject({ memberId: null, externalPatientId: null, attendeeCount: 3 });
  });

  it('skips an appointment without a date', () => {
    expect(toEventFields(appointment({ date: null }), refs)).toBeNull();
  });

  it.each([
    ['unreadable', 'next Tuesday'],
    ['before 1900', '1899-12-31 10:00:00 UTC'],
    ['too close to the year 10000 for its end', '9999-12-31 23:30:00 UTC'],
  ])('skips an appointment whose start is %s', (_why, date) => {
    expect(toEventFields(appointment({ date, end: null }), refs)).toBeNull();
  });

  it('clamps a length or an end past the longest event (31 days) to it', () => {
    const longest = 31 * 24 * 60;
    expect(toEventFields(appointment({ end: null, length: 3_000_000_000 }), refs)).toMatchObject({ durationMinutes: longest });
    expect(toEventFields(appointment({ end: '2990-01-01 10:00:00 UTC' }), refs)).toMatchObject({ durationMinutes: longest });
  });

  it('tells a version older than the stored one, whatever it says', () => {
    const stored = toEventFields(appointment(), refs)!;
    const older = toEventFields(appointment({ updated_at: '2026-11-19 09:00:00 -0500', pm_status: 'Cancelled' }), refs)!;
    const newer = toEventFields(appointment({ updated_at: '2026-11-21 09:00:00 -0500' }), refs)!;
    expect(olderThanStored(stored, older)).toBe(true);
    expect(olderThanStored(stored, newer)).toBe(false);
    expect(olderThanStored({ externalUpdatedAt: null }, older)).toBe(false);
  });

  it('tells an unchanged event from a changed one', () => {
    const event = toEventFields(appointment(), refs)!;
    expect(sameEvent(event, { ...event })).toBe(true);
    expect(sameEvent(event, { ...event, status: 'cancelled' })).toBe(false);
    expect(sameEvent(event, { ...event, startsAt: new Date(event.startsAt.getTime() + 60_000) })).toBe(false);
    expect(sameEvent(event, { ...event, contactType: 'Phone Call' })).toBe(false);
  });
});
