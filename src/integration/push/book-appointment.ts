import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEvents, calendarEventTypes } from '../../db/schema.ts';
import { badRequest } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getListedEvent, type ListedEvent } from '../../workspace/calendar-events.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import { getMember } from '../../workspace/members.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { linkedPatientOf } from '../member-links/patient-link-store.ts';
import { dispatchPush } from './push-jobs.ts';
import { queueChange } from './push-outbox.ts';
import { requirePushing, unprocessable } from './pushing-calendar.ts';

export interface Booking {
  memberId?: string | null | undefined;
  eventTypeId?: string | null | undefined;
  startsAt: Date;
  contactType?: string | undefined;
  locationId?: string | undefined;
  notes?: string | null | undefined;
}

const IN_PERSON = 'In Person';

/** The contact type a booking or change may use with this appointment type (Healthie lists them per type). */
export function checkContactType(type: { name: string; contactTypes: string[] }, contactType: string, locationId: string | undefined): void {
  if (type.contactTypes.length > 0 && !type.contactTypes.includes(contactType)) {
    throw unprocessable('contact_type_not_allowed', `The appointment type "${type.name}" takes ${type.contactTypes.join(', ')} in Healthie, not ${contactType}`);
  }
  if (contactType === IN_PERSON && !locationId) {
    throw unprocessable('location_required', 'Healthie needs a location for an In Person appointment: name its Healthie location id (locationId)');
  }
}

/**
 * What a booking on this calendar would be, or the 4xx saying why it cannot be: push on, a member
 * linked to a Healthie patient, an appointment type from Healthie, a contact type it allows.
 */
export async function resolveBooking(tx: Tx, input: { workspaceId: string; calendar: Calendar; booking: Booking }) {
  const { calendar, booking, workspaceId } = input;
  const { link } = requirePushing(calendar);
  if (!booking.memberId) throw unprocessable('member_required', 'memberId is required: the member the appointment is with');
  if (!booking.eventTypeId) throw unprocessable('event_type_required', 'eventTypeId is required: the appointment type, one imported from Healthie');
  const member = await getMember(tx, workspaceId, booking.memberId);
  const patientId = await linkedPatientOf(tx, workspaceId, member.id);
  if (!patientId) throw unprocessable('member_not_linked', 'This member is not linked to a Healthie patient: link them on the Members tab first');
  const type = await eventTypeOf(tx, calendar.id, booking.eventTypeId);
  if (type.externalSource !== HEALTHIE_SOURCE) {
    throw unprocessable('event_type_not_from_healthie', `The event type "${type.name}" is not a Healthie appointment type: pick one imported from Healthie`);
  }
  const contactType = booking.contactType ?? type.contactTypes[0];
  if (!contactType) throw unprocessable('contact_type_required', 'contactType is required: Healthie lists no contact type for this appointment type');
  checkContactType(type, contactType, booking.locationId);
  return { link, member, patientId, type, contactType };
}

export async function eventTypeOf(tx: Tx, calendarId: string, eventTypeId: string) {
  const [type] = await tx.select().from(calendarEventTypes).where(and(eq(calendarEventTypes.id, eventTypeId), eq(calendarEventTypes.calendarId, calendarId)));
  if (!type) throw badRequest('eventTypeId is not an event type of this calendar');
  return type;
}

/**
 * A booking on a calendar that pushes to Healthie: the event is written at once (pending), and the
 * appointment it becomes in Healthie is sent from the outbox: with the member's linked patient, the
 * calendar's provider, the appointment type the event type came from, and a contact type the type allows.
 */
export async function bookAppointment(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; calendar: Calendar; booking: Booking },
): Promise<ListedEvent> {
  const { calendar, booking, workspaceId } = input;
  const event = await ctx.database.db.transaction(async (tx) => {
    const { link, member, patientId, type, contactType } = await resolveBooking(tx, { workspaceId, calendar, booking });
    const now = new Date();
    const [created] = await tx
      .insert(calendarEvents)
      .values({
        workspaceId,
        calendarId: calendar.id,
        title: type.name,
        startsAt: booking.startsAt,
        endsAt: new Date(booking.startsAt.getTime() + type.durationMinutes * 60_000),
        durationMinutes: type.durationMinutes,
        eventTypeId: type.id,
        memberId: member.id,
        externalSource: HEALTHIE_SOURCE,
        externalScope: link.providerId,
        externalPatientId: patientId,
        contactType,
        notes: booking.notes ?? null,
        pushState: 'pending',
        pushUpdatedAt: now,
      })
      .returning();
    await queueChange(tx, created!, 'create', {
      startsAt: booking.startsAt.toISOString(),
      contactType,
      ...(booking.locationId ? { locationId: booking.locationId } : {}),
      ...(booking.notes ? { notes: booking.notes } : {}),
    });
    await recordAudit(tx, {
      workspaceId,
      actor: input.actor,
      action: 'calendar_event.booked',
      target: { type: 'calendar_event', id: created!.id },
      details: { calendarId: calendar.id, memberId: member.id, eventTypeId: type.id },
    });
    return getListedEvent(tx, workspaceId, created!.id);
  });
  await dispatchPush(ctx, { workspaceId, eventId: event.event.id });
  return event;
}
