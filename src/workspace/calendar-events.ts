import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { calendarEvents, calendarEventTypes, calendars, members, type EventStatus } from '../db/schema.ts';
import { badRequest } from '../platform/errors.ts';

export type CalendarEvent = typeof calendarEvents.$inferSelect;

/** The longest event a calendar holds. */
export const MAX_EVENT_DAYS = 31;

const startingWithin = (from: Date, to: Date) => and(gte(calendarEvents.startsAt, from), lt(calendarEvents.startsAt, to));

export async function listEvents(
  tx: Tx,
  input: { workspaceId: string; calendarId: string; from: Date; to: Date; limit: number },
): Promise<CalendarEvent[]> {
  return tx
    .select()
    .from(calendarEvents)
    .where(
      and(
        eq(calendarEvents.workspaceId, input.workspaceId),
        eq(calendarEvents.calendarId, input.calendarId),
        startingWithin(input.from, input.to),
      ),
    )
    .orderBy(asc(calendarEvents.startsAt), asc(calendarEvents.id))
    .limit(input.limit);
}

/** A member's events in every calendar of the workspace, with the calendar each is on. */
export async function listMemberEvents(
  tx: Tx,
  input: { workspaceId: string; memberId: string; from: Date; to: Date; limit: number },
): Promise<Array<{ event: CalendarEvent; calendar: { id: string; name: string; timezone: string } }>> {
  return tx
    .select({ event: calendarEvents, calendar: { id: calendars.id, name: calendars.name, timezone: calendars.timezone } })
    .from(calendarEvents)
    .innerJoin(calendars, eq(calendars.id, calendarEvents.calendarId))
    .where(
      and(
        eq(calendarEvents.workspaceId, input.workspaceId),
        eq(calendarEvents.memberId, input.memberId),
        startingWithin(input.from, input.to),
      ),
    )
    .orderBy(asc(calendarEvents.startsAt), asc(calendarEvents.id))
    .limit(input.limit);
}

export interface NewEvent {
  workspaceId: string;
  calendarId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status?: EventStatus;
  eventTypeId?: string | null;
  memberId?: string | null;
}

/** An event of an internal calendar; its references must belong to the same workspace and calendar. */
export async function createEvent(tx: Tx, input: NewEvent): Promise<CalendarEvent> {
  if (input.endsAt <= input.startsAt) throw badRequest('endsAt must be after startsAt');
  if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) {
    throw badRequest(`endsAt must be at most ${MAX_EVENT_DAYS} days after startsAt`);
  }
  if (input.eventTypeId) {
    const [type] = await tx
      .select({ id: calendarEventTypes.id })
      .from(calendarEventTypes)
      .where(and(eq(calendarEventTypes.id, input.eventTypeId), eq(calendarEventTypes.calendarId, input.calendarId)));
    if (!type) throw badRequest('eventTypeId is not an event type of this calendar');
  }
  if (input.memberId) {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, input.memberId), eq(members.workspaceId, input.workspaceId)));
    if (!member) throw badRequest('memberId is not a member of this workspace');
  }
  const [event] = await tx
    .insert(calendarEvents)
    .values({
      ...input,
      durationMinutes: Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000),
    })
    .returning();
  return event!;
}
