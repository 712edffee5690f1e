import { and, eq } from 'drizzle-orm';
import { calendarEvents, calendars } from '../../db/schema.ts';
import { readHealthieDateTime } from '../../healthie/datetime.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { toEventFields } from './appointment-event.ts';
import { applyEvents, cancelEvents, type ApplyCounts } from './apply-events.ts';
import { eventReferences } from './event-references.ts';
import { healthieEventTypes } from './event-type-import.ts';
import { calendarOfProvider } from './linked-calendar.ts';

export type AppointmentOutcome = keyof ApplyCounts | 'ignored';

/**
 * Brings one appointment up to date as Healthie has it now, the path webhooks take: onto the
 * calendar linked to its provider (through the same apply as every sync), and off any other linked
 * calendar it was on (deleted, or moved to a provider whose calendar is not linked), in one
 * transaction. Ordered by Healthie's updated_at like every path: a late or repeated delivery that
 * reads an older version changes nothing.
 */
export async function syncAppointment(
  ctx: IntegrationContext,
  input: { workspaceId: string; appointmentId: string },
): Promise<{ calendarId: string | null; outcome: AppointmentOutcome }> {
  const { db } = ctx.database;
  const { client } = await clientForWorkspace(ctx, input.workspaceId);
  const appointment = await client.appointment(input.appointmentId);
  const live = appointment && !appointment.deleted_at ? appointment : null;
  const target = live?.provider ? await calendarOfProvider(db, input.workspaceId, live.provider.id) : undefined;

  const elsewhere = await db
    .select({ calendarId: calendarEvents.calendarId })
    .from(calendarEvents)
    .innerJoin(calendars, eq(calendars.id, calendarEvents.calendarId))
    .where(
      and(
        eq(calendarEvents.workspaceId, input.workspaceId),
        eq(calendarEvents.externalSource, HEALTHIE_SOURCE),
        eq(calendarEvents.externalId, input.appointmentId),
        eq(calendars.source, HEALTHIE_SOURCE),
      ),
    );
  // The version Healthie has now decides, on every calendar at once: off the others, onto its own.
  const asOf = readHealthieDateTime(appointment?.deleted_at) ?? readHealthieDateTime(appointment?.updated_at);
  const refs = live && target ? await eventReferences(db, input.workspaceId, await healthieEventTypes(db, target.id), [live]) : null;
  const event = live && refs ? toEventFields(live, refs) : null;
  return db.transaction(async (tx) => {
    let cancelled = 0;
    for (const { calendarId } of elsewhere.filter((e) => e.calendarId !== target?.id)) {
      cancelled += await cancelEvents(tx, calendarId, [input.appointmentId], asOf);
    }
    if (!target || !event) return { calendarId: target && live ? target.id : null, outcome: cancelled > 0 ? ('cancelled' as const) : ('ignored' as const) };
    const counts = await applyEvents(tx, { workspaceId: input.workspaceId, calendarId: target.id }, [event]);
    const outcome = (Object.keys(counts) as Array<keyof ApplyCounts>).find((k) => counts[k] > 0) ?? 'unchanged';
    return { calendarId: target.id, outcome };
  });
}
