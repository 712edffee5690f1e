import type { HealthiePerson } from '../../healthie/client.ts';
import { AppError } from '../../platform/errors.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; connectionKey: string; providers: HealthiePerson[] }>();

export const noProvidersMessage =
  'Healthie returned no providers. The API key may not have permission to list organization members in Healthie: verify that the key belongs to an account with appropriate access in your Healthie organization.';

/**
 * The organization's providers, every page, fresh each time a page needs them (kept at most a
 * minute). A key that may not list organization members gets an empty list from Healthie; since
 * the key's own user is a member, that can only mean missing permission, and we say so.
 */
export async function listProviders(ctx: IntegrationContext, workspaceId: string): Promise<HealthiePerson[]> {
  const { client, connection } = await clientForWorkspace(ctx, workspaceId);
  const connectionKey = `${connection.id}:${connection.updatedAt.getTime()}`;
  const cached = cache.get(workspaceId);
  if (cached && cached.connectionKey === connectionKey && Date.now() - cached.at < CACHE_MS) return cached.providers;
  const providers = (await client.providers()).sort((a, b) => a.name.localeCompare(b.name));
  if (providers.length === 0) throw new AppError(422, 'healthie_no_providers', noProvidersMessage);
  cache.set(workspaceId, { at: Date.now(), connectionKey, providers });
  return providers;
}

export async function findProvider(ctx: IntegrationContext, workspaceId: string, providerId: string): Promise<HealthiePerson> {
  const provider = (await listProviders(ctx, workspaceId)).find((p) => p.id === providerId);
  if (!provider) throw new AppError(400, 'unknown_provider', `Healthie provider ${providerId} is not in your Healthie organization`);
  return provider;
}
