import pLimit, { type LimitFunction } from 'p-limit';
import { HealthieClient } from '../healthie/client.ts';
import { HealthieTransport, type TransportOptions } from '../healthie/transport.ts';
import type { HealthieSettings } from './context.ts';

const limiters = new Map<string, LimitFunction>();

/** One limiter per workspace in this process: every client of a workspace shares its concurrency. */
function limiterFor(workspaceId: string, maxConcurrent: number): LimitFunction {
  let limiter = limiters.get(workspaceId);
  if (!limiter || limiter.concurrency !== maxConcurrent) {
    limiter = pLimit(maxConcurrent);
    limiters.set(workspaceId, limiter);
  }
  return limiter;
}

export function createHealthieClient(
  settings: HealthieSettings,
  target: { workspaceId: string; endpoint: string; apiKey: string } & Pick<TransportOptions, 'onWarnings' | 'onAuthFailure'>,
): HealthieClient {
  return new HealthieClient(
    new HealthieTransport({
      endpoint: target.endpoint,
      apiKey: target.apiKey,
      apiVersion: settings.apiVersion,
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
      limiter: limiterFor(target.workspaceId, settings.maxConcurrent),
      ...(target.onWarnings ? { onWarnings: target.onWarnings } : {}),
      ...(target.onAuthFailure ? { onAuthFailure: target.onAuthFailure } : {}),
    }),
  );
}
