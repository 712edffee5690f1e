import { z } from 'zod';
import { eventStatuses } from '../db/schema.ts';
import { badRequest } from '../platform/errors.ts';
import type { Actor } from '../workspace/audit.ts';
import { createEvent, updateEvent, type ListedEvent } from '../workspace/calendar-events.ts';
import { getCalendar, INTERNAL_SOURCE } from '../workspace/calendars.ts';
import { featureDisabled, getWorkspace, hasFeature } from '../workspace/workspaces.ts';
import type { IntegrationContext } from './context.ts';
import { bookAppointment } from './push/book-appointment.ts';
import { changeAppointment } from './push/change-appointment.ts';

export const isoDate = z.iso.datetime({ offset: true, message: 'use an ISO 8601 date-time such as 2026-12-01T10:00:00Z' });

const contactType = z.string().trim().min(1).max(100).describe('How the appointment takes place, one of the appointment type\'s contactTypes ("Phone Call", "In Person", ...).');
const locationId = z.string().trim().regex(/^[\w-]{1,64}$/, 'locationId is a Healthie appointment location id').describe('The Healthie appointment location, for an In Person appointment.');
const notes = z.string().max(5_000);

export const newEventInput = z
  .object({
    title: z.string().trim().min(1).max(300).optional().describe('Internal calendars: required. A Healthie appointment takes its type\'s name.'),
    startsAt: isoDate,
    endsAt: isoDate.optional().describe('Internal calendars: required. A Healthie appointment lasts as long as its type.'),
    status: z.enum(eventStatuses).optional(),
    eventTypeId: z.uuid().nullish(),
    memberId: z.uuid().nullish(),
    contactType: contactType.optional(),
    locationId: locationId.optional(),
    notes: notes.optional(),
  })
  .strict();

export const eventChangeInput = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    startsAt: isoDate.optional(),
    endsAt: isoDate.optional(),
    status: z.enum(eventStatuses).optional(),
    eventTypeId: z.uuid().nullish(),
    memberId: z.uuid().nullish(),
    contactType: contactType.optional(),
    locationId: locationId.optional(),
    notes: notes.nullable().optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((v) => v !== undefined), { message: 'name at least one field to change' });

async function requireHealthieFeature(ctx: IntegrationContext, workspaceId: string): Promise<void> {
  if (!hasFeature(await getWorkspace(ctx.database.db, workspaceId), 'ehr_healthie')) throw featureDisabled('ehr_healthie');
}

const at = (value: string | undefined) => (value === undefined ? undefined : new Date(value));
const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * A new event: on an internal calendar, as given; on a linked calendar, a booking that goes to
 * Healthie (only with push on: otherwise the calendar is Healthie's and read-only).
 */
export async function createCalendarEvent(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; calendarId: string; event: z.infer<typeof newEventInput> },
): Promise<ListedEvent> {
  const calendar = await getCalendar(ctx.database.db, input.workspaceId, input.calendarId);
  const { event } = input;
  if (calendar.source !== INTERNAL_SOURCE) {
    await requireHealthieFeature(ctx, input.workspaceId);
    return bookAppointment(ctx, { workspaceId: input.workspaceId, actor: input.actor, calendar, booking: defined({ ...event, startsAt: new Date(event.startsAt) }) });
  }
  if (!event.title) throw badRequest('title is required');
  if (!event.endsAt) throw badRequest('endsAt is required');
  if (event.contactType || event.locationId) throw badRequest('contactType and locationId are for Healthie appointments');
  const { startsAt, endsAt, contactType: _c, locationId: _l, ...rest } = event;
  return createEvent(ctx.database.db, { ...defined(rest), title: event.title, workspaceId: input.workspaceId, calendarId: calendar.id, startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
}

/** A change to an event, changing only what it names: on a linked calendar it goes to Healthie as a move, change or cancellation. */
export async function changeCalendarEvent(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; calendarId: string; eventId: string; change: z.infer<typeof eventChangeInput> },
): Promise<ListedEvent> {
  const calendar = await getCalendar(ctx.database.db, input.workspaceId, input.calendarId);
  const { startsAt, endsAt, ...rest } = input.change;
  const change = defined({ ...rest, startsAt: at(startsAt), endsAt: at(endsAt) });
  if (calendar.source !== INTERNAL_SOURCE) {
    await requireHealthieFeature(ctx, input.workspaceId);
    return changeAppointment(ctx, { workspaceId: input.workspaceId, actor: input.actor, calendar, eventId: input.eventId, change });
  }
  if (change.contactType || change.locationId) throw badRequest('contactType and locationId are for Healthie appointments');
  return updateEvent(ctx.database.db, { workspaceId: input.workspaceId, calendarId: calendar.id, eventId: input.eventId }, change);
}
