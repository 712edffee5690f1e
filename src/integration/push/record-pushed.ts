import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEvents, healthiePushOutbox } from '../../db/schema.ts';
import type { ChangedAppointment } from '../../healthie/appointment-changes.ts';
import { readHealthieDateTime } from '../../healthie/datetime.ts';
import { toEventFields } from '../calendar-sync/appointment-event.ts';
import { upsertEvents } from '../calendar-sync/apply-events.ts';
import { eventReferences } from '../calendar-sync/event-references.ts';
import { healthieEventTypes } from '../calendar-sync/event-type-import.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { rowsAfter, settleRow, type OutboxRow } from './push-outbox.ts';

/**
 * Healthie took the row's change: the event takes the appointment as Healthie answered it (its id,
 * fields and version, which is then known as our own when it comes back). Changes made here since,
 * still to be sent, are kept on the event and now rest on that version. `appointment` is null for a delete.
 */
export async function recordPushed(tx: Tx, row: OutboxRow, appointment: ChangedAppointment | null): Promise<void> {
  await settleRow(tx, row, { state: 'pushed', errorCode: null, ambiguous: false });
  const later = await rowsAfter(tx, row);
  const now = new Date();
  const done = later.length === 0;
  const pushState = done ? ('pushed' as const) : ('pending' as const);
  if (!appointment) {
    await tx.update(calendarEvents).set({ pushState, pushError: null, pushErrorCode: null, pushAttempts: row.attempts, pushUpdatedAt: now }).where(eq(calendarEvents.id, row.eventId));
    return;
  }
  const version = readHealthieDateTime(appointment.updated_at);
  // A copy a sync made before the appointment was known as ours (its metadata unread) gives way.
  await tx
    .delete(calendarEvents)
    .where(and(eq(calendarEvents.calendarId, row.calendarId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), eq(calendarEvents.externalId, appointment.id), ne(calendarEvents.id, row.eventId)));
  await tx.update(calendarEvents).set({ externalId: appointment.id, pushedVersion: version }).where(eq(calendarEvents.id, row.eventId));
  if (done) {
    const refs = await eventReferences(tx, row.workspaceId, await healthieEventTypes(tx, row.calendarId), [appointment]);
    const fields = toEventFields(appointment, refs);
    if (fields) await upsertEvents(tx, { workspaceId: row.workspaceId, calendarId: row.calendarId }, [fields]);
  } else if (version) {
    await tx
      .update(healthiePushOutbox)
      .set({ baseVersion: version })
      .where(inArray(healthiePushOutbox.id, later.map((r) => r.id)));
  }
  await tx
    .update(calendarEvents)
    .set({
      notes: appointment.notes,
      pushState,
      pushError: null,
      pushErrorCode: null,
      pushAttempts: row.attempts,
      pushUpdatedAt: now,
      ...(done ? {} : { externalUpdatedAt: sql`greatest(${calendarEvents.externalUpdatedAt}, ${version?.toISOString() ?? null}::timestamptz)` }),
    })
    .where(eq(calendarEvents.id, row.eventId));
}
