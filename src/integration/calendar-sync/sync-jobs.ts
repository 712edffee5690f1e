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
    async handler({ runId }) {
      await executeSyncRun(ctx, runId);
    },
  };
}

export function cronEvery(minutes: number): string {
  return minutes < 60 ? `*/${minutes} * * * *` : `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}

/**
 * Every interval: each linked calendar of a healthy connection, in a workspace with Healthie enabled,
 * gets a scheduled run, incremental (changes since the last success) unless a full reconcile is due;
 * while the connection's webhooks are healthy, only every SYNC_INTERVAL_WITH_WEBHOOKS_MINUTES.
 */
export function scheduledSyncJob(ctx: IntegrationContext): JobDefinition {
  return {
    name: 'calendar-sync.schedule',
    schedule: cronEvery(ctx.sync.intervalMinutes),
    async handler(_data, { logger }) {
      const { db } = ctx.database;
      const linked = await db
        .select({ calendarId: calendars.id, workspaceId: calendars.workspaceId, status: healthieConnections.status })
        .from(calendars)
        .innerJoin(healthieConnections, eq(healthieConnections.workspaceId, calendars.workspaceId))
        .innerJoin(workspaces, eq(workspaces.id, calendars.workspaceId))
        .where(and(eq(calendars.source, HEALTHIE_SOURCE), featureEnabled('ehr_healthie')));
      const fullAfter = Date.now() - ctx.sync.fullReconcileHours * 3_600_000;
      const slowerAfter = Date.now() - (ctx.sync.intervalWithWebhooksMinutes * 60_000 - 30_000);
      for (const { calendarId, workspaceId, status } of linked) {
        if (status !== 'connected') continue;
        const state = await getSyncState(db, calendarId);
        // While webhooks carry every change, the scheduled sync is the safety net and runs less often.
        if (state?.lastRunAt && state.lastRunAt.getTime() > slowerAfter && (await webhooksHealthy(ctx, workspaceId))) continue;
        const mode = !state?.updatedWatermark || !state.lastFullSyncAt || state.lastFullSyncAt.getTime() < fullAfter ? 'full' : 'incremental';
        const { joined } = await requestSync(ctx, { workspaceId, calendarId, kind: 'scheduled', mode });
        logger.info({ calendarId, mode, joined }, 'scheduled sync requested');
      }
    },
  };
}
