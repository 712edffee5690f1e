import { and, eq, or, sql } from 'drizzle-orm';
import { calendars, healthieConnections, healthieWebhooks, workspaces } from '../../db/schema.ts';
import { HealthieError } from '../../healthie/errors.ts';
import type { JobDefinition } from '../../jobs/job-definitions.ts';
import { AppError } from '../../platform/errors.ts';
import { featureEnabled } from '../../workspace/workspaces.ts';
import { cronEvery } from '../calendar-sync/sync-jobs.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { reconcileWebhook } from './webhook-lifecycle.ts';

export const WEBHOOK_RECONCILE_JOB = 'healthie.webhooks.reconcile';

/**
 * Every WEBHOOK_RECONCILE_MINUTES: each Connected workspace with a linked calendar or a webhook
 * gets its webhook compared with Healthie's and repaired. A failure is kept on the webhook (shown as
 * degraded) and the next round tries again.
 */
export function webhookReconcileJob(ctx: IntegrationContext): JobDefinition {
  return {
    name: WEBHOOK_RECONCILE_JOB,
    schedule: cronEvery(ctx.webhooks.reconcileMinutes),
    async handler(_data, { logger }) {
      const { db } = ctx.database;
      const due = await db
        .selectDistinct({ workspaceId: healthieConnections.workspaceId })
        .from(healthieConnections)
        .innerJoin(workspaces, eq(workspaces.id, healthieConnections.workspaceId))
        .leftJoin(calendars, and(eq(calendars.workspaceId, healthieConnections.workspaceId), eq(calendars.source, HEALTHIE_SOURCE)))
        .leftJoin(healthieWebhooks, eq(healthieWebhooks.workspaceId, healthieConnections.workspaceId))
        .where(and(eq(healthieConnections.status, 'connected'), featureEnabled('ehr_healthie'), or(sql`${calendars.id} is not null`, sql`${healthieWebhooks.id} is not null`)));
      for (const { workspaceId } of due) {
        try {
          const result = await reconcileWebhook(ctx, workspaceId);
          if (result.repairs.length > 0) logger.info({ workspaceId, ...result }, 'Healthie webhook repaired');
        } catch (error) {
          if (!(error instanceof HealthieError || error instanceof AppError)) throw error;
          logger.warn({ workspaceId, code: error.code }, 'Healthie webhook could not be reconciled');
          await db
            .update(healthieWebhooks)
            .set({ reasonCode: error.code, reason: `The last check against Healthie failed: ${error.message}` })
            .where(eq(healthieWebhooks.workspaceId, workspaceId));
        }
      }
    },
  };
}
