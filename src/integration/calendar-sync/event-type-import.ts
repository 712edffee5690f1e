import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEventTypes } from '../../db/schema.ts';
import type { HealthieAppointmentType } from '../../healthie/client.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';

const DEFAULT_MINUTES = 30;

/**
 * Healthie appointment types as the calendar's event types, upserted by Healthie id (name,
 * duration and contact types kept current). Returns Healthie type id -> event type id, for every type the calendar has.
 */
export async function importEventTypes(
  tx: Tx,
  target: { workspaceId: string; calendarId: string },
  types: HealthieAppointmentType[],
): Promise<Map<string, string>> {
  const byHealthieId = new Map((await healthieTypesOf(tx, target.calendarId)).map((t) => [t.externalId!, t]));
  const now = new Date();
  for (const type of types) {
    const durationMinutes = type.durationMinutes ?? DEFAULT_MINUTES;
    const stored = byHealthieId.get(type.id);
    if (!stored) {
      const [created] = await tx
        .insert(calendarEventTypes)
        .values({ ...target, name: type.name, durationMinutes, contactTypes: type.contactTypes, externalSource: HEALTHIE_SOURCE, externalId: type.id })
        .returning();
      byHealthieId.set(type.id, created!);
    } else if (stored.name !== type.name || stored.durationMinutes !== durationMinutes || stored.contactTypes.join('\n') !== type.contactTypes.join('\n')) {
      await tx
        .update(calendarEventTypes)
        .set({ name: type.name, durationMinutes, contactTypes: type.contactTypes, updatedAt: now })
        .where(eq(calendarEventTypes.id, stored.id));
    }
  }
  return new Map([...byHealthieId].map(([healthieId, type]) => [healthieId, type.id]));
}

/** The calendar's event types imported from Healthie: Healthie type id -> event type id. */
export async function healthieEventTypes(tx: Tx, calendarId: string): Promise<Map<string, string>> {
  return new Map((await healthieTypesOf(tx, calendarId)).map((t) => [t.externalId!, t.id]));
}

function healthieTypesOf(tx: Tx, calendarId: string) {
  return tx
    .select()
    .from(calendarEventTypes)
    .where(and(eq(calendarEventTypes.calendarId, calendarId), eq(calendarEventTypes.externalSource, HEALTHIE_SOURCE)));
}
