// AppointmentType, appointmentTypes (provider filter) and createAppointmentType.
import { createAppointmentType, isOpenTo, type AppointmentTypeInput } from '../../domain/appointment-types.ts';
import type { AppointmentTypeRecord } from '../../store/records.ts';
import { paginate, wholeIndex } from '../../store/connection.ts';
import { SortedIndex } from '../../store/sorted-index.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import { connectionOf } from '../connection-result.ts';
import { payload } from '../payload.ts';
import type { PagingArgs, ResolverMap } from '../resolver-map.ts';

interface AppointmentTypesArgs extends PagingArgs {
  appointment_type_ids?: (string | null)[] | null;
  provider_ids?: (string | null)[] | null;
  show_group?: boolean | null;
}

export const appointmentTypeResolvers: ResolverMap = {
  Query: {
    appointmentTypes: (_: unknown, args: AppointmentTypesArgs, context: SandboxContext) => {
      const viewer = requireViewer(context);
      const ids = compact(args.appointment_type_ids);
      const providerIds = compact(args.provider_ids);
      const matches = (type: AppointmentTypeRecord) =>
        type.organizationId === viewer.organizationId &&
        type.deletedAt === null &&
        (ids.length === 0 || ids.includes(type.id)) &&
        (args.show_group == null || type.isGroup === args.show_group) &&
        (providerIds.length === 0 || !bookableElsewhere(type, providerIds));
      const index = SortedIndex.of(context.state.store.appointmentTypes.values(), (type) => [type.position, Number(type.id)]);
      return connectionOf(paginate(wholeIndex(index), matches, args));
    },
  },
  Mutation: {
    createAppointmentType: (_: unknown, { input }: { input?: AppointmentTypeInput }, context: SandboxContext) =>
      payload('appointmentType', createAppointmentType(changeContextOf(context), input ?? {})),
  },
  AppointmentType: {
    is_group: (type: AppointmentTypeRecord) => type.isGroup,
    clients_can_book: (type: AppointmentTypeRecord) => type.clientsCanBook,
    require_specific_providers: (type: AppointmentTypeRecord) => type.requireSpecificProviders,
    available_contact_types: (type: AppointmentTypeRecord) => type.availableContactTypes,
    bookable_without_group: () => true,
    organization_id: (type: AppointmentTypeRecord) => Number(type.organizationId),
    provider_appt_type_connections: (type: AppointmentTypeRecord, _: unknown, context: SandboxContext) =>
      type.providerIds.map((providerId) => {
        const provider = context.state.store.users.get(providerId);
        return {
          id: `${type.id}${providerId}`,
          user_id: providerId,
          appointment_type_id: type.id,
          provider_name: provider ? `${provider.firstName} ${provider.lastName}` : null,
        };
      }),
    created_at: (type: AppointmentTypeRecord, _: unknown, context: SandboxContext) => context.datetime(type.createdAt),
    updated_at: (type: AppointmentTypeRecord, _: unknown, context: SandboxContext) => context.datetime(type.updatedAt),
    deleted_at: (type: AppointmentTypeRecord, _: unknown, context: SandboxContext) => context.datetime(type.deletedAt),
  },
};

// provider_ids: "Bookable provider ids; with clients_can_book, limits provider-specific types to these
// providers (org-level / no preference)". Only a type clients can book is limited; the schema has no
// clients_can_book argument here, so it is read as the type's own flag.
function bookableElsewhere(type: AppointmentTypeRecord, providerIds: string[]): boolean {
  return type.clientsCanBook && !providerIds.some((providerId) => isOpenTo(type, providerId));
}

function compact(ids: (string | null)[] | null | undefined): string[] {
  return (ids ?? []).filter((id): id is string => Boolean(id));
}
