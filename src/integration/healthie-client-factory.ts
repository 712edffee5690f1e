import pLimit, { type LimitFunction } from 'p-limit';
import { HealthieClient } from '../healthie/client.ts';
import type { PageSizes } from '../healthie/page-sizes.ts';
import { HealthieTransport, type TransportOptions } from '../healthie/transport.ts';
import type { ResolvedBaseUrl } from './connection/base-url.ts';
import { pinnedAgent } from './connection/pinned-agent.ts';
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

/**
 * A client for one key at a destination the Base URL policy just passed (its addresses pinned), on
 * the connection's API version (the configured default for a key not yet saved).
 */
export function createHealthieClient(
  settings: HealthieSettings,
  target: { workspaceId: string; destination: ResolvedBaseUrl; apiKey: string; apiVersion?: string; pageSizes?: PageSizes } & Pick<
    TransportOptions,
    'onWarnings' | 'onAuthFailure' | 'authorizationShard'
  >,
): HealthieClient {
  const { pinned } = target.destination;
  return new HealthieClient(
    new HealthieTransport({
      endpoint: target.destination.endpoint,
      ...(pinned ? { dispatcher: pinnedAgent(pinned.hostname, pinned.addresses) } : {}),
      apiKey: target.apiKey,
      apiVersion: target.apiVersion ?? settings.apiVersion,
      ...(target.authorizationShard ? { authorizationShard: target.authorizationShard } : {}),
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
      limiter: limiterFor(target.workspaceId, settings.maxConcurrent),
      ...(target.onWarnings ? { onWarnings: target.onWarnings } : {}),
      ...(target.onAuthFailure ? { onAuthFailure: target.onAuthFailure } : {}),
    }),
    target.pageSizes,
  );
}
