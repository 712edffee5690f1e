import { and, eq } from 'drizzle-orm';
import { calendars, healthieConnections, workspaces } from '../../db/schema.ts';
import type { JobDefinition } from '../../jobs/job-definitions.ts';
import { featureEnabled } from '../../workspace/workspaces.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { executeSyncRun } from './run-sync.ts';
import { requestSync, SYNC_RUN_JOB } from './request-sync.ts';
import { webhooksHealthy } from '../webhooks/webhook-status.ts';
import { getSyncState } from './sync-state.ts';

export function syncRunJob(ctx: IntegrationContext): JobDefinition<{ runId: string }> {
  return {
    name: SYNC_RUN_JOB,
    // A worker that dies mid-run leaves the job to expire and come back; the run is then reclaimed.
    expireInSeconds: 30 * 60,
    // Calendars of several workspaces at once: a slow one holds up only its own slot.
    concurrency: 4,
    async handler({ runId }) {
      await executeSyncRun(ctx, runId);
    },
  };
}

export function cronEvery(minutes: number): string {
  return minutes < 60 ? `*/${minutes} * * * *` : `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

export const CALENDAR_SCHEDULED_SYNC_JOB = 'calendar-sync.schedule.calendar';

/**
 * Every interval: one job per linked calendar of a Connected workspace with Healthie enabled, so a
 * slow or failing workspace holds up no other. A calendar whose job still waits gets no second one.
 */
export function scheduledSyncJob(ctx: IntegrationContext): JobDefinition {
  return {
    name: 'calendar-sync.schedule',
    schedule: cronEvery(ctx.sync.intervalMinutes),
    async handler(_data, { logger }) {
      const linked = await ctx.database.db
        .select({ calendarId: calendars.id, workspaceId: calendars.workspaceId })
        .from(calendars)
        .innerJoin(healthieConnections, eq(healthieConnections.workspaceId, calendars.workspaceId))
        .innerJoin(workspaces, eq(workspaces.id, calendars.workspaceId))
        .where(and(eq(calendars.source, HEALTHIE_SOURCE), eq(healthieConnections.status, 'connected'), featureEnabled('ehr_healthie')));
      for (const target of linked) await ctx.jobs.send(CALENDAR_SCHEDULED_SYNC_JOB, target, { singletonKey: target.calendarId });
      logger.info({ calendars: linked.length }, 'scheduled syncs queued');
    },
  };
}

/**
 * One calendar's scheduled run, incremental (changes since the last success) unless a full reconcile
 * is due; while the connection's webhooks are healthy, only every SYNC_INTERVAL_WITH_WEBHOOKS_MINUTES.
 */
export function calendarScheduledSyncJob(ctx: IntegrationContext): JobDefinition<{ workspaceId: string; calendarId: string }> {
  return {
    name: CALENDAR_SCHEDULED_SYNC_JOB,
    policy: 'stately',
    concurrency: 4,
    expireInSeconds: 5 * 60,
    async handler({ workspaceId, calendarId }, { logger }) {
      const { db } = ctx.database;
      const [calendar] = await db.select({ source: calendars.source }).from(calendars).where(eq(calendars.id, calendarId));
      if (calendar?.source !== HEALTHIE_SOURCE) return;
      const state = await getSyncState(db, calendarId);
      const slowerAfter = Date.now() - (ctx.sync.intervalWithWebhooksMinutes * 60_000 - 30_000);
      // While webhooks carry every change, the scheduled sync is the safety net and runs less often.
      if (state?.lastRunAt && state.lastRunAt.getTime() > slowerAfter && (await webhooksHealthy(ctx, workspaceId))) return;
      const fullAfter = Date.now() - ctx.sync.fullReconcileHours * 3_600_000;
      const mode = !state?.updatedWatermark || !state.lastFullSyncAt || state.lastFullSyncAt.getTime() < fullAfter ? 'full' : 'incremental';
      const { joined } = await requestSync(ctx, { workspaceId, calendarId, kind: 'scheduled', mode });
      logger.info({ calendarId, mode, joined }, 'scheduled sync requested');
    },
  };
}
