import { and, eq } from 'drizzle-orm';
import { calendars, calendarSyncStates } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getCalendar, INTERNAL_SOURCE, type Calendar } from '../../workspace/calendars.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { followLinkedCalendars } from '../webhooks/webhook-lifecycle.ts';
import { endActiveRuns } from './sync-runs.ts';

export const UNLINKED_MESSAGE = 'The calendar was unlinked from Healthie; the sync stopped';

/**
 * The calendar reverts to internal. Its events and event types stay (with their Healthie ids,
 * for the record) and are no longer updated; a sync in progress stops within a second.
 */
export async function unlinkCalendar(
  ctx: IntegrationContext,
  input: { workspaceId: string; calendarId: string; actor: Actor },
): Promise<Calendar> {
  const { db } = ctx.database;
  await getCalendar(db, input.workspaceId, input.calendarId);
  const unlinked = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(calendars)
      .set({ source: INTERNAL_SOURCE, sourceSettings: {}, updatedAt: new Date() })
      .where(and(eq(calendars.id, input.calendarId), eq(calendars.source, HEALTHIE_SOURCE)))
      .returning();
    if (!updated) throw new AppError(409, 'calendar_not_linked', 'This calendar is not linked to Healthie');
    await tx.delete(calendarSyncStates).where(eq(calendarSyncStates.calendarId, input.calendarId));
    await endActiveRuns(tx, input.calendarId, UNLINKED_MESSAGE);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'calendar.healthie_unlinked',
      target: { type: 'calendar', id: input.calendarId },
    });
    return updated;
  });
  // The last linked calendar takes the webhook along.
  await followLinkedCalendars(ctx, input.workspaceId);
  return unlinked;
}
