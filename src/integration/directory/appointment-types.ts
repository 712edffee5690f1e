import type { HealthieAppointmentType } from '../../healthie/client.ts';
import { clientForWorkspace } from '../connection/connection-client.ts';
import type { IntegrationContext } from '../context.ts';

/** The practice's appointment types; with a provider, those that provider offers. */
export async function listAppointmentTypes(
  ctx: IntegrationContext,
  workspaceId: string,
  providerId?: string,
): Promise<HealthieAppointmentType[]> {
  const { client } = await clientForWorkspace(ctx, workspaceId);
  return (await client.appointmentTypes(providerId)).sort((a, b) => a.name.localeCompare(b.name));
}
