import { and, eq, lte, sql } from 'drizzle-orm';
import { calendarEvents, healthiePushOutbox } from '../../db/schema.ts';
import { HealthieError } from '../../healthie/errors.ts';
import type { HealthieClient } from '../../healthie/client.ts';
import type { JobDefinition } from '../../jobs/job-definitions.ts';
import { AppError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';
import { claimNext, settleRow, type OutboxRow } from './push-outbox.ts';
import { pushErrorWords } from './push-words.ts';
import { sendRow } from './send-push.ts';

export const PUSH_SEND_JOB = 'healthie.push.send';
export const PUSH_SWEEP_JOB = 'healthie.push.sweep';

/** Attempts of one change before it is shown as failed (about 10 minutes of backoff in all). */
export const MAX_PUSH_ATTEMPTS = 8;
const FIRST_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 15 * 60_000;

export const pushBackoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));

/** Hands an event's changes to the workers; should that fail, the sweep finds them within a minute. */
export async function dispatchPush(ctx: IntegrationContext, target: { workspaceId: string; eventId: string }, startAfterSeconds?: number): Promise<void> {
  try {
    await ctx.jobs.send(PUSH_SEND_JOB, target, startAfterSeconds ? { startAfterSeconds } : undefined);
    if (!startAfterSeconds) ctx.jobs.nudge?.(PUSH_SEND_JOB);
  } catch (error) {
    ctx.logger.warn({ eventId: target.eventId, err: { type: (error as Error).name } }, 'push could not be queued; the sweep sends it');
  }
}

/** Sends an event's due changes, one after another, until none is due (or one fails). */
export function pushSendJob(ctx: IntegrationContext): JobDefinition<{ workspaceId: string; eventId: string }> {
  return {
    name: PUSH_SEND_JOB,
    expireInSeconds: 5 * 60,
    concurrency: 4,
    async handler({ workspaceId, eventId }, { logger }) {
      let client: HealthieClient | undefined;
      for (let row = await claimNext(ctx.database.db, eventId); row; row = await claimNext(ctx.database.db, eventId)) {
        try {
          client ??= (await clientForWorkspace(ctx, workspaceId)).client;
          await sendRow(ctx, client, row);
        } catch (error) {
          await settleFailure(ctx, row, error, logger);
          return;
        }
      }
    },
  };
}

/**
 * A failed attempt: Healthie being away (network, 5xx, rate limits) is tried again with backoff, up to
 * MAX_PUSH_ATTEMPTS; a refusal (validation, key, permission, version) waits for a coordinator's Retry.
 * A booking whose answer was lost is marked, so the next attempt looks in Healthie before booking.
 */
async function settleFailure(ctx: IntegrationContext, row: OutboxRow, error: unknown, logger: Logger): Promise<void> {
  const healthie = error instanceof HealthieError ? error : null;
  const known = healthie ?? (error instanceof AppError ? error : null);
  if (!known) logger.error({ eventId: row.eventId, err: { type: (error as Error).name } }, 'push attempt failed');
  const retry = healthie ? healthie.transient : !known;
  const ambiguous = row.ambiguous || (row.operation === 'create' && (healthie ? healthie.transient && healthie.kind !== 'rate_limited' : !known));
  const words = healthie ? pushErrorWords(healthie) : known ? known.message : 'The change could not be sent because of an error on our side; it is tried again.';
  const errorCode = known?.code ?? 'push_error';
  const again = retry && row.attempts < MAX_PUSH_ATTEMPTS;
  const delayMs = pushBackoffMs(row.attempts);
  const { db } = ctx.database;
  const settled = await db.transaction(async (tx) => {
    const ours = await settleRow(tx, row, again ? { state: 'pending', nextAttemptAt: new Date(Date.now() + delayMs), ambiguous, errorCode } : { state: 'failed', ambiguous, errorCode });
    if (ours) {
      await tx
        .update(calendarEvents)
        .set({ pushState: again ? 'pending' : 'failed', pushError: words, pushErrorCode: errorCode, pushAttempts: row.attempts, pushUpdatedAt: new Date() })
        .where(eq(calendarEvents.id, row.eventId));
    }
    return ours;
  });
  if (settled && again) await dispatchPush(ctx, { workspaceId: row.workspaceId, eventId: row.eventId }, Math.ceil(delayMs / 1000));
}

/**
 * Every minute: a claim whose worker died (its lease ran out) is sent again, a booking among them
 * only after a look in Healthie; and every event with a change due gets a send job (a job lost on the
 * way, or a retry whose time came).
 */
export function pushSweepJob(ctx: IntegrationContext): JobDefinition {
  return {
    name: PUSH_SWEEP_JOB,
    schedule: '* * * * *',
    async handler() {
      const { db } = ctx.database;
      await db
        .update(healthiePushOutbox)
        .set({ state: 'pending', leaseUntil: null, nextAttemptAt: sql`now()`, ambiguous: sql`${healthiePushOutbox.ambiguous} or ${healthiePushOutbox.operation} = 'create'`, updatedAt: new Date() })
        .where(and(eq(healthiePushOutbox.state, 'sending'), lte(healthiePushOutbox.leaseUntil, sql`now()`)));
      const due = await db
        .selectDistinct({ workspaceId: healthiePushOutbox.workspaceId, eventId: healthiePushOutbox.eventId })
        .from(healthiePushOutbox)
        .where(
          and(
            eq(healthiePushOutbox.state, 'pending'),
            lte(healthiePushOutbox.nextAttemptAt, sql`now()`),
            // Held back behind a failure of the same event until a Retry: nothing to send yet.
            sql`not exists (select 1 from healthie_push_outbox f where f.event_id = ${healthiePushOutbox.eventId} and f.state = 'failed' and f.seq < ${healthiePushOutbox.seq})`,
          ),
        )
        .limit(500);
      for (const target of due) await dispatchPush(ctx, target);
    },
  };
}
