import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { config: { public: true }, schema: { tags: ['health'] } }, async (_request, reply) => {
    try {
      await app.ctx.database.query('select 1 as ok', []);
      return { status: 'ok', database: app.ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: app.ctx.database.kind });
    }
  });
};
