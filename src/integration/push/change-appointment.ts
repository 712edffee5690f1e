import { and, eq } from 'drizzle-orm';
import { calendarEvents, type PushChanges } from '../../db/schema.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getListedEvent, type EventChange, type ListedEvent } from '../../workspace/calendar-events.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import type { Tx } from '../../db/database.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { checkContactType, eventTypeOf } from './book-appointment.ts';
import { dispatchPush } from './push-jobs.ts';
import { queueChange } from './push-outbox.ts';
import { requirePushing, unprocessable } from './pushing-calendar.ts';

export type AppointmentChange = EventChange & { contactType?: string | undefined; locationId?: string | undefined };

/** What Healthie takes from here: the rest of an appointment (its type, member, length, title) is Healthie's. */
const HEALTHIE_OWNED = ['title', 'endsAt', 'eventTypeId', 'memberId'] as const;

/** The appointment a change would apply to, or the 4xx saying why it cannot. */
export async function resolveChange(tx: Tx, input: { workspaceId: string; calendar: Calendar; eventId: string; change: AppointmentChange }) {
  const { calendar, change, workspaceId } = input;
  const { link, settings } = requirePushing(calendar);
  const owned = HEALTHIE_OWNED.filter((field) => change[field] !== undefined);
  if (owned.length > 0) {
    throw unprocessable('not_changeable_here', `${owned.join(', ')} of a Healthie appointment cannot be changed here: book a new appointment, or change it in Healthie`);
  }
  const cancel = change.status === 'cancelled';
  if (change.status !== undefined && !cancel) {
    throw unprocessable('status_not_pushed', 'Only a cancellation is sent to Healthie: record a visit as occurred or missed in Healthie');
  }
  if (cancel && Object.keys(change).length > 1) throw badRequest('A cancellation is sent on its own: send status alone');
  const [stored] = await tx
    .select()
    .from(calendarEvents)
    .where(and(eq(calendarEvents.id, input.eventId), eq(calendarEvents.calendarId, calendar.id), eq(calendarEvents.workspaceId, workspaceId)));
  if (!stored) throw notFound('Event');
  if (stored.externalSource !== HEALTHIE_SOURCE || stored.externalScope !== link.providerId) {
    throw conflict("This event is not an appointment of the calendar's Healthie provider", 'not_a_provider_appointment');
  }
  if (stored.status === 'cancelled') throw conflict('This appointment is cancelled: book a new one instead', 'event_cancelled');
  if (change.contactType && stored.eventTypeId) checkContactType(await eventTypeOf(tx, calendar.id, stored.eventTypeId), change.contactType, change.locationId);
  return { stored, link, settings, cancel };
}

/**
 * A move, change or cancellation of a Healthie appointment on a calendar that pushes: the event
 * changes at once (pending) and Healthie is sent the change from the outbox. A cancellation marks the
 * appointment Cancelled in Healthie or deletes it, as the calendar's settings say.
 */
export async function changeAppointment(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; calendar: Calendar; eventId: string; change: AppointmentChange },
): Promise<ListedEvent> {
  const { calendar, change, workspaceId } = input;
  const event = await ctx.database.db.transaction(async (tx) => {
    const { stored, settings, cancel } = await resolveChange(tx, { workspaceId, calendar, eventId: input.eventId, change });
    const startsAt = change.startsAt ?? stored.startsAt;
    const changes: PushChanges = {
      ...(change.startsAt ? { startsAt: change.startsAt.toISOString() } : {}),
      ...(change.contactType ? { contactType: change.contactType } : {}),
      ...(change.locationId ? { locationId: change.locationId } : {}),
      ...(change.notes !== undefined ? { notes: change.notes } : {}),
    };
    const operation = cancel ? (settings.cancelAs === 'deleted' ? 'delete' : 'cancel') : 'update';
    const pending = await queueChange(tx, stored, operation, changes);
    await tx
      .update(calendarEvents)
      .set({
        startsAt,
        endsAt: new Date(startsAt.getTime() + stored.durationMinutes * 60_000),
        ...(cancel ? { status: 'cancelled' as const } : {}),
        ...(change.contactType ? { contactType: change.contactType } : {}),
        ...(change.notes !== undefined ? { notes: change.notes } : {}),
        pushState: pending ? 'pending' : null,
        pushError: null,
        pushErrorCode: null,
        pushUpdatedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(calendarEvents.id, stored.id));
    await recordAudit(tx, {
      workspaceId,
      actor: input.actor,
      action: cancel ? 'calendar_event.cancelled' : 'calendar_event.changed',
      target: { type: 'calendar_event', id: stored.id },
      details: { calendarId: calendar.id, fields: Object.keys(change), ...(cancel ? { cancelAs: settings.cancelAs } : {}) },
    });
    return getListedEvent(tx, workspaceId, stored.id);
  });
  await dispatchPush(ctx, { workspaceId, eventId: event.event.id });
  return event;
}
