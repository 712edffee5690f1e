import { and, eq } from 'drizzle-orm';
import { calendars, calendarSyncStates } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getCalendar, INTERNAL_SOURCE, type Calendar } from '../../workspace/calendars.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { findProvider } from '../directory/providers.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { importEventTypes } from './event-type-import.ts';
import { calendarOfProvider, type HealthieLinkSettings } from './linked-calendar.ts';
import { followLinkedCalendars } from '../webhooks/webhook-lifecycle.ts';
import { dispatchRun } from './request-sync.ts';
import { enqueueRun, type SyncRun } from './sync-runs.ts';

/**
 * Link & Sync: an internal calendar takes one Healthie provider, imports the provider's
 * appointment types as event types, and queues the initial sync of every future appointment.
 */
export async function linkCalendar(
  ctx: IntegrationContext,
  input: { workspaceId: string; calendarId: string; providerId: string; actor: Actor },
): Promise<{ calendar: Calendar; run: SyncRun }> {
  const { db } = ctx.database;
  const calendar = await getCalendar(db, input.workspaceId, input.calendarId);
  if (calendar.source !== INTERNAL_SOURCE) {
    throw new AppError(409, 'calendar_already_linked', `This calendar is already linked to ${calendar.source}; unlink it first`);
  }
  const taken = await calendarOfProvider(db, input.workspaceId, input.providerId);
  if (taken) throw new AppError(409, 'provider_already_linked', `That provider is already linked to the calendar "${taken.name}"`);

  const provider = await findProvider(ctx, input.workspaceId, input.providerId);
  const { client } = await clientForWorkspace(ctx, input.workspaceId);
  const types = await client.appointmentTypes(provider.id);

  const { linked, run } = await db.transaction(async (tx) => {
    const settings: HealthieLinkSettings = { providerId: provider.id, providerName: provider.name, linkedAt: new Date().toISOString() };
    const [updated] = await tx
      .update(calendars)
      .set({ source: HEALTHIE_SOURCE, sourceSettings: { ...settings }, updatedAt: new Date() })
      .where(and(eq(calendars.id, calendar.id), eq(calendars.source, INTERNAL_SOURCE)))
      .returning();
    if (!updated) throw new AppError(409, 'calendar_already_linked', 'This calendar was linked by someone else meanwhile');
    await tx.delete(calendarSyncStates).where(eq(calendarSyncStates.calendarId, calendar.id));
    await importEventTypes(tx, { workspaceId: input.workspaceId, calendarId: calendar.id }, types);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'calendar.healthie_linked',
      target: { type: 'calendar', id: calendar.id },
      details: { providerId: provider.id },
    });
    // The initial run is queued with the link, so a linked calendar never lacks one.
    const queued = await enqueueRun(tx, { workspaceId: input.workspaceId, calendarId: calendar.id, kind: 'initial', mode: 'full', staleAfterMs: ctx.sync.staleAfterMs });
    return { linked: updated, run: queued.run };
  });
  const dispatched = await dispatchRun(ctx, run);
  await followLinkedCalendars(ctx, input.workspaceId);
  return { calendar: linked, run: dispatched };
}
