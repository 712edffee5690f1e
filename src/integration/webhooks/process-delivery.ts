import { eq } from 'drizzle-orm';
import { healthieWebhookDeliveries, type DeliveryOutcome } from '../../db/schema.ts';
import { HealthieError } from '../../healthie/errors.ts';
import type { JobDefinition } from '../../jobs/job-definitions.ts';
import { AppError } from '../../platform/errors.ts';
import { syncAppointment } from '../calendar-sync/sync-appointment.ts';
import type { IntegrationContext } from '../context.ts';
import { checkProviders } from '../calendar-sync/provider-removed.ts';
import { checkPatientLink } from './patient-check.ts';
import { WEBHOOK_PROCESS_JOB } from './receive-delivery.ts';
import { recordOutcome, type StoredDelivery } from './webhook-store.ts';

/** What one delivery does, read fresh from Healthie (its payload names the record, never the change). */
async function process(ctx: IntegrationContext, delivery: StoredDelivery): Promise<{ outcome: DeliveryOutcome; detail: string }> {
  const { workspaceId, resourceId, resourceType, eventType } = delivery;
  if (resourceType === 'Appointment' && resourceId && eventType?.startsWith('appointment.')) {
    const { outcome } = await syncAppointment(ctx, { workspaceId, appointmentId: resourceId });
    const applied = outcome === 'created' || outcome === 'updated' || outcome === 'cancelled';
    return { outcome: applied ? 'applied' : outcome === 'unchanged' ? 'unchanged' : 'ignored', detail: outcome };
  }
  if (resourceType === 'User' && resourceId && eventType?.startsWith('patient.')) {
    return checkPatientLink(ctx, workspaceId, resourceId);
  }
  if (eventType?.startsWith('organization_member')) return checkProviders(ctx, workspaceId);
  return { outcome: 'ignored', detail: 'not_followed' };
}

/**
 * Works one queued delivery once: duplicates of the job (pg-boss retries) find it processed and
 * change nothing; a passing Healthie outage leaves it pending for pg-boss to retry; anything else is
 * recorded as failed with its code.
 */
export function webhookProcessJob(ctx: IntegrationContext): JobDefinition<{ deliveryId: number }> {
  return {
    name: WEBHOOK_PROCESS_JOB,
    expireInSeconds: 5 * 60,
    // A burst waits on Healthie reads, not on us: several at once (the connection's limiter still caps them).
    concurrency: 4,
    async handler({ deliveryId }) {
      const [delivery] = await ctx.database.db.select().from(healthieWebhookDeliveries).where(eq(healthieWebhookDeliveries.id, deliveryId));
      if (!delivery || delivery.outcome !== 'pending') return;
      try {
        const { outcome, detail } = await process(ctx, delivery);
        await recordOutcome(ctx.database.db, delivery.id, outcome, detail);
      } catch (error) {
        if (error instanceof HealthieError && error.transient) throw error;
        if (!(error instanceof HealthieError || error instanceof AppError)) throw error;
        await recordOutcome(ctx.database.db, delivery.id, 'failed', error.code);
      }
    },
  };
}
