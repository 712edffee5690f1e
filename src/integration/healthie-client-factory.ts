import { HealthieClient } from '../healthie/client.ts';
import type { PageSizes } from '../healthie/page-sizes.ts';
import { HealthieTransport, type TransportOptions } from '../healthie/transport.ts';
import type { ResolvedBaseUrl } from './connection/base-url.ts';
import { pinnedAgent } from './connection/pinned-agent.ts';
import type { IntegrationContext } from './context.ts';
import { requestGateFor } from './request-gates.ts';

/** A request holds its slot no longer than its timeout and this margin, so a dead process's slot comes free. */
const LEASE_MARGIN_MS = 5_000;

/**
 * A client for one key at a destination the Base URL policy just passed (its addresses pinned), on
 * the connection's API version (the configured default for a key not yet saved), through the
 * workspace's request gate (HEALTHIE_MAX_CONCURRENCY and Healthie's back-off).
 */
export function createHealthieClient(
  ctx: Pick<IntegrationContext, 'healthie' | 'database'>,
  target: { workspaceId: string; destination: ResolvedBaseUrl; apiKey: string; apiVersion?: string; pageSizes?: PageSizes } & Pick<
    TransportOptions,
    'onWarnings' | 'onAuthFailure' | 'authorizationShard'
  >,
): HealthieClient {
  const settings = ctx.healthie;
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
      gate: requestGateFor(ctx.database, target.workspaceId, { maxConcurrent: settings.maxConcurrent, leaseMs: settings.timeoutMs + LEASE_MARGIN_MS }),
      ...(target.onWarnings ? { onWarnings: target.onWarnings } : {}),
      ...(target.onAuthFailure ? { onAuthFailure: target.onAuthFailure } : {}),
    }),
    target.pageSizes,
  );
}
