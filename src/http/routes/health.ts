import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthAnswer } from '../responses/session.ts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { config: { public: true }, schema: { response: { 200: healthAnswer, 503: healthAnswer }, tags: ['health'] } }, async (_request, reply) => {
    try {
      await app.ctx.database.query('select 1 as ok', []);
      return { status: 'ok' as const, database: app.ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable' as const, database: app.ctx.database.kind });
    }
  });
};
