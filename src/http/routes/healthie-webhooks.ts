import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reconcileWebhook, rotateWebhookSecret } from '../../integration/webhooks/webhook-lifecycle.ts';
import { webhookDeliveries, webhookStatus } from '../../integration/webhooks/webhook-status.ts';
import { webhookDeliveryAnswer, webhookReconcileAnswer, webhookStatusAnswer } from '../responses/webhooks.ts';
import { workspaceParams } from '../schemas.ts';

const path = '/api/v1/workspaces/:ws/healthie/webhooks';

export const healthieWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { ctx } = app;

  app.get(
    path,
    {
      config: { scope: 'integrations:read', feature: 'ehr_healthie' },
      schema: {
        response: { 200: webhookStatusAnswer },
        tags: ['webhooks'],
        description: "Whether Healthie's changes reach the calendars by webhook: healthy, degraded or off, and why.",
        params: workspaceParams,
      },
    },
    async (request) => webhookStatus(ctx, request.workspace.id),
  );

  app.get(
    '/api/v1/workspaces/:ws/healthie/webhook-deliveries',
    {
      config: { scope: 'integrations:read', feature: 'ehr_healthie' },
      schema: {
        response: { 200: z.array(webhookDeliveryAnswer) },
        tags: ['webhooks'],
        description: 'The last deliveries, newest first: time, event, resource id, verdict and what processing did. No PHI.',
        params: workspaceParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      },
    },
    async (request) => webhookDeliveries(ctx.database.db, request.workspace.id, request.query.limit),
  );

  app.post(
    `${path}/reconcile`,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: {
        response: { 200: webhookReconcileAnswer },
        tags: ['webhooks'],
        description: "Compares the webhook with Healthie's now and repairs it (what the reconcile job does every WEBHOOK_RECONCILE_MINUTES).",
        params: workspaceParams,
      },
    },
    async (request) => reconcileWebhook(ctx, request.workspace.id),
  );

  app.post(
    `${path}/rotate`,
    {
      config: { scope: 'integrations:admin', feature: 'ehr_healthie' },
      schema: {
        response: { 200: webhookStatusAnswer },
        tags: ['webhooks'],
        description: 'A new signing secret: a new webhook replaces the old one in Healthie.',
        params: workspaceParams,
      },
    },
    async (request) => {
      await rotateWebhookSecret(ctx, request.workspace.id);
      return webhookStatus(ctx, request.workspace.id);
    },
  );
};
