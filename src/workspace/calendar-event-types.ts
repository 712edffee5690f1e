import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { calendarEventTypes } from '../db/schema.ts';
import { conflict } from '../platform/errors.ts';
import { getCalendar, INTERNAL_SOURCE } from './calendars.ts';

export type CalendarEventType = typeof calendarEventTypes.$inferSelect;

export async function listEventTypes(tx: Tx, workspaceId: string, calendarId?: string): Promise<CalendarEventType[]> {
  return tx
    .select()
    .from(calendarEventTypes)
    .where(
      and(
        eq(calendarEventTypes.workspaceId, workspaceId),
        calendarId ? eq(calendarEventTypes.calendarId, calendarId) : undefined,
      ),
    )
    .orderBy(asc(calendarEventTypes.name));
}

/** An event type of an internal calendar; a linked calendar's types are its source's. */
export async function createEventType(
  tx: Tx,
  input: { workspaceId: string; calendarId: string; name: string; durationMinutes: number },
): Promise<CalendarEventType> {
  const calendar = await getCalendar(tx, input.workspaceId, input.calendarId);
  if (calendar.source !== INTERNAL_SOURCE) throw conflict(`This calendar's event types come from ${calendar.source}`, 'calendar_linked');
  const [eventType] = await tx.insert(calendarEventTypes).values(input).returning();
  return eventType!;
}
