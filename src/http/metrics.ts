import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { unauthorized } from '../platform/errors.ts';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const requestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export function recordRequestDurations(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    requestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
}

/**
 * GET /metrics. `open` is for the loopback-only metrics listener. On the API port the page needs
 * the scrape token, and without one configured there is no such page: the route only exists so
 * that the web UI's catch-all does not answer it.
 */
export function serveMetrics(app: FastifyInstance, access: 'open' | { token: string | undefined }): void {
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (access !== 'open') {
      if (access.token === undefined) return reply.callNotFound();
      if (!bearerIs(request.headers.authorization, access.token)) {
        throw unauthorized('Send the metrics scrape token as "Authorization: Bearer <token>"');
      }
    }
    reply.header('content-type', metricsRegistry.contentType);
    return metricsRegistry.metrics();
  });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function bearerIs(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';
  // Equal-length digests: the comparison takes the same time whatever was sent, its length included.
  return timingSafeEqual(digest(given), digest(token));
}
