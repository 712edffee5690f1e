import type { HealthiePerson } from '../../healthie/client.ts';
import { AppError } from '../../platform/errors.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';

export const noProvidersMessage =
  'Healthie returned no providers. The API key may not have permission to list organization members in Healthie: verify that the key belongs to an account with appropriate access in your Healthie organization.';

/**
 * The organization's providers, every page, fresh each time a page needs them (the product page: "The
 * provider list updates each time you open a page that uses it"). An empty list is either a key that
 * may not list organization members (its own user is one) or a key Healthie stopped accepting: the key
 * is confirmed with currentUser, which turns the connection to Error in the second case.
 */
export async function listProviders(ctx: IntegrationContext, workspaceId: string): Promise<HealthiePerson[]> {
  const { client } = await clientForWorkspace(ctx, workspaceId);
  const providers = (await client.providers()).sort((a, b) => a.name.localeCompare(b.name));
  if (providers.length === 0) {
    await client.confirmKey();
    throw new AppError(422, 'healthie_no_providers', noProvidersMessage);
  }
  return providers;
}

export async function findProvider(ctx: IntegrationContext, workspaceId: string, providerId: string): Promise<HealthiePerson> {
  const provider = (await listProviders(ctx, workspaceId)).find((p) => p.id === providerId);
  if (!provider) throw new AppError(400, 'unknown_provider', `Healthie provider ${providerId} is not in your Healthie organization`);
  return provider;
}
