import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { calendarEvents, healthiePushOutbox, type PushChanges, type PushOperation } from '../../db/schema.ts';

export type OutboxRow = typeof healthiePushOutbox.$inferSelect;

/** Rows still to be sent, or held back by a failure a coordinator has to look at. */
export const OPEN_STATES = ['pending', 'sending', 'failed'] as const;

/** A calendar's open rows by event, oldest first: what the sync and webhooks must not write over. */
export type OpenPushes = ReadonlyMap<string, ReadonlyArray<Pick<OutboxRow, 'state' | 'baseVersion'>>>;

/** How long a claimed row is ours: longer than the longest Healthie request (retries included) and its recording. */
export const LEASE_MS = 2 * 60_000;

/**
 * Writes a change of the event to the outbox, in the caller's transaction. A change joins the
 * newest open row of the event when that row is not being sent and the two make one request (a
 * create or an update, then an update); a failed row it joins is sent again. A cancellation of a
 * booking Healthie never received drops the booking instead: there is nothing to cancel. Answers
 * whether anything is left to send.
 */
export async function queueChange(
  tx: Tx,
  event: { id: string; workspaceId: string; calendarId: string; externalUpdatedAt: Date | null },
  operation: PushOperation,
  changes: PushChanges,
): Promise<boolean> {
  const [newest] = await tx
    .select()
    .from(healthiePushOutbox)
    .where(and(eq(healthiePushOutbox.eventId, event.id), inArray(healthiePushOutbox.state, [...OPEN_STATES])))
    .orderBy(sql`${healthiePushOutbox.seq} desc`)
    .limit(1);
  const waiting = newest && newest.state !== 'sending';
  if (waiting && operation === 'update' && (newest.operation === 'create' || newest.operation === 'update')) {
    const joined = await tx
      .update(healthiePushOutbox)
      .set({ changes: { ...newest.changes, ...changes }, state: 'pending', nextAttemptAt: sql`now()`, errorCode: null, updatedAt: new Date() })
      .where(and(eq(healthiePushOutbox.id, newest.id), inArray(healthiePushOutbox.state, ['pending', 'failed'])))
      .returning({ id: healthiePushOutbox.id });
    if (joined.length > 0) return true;
  }
  if (waiting && operation !== 'update' && newest.operation === 'create' && newest.attempts === 0 && !newest.ambiguous) {
    const dropped = await tx
      .update(healthiePushOutbox)
      .set({ state: 'superseded', updatedAt: new Date() })
      .where(and(eq(healthiePushOutbox.id, newest.id), eq(healthiePushOutbox.state, 'pending'), eq(healthiePushOutbox.attempts, 0)))
      .returning({ id: healthiePushOutbox.id });
    if (dropped.length > 0) return false;
  }
  await tx.insert(healthiePushOutbox).values({
    workspaceId: event.workspaceId,
    calendarId: event.calendarId,
    eventId: event.id,
    operation,
    changes,
    baseVersion: event.externalUpdatedAt,
  });
  return true;
}

/**
 * Takes the event's next row to send, if it is due and no other worker holds one of the event's
 * rows: an event's changes reach Healthie one at a time, in the order they were made. A failed row
 * holds back those after it until it is retried.
 */
export async function claimNext(db: Db, eventId: string): Promise<OutboxRow | null> {
  const result = await db.execute(sql`
    update healthie_push_outbox as o
       set state = 'sending', attempts = o.attempts + 1, lease_until = now() + ${`${LEASE_MS} milliseconds`}::interval, updated_at = now()
     where o.id = (select first.id from healthie_push_outbox first
                    where first.event_id = ${eventId} and first.state in ('pending', 'sending', 'failed')
                    order by first.seq limit 1)
       and o.state = 'pending' and o.next_attempt_at <= now()
    returning o.id`);
  const id = (result as unknown as { rows: Array<{ id: string }> }).rows[0]?.id;
  if (!id) return null;
  const [row] = await db.select().from(healthiePushOutbox).where(eq(healthiePushOutbox.id, id));
  return row ?? null;
}

/** Ends a claim, if the row is still ours (a conflict may have superseded it meanwhile). */
export async function settleRow(
  tx: Tx,
  row: OutboxRow,
  change: Partial<Pick<OutboxRow, 'state' | 'nextAttemptAt' | 'ambiguous' | 'errorCode'>>,
): Promise<boolean> {
  const settled = await tx
    .update(healthiePushOutbox)
    .set({ ...change, leaseUntil: null, updatedAt: new Date() })
    .where(and(eq(healthiePushOutbox.id, row.id), eq(healthiePushOutbox.state, 'sending')))
    .returning({ id: healthiePushOutbox.id });
  return settled.length > 0;
}

/** The event's open rows after `row`, oldest first. */
export function rowsAfter(tx: Tx, row: Pick<OutboxRow, 'eventId' | 'seq'>) {
  return tx
    .select()
    .from(healthiePushOutbox)
    .where(and(eq(healthiePushOutbox.eventId, row.eventId), gt(healthiePushOutbox.seq, row.seq), inArray(healthiePushOutbox.state, [...OPEN_STATES])))
    .orderBy(asc(healthiePushOutbox.seq));
}

/** Drops the event's open rows that are not being sent: a change in Healthie won over them. */
export async function supersedeOpenRows(tx: Tx, eventId: string): Promise<number> {
  const rows = await tx
    .update(healthiePushOutbox)
    .set({ state: 'superseded', updatedAt: new Date() })
    .where(and(eq(healthiePushOutbox.eventId, eventId), inArray(healthiePushOutbox.state, ['pending', 'failed'])))
    .returning({ id: healthiePushOutbox.id });
  return rows.length;
}

/** A failed row of the event goes back to be sent now. */
export async function retryFailed(tx: Tx, eventId: string): Promise<boolean> {
  const rows = await tx
    .update(healthiePushOutbox)
    .set({ state: 'pending', nextAttemptAt: sql`now()`, errorCode: null, updatedAt: new Date() })
    .where(and(eq(healthiePushOutbox.eventId, eventId), eq(healthiePushOutbox.state, 'failed')))
    .returning({ id: healthiePushOutbox.id });
  if (rows.length === 0) return false;
  await tx.update(calendarEvents).set({ pushState: 'pending', pushUpdatedAt: new Date() }).where(eq(calendarEvents.id, eventId));
  return true;
}
