import type { EventStatus } from '../../db/schema.ts';
import type { HealthieAppointment } from '../../healthie/client.ts';
import { metadataOf } from '../../healthie/appointment-changes.ts';
import { parseHealthieDateTime, readHealthieDateTime } from '../../healthie/datetime.ts';
import { MAX_EVENT_DAYS } from '../../workspace/calendar-events.ts';
import { eventStatusFor } from './status-mapping.ts';

export const FALLBACK_TITLE = 'Healthie appointment';
/** The metadata key a booking made here carries: the id of the workspace's event. */
export const BOOKING_METADATA_KEY = 'gravityRailEventId';
const DEFAULT_MINUTES = 30;
/** Starts a calendar can place (with the longest end, still before the year 10000 the database ends at). */
const EARLIEST_START = Date.UTC(1900, 0, 1);
const LATEST_START = Date.UTC(9999, 11, 1);
const MAX_DURATION_MS = MAX_EVENT_DAYS * 86_400_000;

/** What a synced calendar event holds, derived from one Healthie appointment. */
export interface SyncedEventFields {
  externalId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  status: EventStatus;
  eventTypeId: string | null;
  memberId: string | null;
  /** The Healthie provider whose schedule holds the appointment. */
  externalScope: string | null;
  /** The Healthie patient the appointment is with (the client of a 1:1), whether or not a member is linked. */
  externalPatientId: string | null;
  /** A group appointment's attendees (it has no one member); null for a 1:1. */
  attendeeCount: number | null;
  /** Healthie's updated_at of this version, when it sent one. */
  externalUpdatedAt: Date | null;
  /** How the appointment takes place (Healthie's contact_type); null when Healthie gives none. */
  contactType: string | null;
  /** The workspace event that booked it, when it was booked here (named in its metadata). */
  workspaceEventId: string | null;
}

export interface EventReferences {
  /** Calendar event type for a Healthie appointment type id. */
  eventTypeId(healthieTypeId: string): string | null;
  /** Workspace member linked to a Healthie patient id. */
  memberId(patientId: string): string | null;
}

/**
 * A Healthie appointment as a calendar event: the appointment type's name as title, times in UTC,
 * status through the product page's table. An appointment whose start cannot be read or placed
 * (none, unreadable, before 1900 or in the last month of 9999) cannot be stored: null. An end past
 * the longest event a calendar holds is clamped to it.
 */
export function toEventFields(appointment: HealthieAppointment, refs: EventReferences): SyncedEventFields | null {
  if (!appointment.date) return null;
  let startsAt: Date;
  try {
    startsAt = parseHealthieDateTime(appointment.date);
  } catch {
    return null;
  }
  if (!(startsAt.getTime() >= EARLIEST_START && startsAt.getTime() < LATEST_START)) return null;
  const endsAt = new Date(Math.min(endOf(appointment, startsAt).getTime(), startsAt.getTime() + MAX_DURATION_MS));
  const type = appointment.appointment_type;
  // `user` is the client of a 1:1 appointment only: a group appointment is with its attendees.
  const client = appointment.is_group ? null : appointment.user;
  return {
    externalId: appointment.id,
    title: type?.name?.trim() || FALLBACK_TITLE,
    startsAt,
    endsAt,
    durationMinutes: Math.max(1, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000)),
    status: eventStatusFor(appointment.pm_status, appointment.confirmed),
    eventTypeId: type ? refs.eventTypeId(type.id) : null,
    memberId: client ? refs.memberId(client.id) : null,
    externalScope: appointment.provider?.id ?? null,
    externalPatientId: client?.id ?? null,
    attendeeCount: appointment.is_group ? appointment.attendees.length : null,
    externalUpdatedAt: readHealthieDateTime(appointment.updated_at),
    contactType: appointment.contact_type?.trim() || null,
    workspaceEventId: bookedBy(appointment),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The workspace event an appointment's metadata names as its booking, if it names one that can be. */
function bookedBy(appointment: HealthieAppointment): string | null {
  const id = metadataOf(appointment)[BOOKING_METADATA_KEY];
  return typeof id === 'string' && UUID.test(id) ? id : null;
}

function endOf(appointment: HealthieAppointment, startsAt: Date): Date {
  if (appointment.end) {
    try {
      const end = parseHealthieDateTime(appointment.end);
      if (end > startsAt) return end;
    } catch {
      // `end` is a free-form string in the schema; fall back to the length.
    }
  }
  const minutes = appointment.length ?? appointment.appointment_type?.length ?? DEFAULT_MINUTES;
  return new Date(startsAt.getTime() + Math.min(Math.max(1, minutes), MAX_EVENT_DAYS * 24 * 60) * 60_000);
}

/** Whether a stored event already says what the appointment says: then the sync writes nothing. */
export function sameEvent(
  stored: Omit<SyncedEventFields, 'externalId' | 'workspaceEventId'>,
  next: SyncedEventFields,
): boolean {
  return (
    stored.title === next.title &&
    stored.startsAt.getTime() === next.startsAt.getTime() &&
    stored.endsAt.getTime() === next.endsAt.getTime() &&
    stored.durationMinutes === next.durationMinutes &&
    stored.status === next.status &&
    stored.eventTypeId === next.eventTypeId &&
    stored.memberId === next.memberId &&
    stored.externalScope === next.externalScope &&
    stored.externalPatientId === next.externalPatientId &&
    stored.attendeeCount === next.attendeeCount &&
    stored.externalUpdatedAt?.getTime() === next.externalUpdatedAt?.getTime() &&
    stored.contactType === next.contactType
  );
}

/** Whether `next` is older than what is stored: then it must not be written (whichever path brought it). */
export function olderThanStored(stored: Pick<SyncedEventFields, 'externalUpdatedAt'>, next: Pick<SyncedEventFields, 'externalUpdatedAt'>): boolean {
  return stored.externalUpdatedAt !== null && next.externalUpdatedAt !== null && next.externalUpdatedAt < stored.externalUpdatedAt;
}
