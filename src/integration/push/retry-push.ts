import { and, eq } from 'drizzle-orm';
import { calendarEvents } from '../../db/schema.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { getListedEvent, type ListedEvent } from '../../workspace/calendar-events.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import type { IntegrationContext } from '../context.ts';
import { dispatchPush } from './push-jobs.ts';
import { retryFailed } from './push-outbox.ts';
import { requirePushing } from './pushing-calendar.ts';

/** Retry: a change Healthie refused or that ran out of attempts is sent again, now. */
export async function retryPush(ctx: IntegrationContext, input: { workspaceId: string; actor: Actor; calendar: Calendar; eventId: string }): Promise<ListedEvent> {
  requirePushing(input.calendar);
  const event = await ctx.database.db.transaction(async (tx) => {
    const [stored] = await tx
      .select({ id: calendarEvents.id })
      .from(calendarEvents)
      .where(and(eq(calendarEvents.id, input.eventId), eq(calendarEvents.calendarId, input.calendar.id), eq(calendarEvents.workspaceId, input.workspaceId)));
    if (!stored) throw notFound('Event');
    if (!(await retryFailed(tx, stored.id))) throw conflict('Nothing failed to send for this event', 'push_not_failed');
    await recordAudit(tx, { workspaceId: input.workspaceId, actor: input.actor, action: 'calendar_event.push_retried', target: { type: 'calendar_event', id: stored.id }, details: { calendarId: input.calendar.id } });
    return getListedEvent(tx, input.workspaceId, stored.id);
  });
  await dispatchPush(ctx, { workspaceId: input.workspaceId, eventId: event.event.id });
  return event;
}
