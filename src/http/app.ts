import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { randomUUID } from 'node:crypto';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { registerAuthentication } from './authenticate.ts';
import { registerErrorHandler } from './error-handler.ts';
import { recordRequestDurations, serveMetrics } from './metrics.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { errorAnswer } from './responses/common.ts';
import { registerRoutes } from './routes/index.ts';

export type App = FastifyInstance;

export interface AppOptions {
  /** The bearer token Prometheus scrapes /metrics with; without it the API port has no /metrics. */
  metricsToken?: string | undefined;
}

// What a JSON route needs; the routes that take more (imports, Link All) set their own bodyLimit.
const DEFAULT_BODY_LIMIT = 64 * 1024;

/** A hop count becomes "the n nearest proxies" (fastify's types take no number); addresses pass as they are. */
const trustedHops = (trust: false | number | string) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Only the configured hops: otherwise a client could claim https (a Secure cookie) or any address by header.
    trustProxy: trustedHops(ctx.config.trustProxy ?? false),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Our own onResponse line replaces fastify's request logs, which carry the full URL.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();

  await registerSecurityHeaders(app);
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // Request logs name the route and the outcome, never the query string or body (they carry PHI).
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie);
  // Limits are set per route (sign-in); their counts live in the database, shared by every process.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx.database) });
  await app.register(swagger, {
    openapi: {
      info: { title: 'healthie-connect', version: '1.0.0', description: 'Workspace API and the Healthie integration.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerErrorHandler(app);
  registerAuthentication(app);
  recordRequestDurations(app);
  serveMetrics(app, { token: options.metricsToken });
  // Every route documents its error answers too: `{error: {code, message}}`.
  app.addHook('onRoute', (route) => {
    if (route.schema && !route.schema.hide) route.schema.response = { '4xx': errorAnswer, '5xx': errorAnswer, ...(route.schema.response as object) };
  });
  await app.register(registerRoutes);
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  return app;
}
