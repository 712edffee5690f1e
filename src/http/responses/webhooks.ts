import { z } from 'zod';
import { nullableTimestamp, timestamp } from './common.ts';

export const webhookStatusAnswer = z.object({
  status: z.enum(['healthy', 'degraded', 'off']),
  reason: z.string().nullable(),
  url: z.string().nullable(),
  events: z.array(z.string()),
  lastDeliveryAt: nullableTimestamp,
  lastReconcileAt: nullableTimestamp,
  pendingDeliveries: z.number().int().describe('Deliveries received and not yet applied'),
});

export const webhookDeliveryAnswer = z.object({
  id: z.number().int(),
  receivedAt: timestamp,
  eventType: z.string().nullable(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  verdict: z.enum(['accepted', 'duplicate', 'refused']),
  reason: z.string().nullable(),
  outcome: z.enum(['pending', 'applied', 'unchanged', 'ignored', 'failed']).nullable(),
  outcomeDetail: z.string().nullable(),
  processedAt: nullableTimestamp,
});

export const webhookReconcileAnswer = z.object({ repairs: z.array(z.string()), caughtUp: z.array(z.string()) });
