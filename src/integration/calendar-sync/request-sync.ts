import type { SyncKind } from '../../db/schema.ts';
import type { IntegrationContext } from '../context.ts';
import { enqueueRun, finishRun, type SyncMode, type SyncRun } from './sync-runs.ts';

export const SYNC_RUN_JOB = 'calendar-sync.run';

/**
 * Queues a sync of a linked calendar for a worker. While one is queued or running, that one is
 * returned instead (joined), so clicking Sync Now twice never runs two.
 */
export async function requestSync(
  ctx: IntegrationContext,
  input: { workspaceId: string; calendarId: string; kind: SyncKind; mode: SyncMode },
): Promise<{ run: SyncRun; joined: boolean }> {
  const { db } = ctx.database;
  const queued = await enqueueRun(db, { ...input, staleAfterMs: ctx.sync.staleAfterMs });
  if (queued.joined) return queued;
  try {
    await ctx.jobs.send(SYNC_RUN_JOB, { runId: queued.run.id });
  } catch (error) {
    await db.transaction((tx) =>
      finishRun(tx, queued.run.id, { status: 'failed', counts: queued.run.counts, requests: 0, error: 'The sync could not be queued; try again' }),
    );
    throw error;
  }
  return queued;
}
