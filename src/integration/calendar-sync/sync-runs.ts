import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { calendarSyncRuns, type SyncCounts, type SyncKind } from '../../db/schema.ts';

export type SyncRun = typeof calendarSyncRuns.$inferSelect;
export type SyncMode = SyncRun['mode'];

export const ABANDONED_MESSAGE = 'The sync stopped without finishing (its worker went away); the next run starts over.';

export function syncRunDto(run: SyncRun) {
  return {
    id: run.id,
    calendarId: run.calendarId,
    kind: run.kind,
    mode: run.mode,
    status: run.status,
    queuedAt: run.queuedAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    counts: run.counts,
    progress: { fetched: run.counts.fetched, expected: run.expectedTotal },
    requests: run.requests,
    errorCode: run.errorCode,
    error: run.error,
  };
}

/**
 * Queues a run unless one is already queued or running for the calendar (a unique index keeps it
 * to one across processes): then that one is returned, so a second Sync Now joins it. An active run
 * whose heartbeat stopped is closed as abandoned first.
 */
export async function enqueueRun(
  db: Tx,
  input: { workspaceId: string; calendarId: string; kind: SyncKind; mode: SyncMode; staleAfterMs: number },
): Promise<{ run: SyncRun; joined: boolean }> {
  await closeAbandonedRuns(db, input.calendarId, input.staleAfterMs);
  const [created] = await db
    .insert(calendarSyncRuns)
    .values({ workspaceId: input.workspaceId, calendarId: input.calendarId, kind: input.kind, mode: input.mode, status: 'queued' })
    .onConflictDoNothing()
    .returning();
  if (created) return { run: created, joined: false };
  const [active] = await db
    .select()
    .from(calendarSyncRuns)
    .where(and(eq(calendarSyncRuns.calendarId, input.calendarId), inArray(calendarSyncRuns.status, ['queued', 'running'])));
  if (active) return { run: active, joined: true };
  return enqueueRun(db, input);
}

/** A queued run no worker took in this long lost its job (a crash between queueing and sending). */
const queuedStaleMs = (staleAfterMs: number) => Math.max(10 * 60_000, 5 * staleAfterMs);

async function closeAbandonedRuns(db: Tx, calendarId: string, staleAfterMs: number): Promise<void> {
  const now = Date.now();
  await db
    .update(calendarSyncRuns)
    .set({ status: 'failed', errorCode: 'sync_abandoned', error: ABANDONED_MESSAGE, finishedAt: new Date() })
    .where(
      and(
        eq(calendarSyncRuns.calendarId, calendarId),
        or(
          and(eq(calendarSyncRuns.status, 'running'), lt(calendarSyncRuns.heartbeatAt, new Date(now - staleAfterMs))),
          and(eq(calendarSyncRuns.status, 'queued'), lt(calendarSyncRuns.queuedAt, new Date(now - queuedStaleMs(staleAfterMs)))),
        ),
      ),
    );
}

/** Ends every queued or running run of a calendar (it was unlinked): a running one stops at its next check. */
export async function endActiveRuns(tx: Tx, calendarId: string, reason: string): Promise<void> {
  await tx
    .update(calendarSyncRuns)
    .set({ status: 'failed', errorCode: 'sync_stopped', error: reason, finishedAt: new Date() })
    .where(and(eq(calendarSyncRuns.calendarId, calendarId), inArray(calendarSyncRuns.status, ['queued', 'running'])));
}

/**
 * Takes a queued run, or a running one whose worker stopped beating (its job came back after the
 * worker died). Null when another worker has it or it is over.
 */
export async function claimRun(db: Db, runId: string, staleAfterMs: number): Promise<SyncRun | null> {
  const now = new Date();
  const [run] = await db
    .update(calendarSyncRuns)
    .set({ status: 'running', startedAt: sql`coalesce(${calendarSyncRuns.startedAt}, now())`, heartbeatAt: now })
    .where(
      and(
        eq(calendarSyncRuns.id, runId),
        or(
          eq(calendarSyncRuns.status, 'queued'),
          and(eq(calendarSyncRuns.status, 'running'), lt(calendarSyncRuns.heartbeatAt, new Date(now.getTime() - staleAfterMs))),
        ),
      ),
    )
    .returning();
  return run ?? null;
}

/** Reports progress and beats the heart; false when the run is no longer this worker's (closed or taken over). */
export async function recordProgress(
  tx: Tx,
  runId: string,
  progress: { counts: SyncCounts; requests: number; expectedTotal: number | null },
): Promise<boolean> {
  const updated = await tx
    .update(calendarSyncRuns)
    .set({ ...progress, heartbeatAt: new Date() })
    .where(and(eq(calendarSyncRuns.id, runId), eq(calendarSyncRuns.status, 'running')))
    .returning({ id: calendarSyncRuns.id });
  return updated.length > 0;
}

export async function finishRun(
  tx: Tx,
  runId: string,
  outcome: { status: 'succeeded' | 'failed'; counts: SyncCounts; requests: number; errorCode: string | null; error: string | null },
): Promise<SyncRun | null> {
  const [run] = await tx
    .update(calendarSyncRuns)
    .set({ ...outcome, finishedAt: new Date() })
    .where(and(eq(calendarSyncRuns.id, runId), eq(calendarSyncRuns.status, 'running')))
    .returning();
  return run ?? null;
}

export async function listRuns(db: Db, workspaceId: string, calendarId: string, limit: number): Promise<SyncRun[]> {
  return db
    .select()
    .from(calendarSyncRuns)
    .where(and(eq(calendarSyncRuns.workspaceId, workspaceId), eq(calendarSyncRuns.calendarId, calendarId)))
    .orderBy(desc(calendarSyncRuns.queuedAt))
    .limit(limit);
}

export async function getRun(db: Db, runId: string): Promise<SyncRun | undefined> {
  const [run] = await db.select().from(calendarSyncRuns).where(eq(calendarSyncRuns.id, runId));
  return run;
}
