import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { receiveDelivery } from '../../integration/webhooks/receive-delivery.ts';
import { WEBHOOK_PATH } from '../../integration/webhooks/webhook-store.ts';

const ONE_MIB = 1024 * 1024;

/**
 * Healthie's deliveries: public (Healthie signs them; the opaque hook id in the path names the
 * connection, never the workspace), read as the raw bytes Healthie signed.
 */
export const healthieWebhookReceiverRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: ONE_MIB }, (_request, body, done) => done(null, body));

  app.post(
    `${WEBHOOK_PATH}/:hookId`,
    {
      config: { public: true },
      bodyLimit: ONE_MIB,
      schema: {
        tags: ['webhooks'],
        description: "Healthie's signed webhook deliveries. 202 once the delivery is durably queued; 4xx for unsigned, mis-signed, tampered, stale or duplicate ones.",
        params: z.object({ hookId: z.string().regex(/^[\w-]{8,64}$/, 'hookId is the id in the webhook URL') }),
        response: { 202: z.object({ received: z.literal(true), deliveryId: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const url = request.raw.url ?? '';
      const answer = await receiveDelivery(app.ctx, {
        hookId: request.params.hookId,
        method: request.method,
        query: url.includes('?') ? url.slice(url.indexOf('?') + 1) : '',
        headers: request.headers,
        body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      });
      return reply.code(answer.status as 202).send(answer.body as never);
    },
  );
};
