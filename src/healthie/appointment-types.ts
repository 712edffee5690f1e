import { AppointmentTypesDocument, type AppointmentTypesQuery } from './generated/graphql.ts';
import type { PageSizes } from './page-sizes.ts';
import { collectConnection } from './paging.ts';
import type { HealthieTransport } from './transport.ts';

export interface HealthieAppointmentType {
  id: string;
  name: string;
  durationMinutes: number | null;
  /** The providers who offer it; null when every provider does. */
  providerIds: string[] | null;
  /** How it may take place (Healthie's available_contact_types). */
  contactTypes: string[];
}

type AppointmentTypeNode = NonNullable<NonNullable<NonNullable<AppointmentTypesQuery['appointmentTypes']>['nodes']>[number]>;

/** A type is open to every provider unless it requires specific ones: then to those its connections name. */
export const toAppointmentType = (type: AppointmentTypeNode): HealthieAppointmentType => ({
  id: type.id,
  name: type.name?.trim() || 'Appointment',
  durationMinutes: type.length,
  providerIds: type.require_specific_providers ? (type.provider_appt_type_connections ?? []).flatMap((c) => (c.user_id ? [c.user_id] : [])) : null,
  contactTypes: (type.available_contact_types ?? []).flatMap((c) => (c?.trim() ? [c.trim()] : [])),
});

export const offeredBy = (type: HealthieAppointmentType, providerId: string) => type.providerIds === null || type.providerIds.includes(providerId);

/**
 * The organization's appointment types, those a provider offers when `providerId` is given. Decided
 * from each type itself: `provider_ids` narrows provider-specific types only together with
 * `clients_can_book`, so it cannot tell which types a provider offers.
 */
export async function fetchAppointmentTypes(transport: HealthieTransport, sizes: PageSizes, providerId?: string): Promise<HealthieAppointmentType[]> {
  const pages = sizes.pages('appointmentTypes', async (first, after) => (await transport.request(AppointmentTypesDocument, { first, after })).appointmentTypes);
  const types = (await collectConnection(pages)).map(toAppointmentType);
  return providerId ? types.filter((type) => offeredBy(type, providerId)) : types;
}
