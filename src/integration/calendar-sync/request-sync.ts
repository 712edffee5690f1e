import type { SyncKind } from '../../db/schema.ts';
import type { IntegrationContext } from '../context.ts';
import { and, eq } from 'drizzle-orm';
import { calendarSyncRuns } from '../../db/schema.ts';
import { getCalendar } from '../../workspace/calendars.ts';
import { requireHealthieLink } from './linked-calendar.ts';
import { enqueueRun, getRun, type SyncMode, type SyncRun } from './sync-runs.ts';

export const SYNC_RUN_JOB = 'calendar-sync.run';

/**
 * Queues a sync of a linked calendar for a worker. While one is queued or running, that one is
 * returned instead (joined), so clicking Sync Now twice never runs two.
 */
export async function requestSync(
  ctx: IntegrationContext,
  input: { workspaceId: string; calendarId: string; kind: SyncKind; mode: SyncMode },
): Promise<{ run: SyncRun; joined: boolean }> {
  const queued = await enqueueRun(ctx.database.db, { ...input, staleAfterMs: ctx.sync.staleAfterMs });
  return queued.joined ? queued : { run: await dispatchRun(ctx, queued.run), joined: false };
}

/** Sync Now: a full re-read of a linked calendar, or the run already queued or running (joined). */
export async function syncNow(ctx: IntegrationContext, input: { workspaceId: string; calendarId: string }): Promise<{ run: SyncRun; joined: boolean }> {
  const calendar = await getCalendar(ctx.database.db, input.workspaceId, input.calendarId);
  requireHealthieLink(calendar);
  return requestSync(ctx, { workspaceId: input.workspaceId, calendarId: calendar.id, kind: 'manual', mode: 'full' });
}

/** Hands a queued run to the job workers; a run that cannot be handed over is closed as failed, not left queued. */
export async function dispatchRun(ctx: IntegrationContext, run: SyncRun): Promise<SyncRun> {
  let sent: string | null = null;
  try {
    sent = await ctx.jobs.send(SYNC_RUN_JOB, { runId: run.id });
  } catch (error) {
    ctx.logger.error({ runId: run.id, err: { type: (error as Error).name } }, 'sync could not be queued');
  }
  if (sent) {
    // This process starts the run at once when it works jobs; others take it at their next poll.
    ctx.jobs.nudge?.(SYNC_RUN_JOB);
    return run;
  }
  await ctx.database.db
    .update(calendarSyncRuns)
    .set({ status: 'failed', errorCode: 'sync_not_queued', error: 'The sync could not be queued; click Sync Now to try again', finishedAt: new Date() })
    .where(and(eq(calendarSyncRuns.id, run.id), eq(calendarSyncRuns.status, 'queued')));
  return (await getRun(ctx.database.db, run.id)) ?? run;
}
