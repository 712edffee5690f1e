import type { Config } from '../config.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { calendarScheduledSyncJob, scheduledSyncJob, syncRunJob } from '../integration/calendar-sync/sync-jobs.ts';
import { connectionCheckJob, connectionHealthCheckJob } from '../integration/connection/health-check.ts';
import { webhookProcessJob } from '../integration/webhooks/process-delivery.ts';
import { webhookReconcileJob } from '../integration/webhooks/webhook-jobs.ts';
import { pushSendJob, pushSweepJob } from '../integration/push/push-jobs.ts';
import type { JobDefinition } from './job-definitions.ts';
import { sessionCleanupJob } from './session-cleanup.ts';

export function allJobs(ctx: IntegrationContext, config: Pick<Config, 'healthie'>): JobDefinition[] {
  return [
    sessionCleanupJob,
    connectionHealthCheckJob(ctx, config.healthie.healthCheckCron),
    connectionCheckJob(ctx) as JobDefinition,
    syncRunJob(ctx) as JobDefinition,
    scheduledSyncJob(ctx),
    calendarScheduledSyncJob(ctx) as JobDefinition,
    webhookProcessJob(ctx) as JobDefinition,
    webhookReconcileJob(ctx),
    pushSendJob(ctx) as JobDefinition,
    pushSweepJob(ctx),
  ];
}
