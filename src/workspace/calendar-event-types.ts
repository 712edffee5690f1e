import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { calendarEventTypes } from '../db/schema.ts';

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

export async function createEventType(
  tx: Tx,
  input: { workspaceId: string; calendarId: string; name: string; durationMinutes: number },
): Promise<CalendarEventType> {
  const [eventType] = await tx.insert(calendarEventTypes).values(input).returning();
  return eventType!;
}
