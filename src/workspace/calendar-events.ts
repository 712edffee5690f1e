import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { calendarEvents, calendarEventTypes, calendars, members, type EventStatus } from '../db/schema.ts';
import { badRequest, notFound } from '../platform/errors.ts';
import { fullName } from '../platform/full-name.ts';

export type CalendarEvent = typeof calendarEvents.$inferSelect;

/** The longest event a calendar holds. */
export const MAX_EVENT_DAYS = 31;

const startingWithin = (from: Date, to: Date) => and(gte(calendarEvents.startsAt, from), lt(calendarEvents.startsAt, to));

/** An event as the calendars show it: with its calendar, and the member and event type it refers to. */
export interface ListedEvent {
  event: CalendarEvent;
  calendar: { id: string; name: string; timezone: string };
  member: { id: string; name: string } | null;
  eventType: { id: string; name: string } | null;
}

/**
 * Events with what they refer to, in one query. The member is joined within the event's own
 * workspace and the event type within its own calendar: an id pointing anywhere else reads as none.
 */
function selectListedEvents(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      event: calendarEvents,
      calendar: { id: calendars.id, name: calendars.name, timezone: calendars.timezone },
      member: { id: members.id, firstName: members.firstName, lastName: members.lastName },
      eventType: { id: calendarEventTypes.id, name: calendarEventTypes.name },
    })
    .from(calendarEvents)
    .innerJoin(calendars, eq(calendars.id, calendarEvents.calendarId))
    .leftJoin(members, and(eq(members.id, calendarEvents.memberId), eq(members.workspaceId, calendarEvents.workspaceId)))
    .leftJoin(calendarEventTypes, and(eq(calendarEventTypes.id, calendarEvents.eventTypeId), eq(calendarEventTypes.calendarId, calendarEvents.calendarId)))
    .where(where)
    .orderBy(asc(calendarEvents.startsAt), asc(calendarEvents.id));
}

type SelectedRow = Awaited<ReturnType<typeof selectListedEvents>>[number];

const toListed = ({ member, ...row }: SelectedRow): ListedEvent => ({
  ...row,
  member: member && { id: member.id, name: fullName(member.firstName, member.lastName) },
});

interface EventWindow {
  workspaceId: string;
  from: Date;
  to: Date;
  limit: number;
}

async function listStartingWithin(tx: Tx, scope: SQL, input: EventWindow): Promise<ListedEvent[]> {
  const rows = await selectListedEvents(tx, and(eq(calendarEvents.workspaceId, input.workspaceId), scope, startingWithin(input.from, input.to))).limit(input.limit);
  return rows.map(toListed);
}

export const listEvents = (tx: Tx, input: EventWindow & { calendarId: string }) => listStartingWithin(tx, eq(calendarEvents.calendarId, input.calendarId), input);

/** A member's events in every calendar of the workspace. */
export const listMemberEvents = (tx: Tx, input: EventWindow & { memberId: string }) => listStartingWithin(tx, eq(calendarEvents.memberId, input.memberId), input);

export async function getListedEvent(tx: Tx, workspaceId: string, eventId: string): Promise<ListedEvent> {
  const [row] = await selectListedEvents(tx, and(eq(calendarEvents.workspaceId, workspaceId), eq(calendarEvents.id, eventId)));
  if (!row) throw notFound('Event');
  return toListed(row);
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
  notes?: string | null;
}

function checkTimes(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw badRequest('endsAt must be after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * 86_400_000) {
    throw badRequest(`endsAt must be at most ${MAX_EVENT_DAYS} days after startsAt`);
  }
}

/** References an event may hold: an event type of its own calendar, a member of its own workspace. */
async function checkReferences(tx: Tx, target: { workspaceId: string; calendarId: string }, refs: { eventTypeId?: string | null; memberId?: string | null }): Promise<void> {
  if (refs.eventTypeId) {
    const [type] = await tx
      .select({ id: calendarEventTypes.id })
      .from(calendarEventTypes)
      .where(and(eq(calendarEventTypes.id, refs.eventTypeId), eq(calendarEventTypes.calendarId, target.calendarId)));
    if (!type) throw badRequest('eventTypeId is not an event type of this calendar');
  }
  if (refs.memberId) {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.id, refs.memberId), eq(members.workspaceId, target.workspaceId)));
    if (!member) throw badRequest('memberId is not a member of this workspace');
  }
}

const minutesBetween = (startsAt: Date, endsAt: Date) => Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);

/** An event of an internal calendar; its references must belong to the same workspace and calendar. */
export async function createEvent(tx: Tx, input: NewEvent): Promise<ListedEvent> {
  checkTimes(input.startsAt, input.endsAt);
  await checkReferences(tx, input, input);
  const [event] = await tx
    .insert(calendarEvents)
    .values({ ...input, durationMinutes: minutesBetween(input.startsAt, input.endsAt) })
    .returning({ id: calendarEvents.id });
  return getListedEvent(tx, input.workspaceId, event!.id);
}

export type EventChange = Partial<Pick<NewEvent, 'title' | 'startsAt' | 'endsAt' | 'status' | 'eventTypeId' | 'memberId' | 'notes'>>;

/** Changes what is named of an event of an internal calendar; a new start alone moves the event, keeping its length. */
export async function updateEvent(tx: Tx, target: { workspaceId: string; calendarId: string; eventId: string }, change: EventChange): Promise<ListedEvent> {
  const [event] = await tx
    .select()
    .from(calendarEvents)
    .where(and(eq(calendarEvents.id, target.eventId), eq(calendarEvents.calendarId, target.calendarId), eq(calendarEvents.workspaceId, target.workspaceId)));
  if (!event) throw notFound('Event');
  const startsAt = change.startsAt ?? event.startsAt;
  const endsAt = change.endsAt ?? (change.startsAt ? new Date(startsAt.getTime() + event.durationMinutes * 60_000) : event.endsAt);
  checkTimes(startsAt, endsAt);
  await checkReferences(tx, target, change);
  await tx
    .update(calendarEvents)
    .set({ ...change, startsAt, endsAt, durationMinutes: minutesBetween(startsAt, endsAt), updatedAt: new Date() })
    .where(eq(calendarEvents.id, event.id));
  return getListedEvent(tx, target.workspaceId, event.id);
}
