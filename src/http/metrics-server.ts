import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import type { Logger } from '../platform/logger.ts';
import { registerErrorHandler } from './error-handler.ts';
import { serveMetrics } from './metrics.ts';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/** METRICS_PORT: /metrics without a token, on 127.0.0.1 only, so only this machine can scrape it. */
export async function startMetricsServer(port: number, logger: Logger): Promise<MetricsServer> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerErrorHandler(app);
  serveMetrics(app, 'open');
  const url = await app.listen({ port, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}
