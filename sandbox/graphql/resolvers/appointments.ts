// Appointment, appointment, appointments, and the appointment mutations.
import {
  createAppointment,
  deleteAppointment,
  updateAppointment,
  type AppointmentInput,
} from '../../domain/appointments.ts';
import { clientIdsOf, endOf, type AppointmentRecord } from '../../store/records.ts';
import { paginate } from '../../store/connection.ts';
import { listAppointments, type AppointmentsArgs } from '../appointment-listing.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import { connectionOf } from '../connection-result.ts';
import { payload } from '../payload.ts';
import type { ResolverMap } from '../resolver-map.ts';

const userOf = (id: string | null, context: SandboxContext) => (id ? context.state.store.users.get(id) ?? null : null);
const isGroup = (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
  Boolean(appointment.appointmentTypeId && context.state.store.appointmentTypes.get(appointment.appointmentTypeId)?.isGroup);

export const appointmentResolvers: ResolverMap = {
  Query: {
    appointment: (_: unknown, args: { id?: string | null; include_deleted?: boolean | null }, context: SandboxContext) => {
      const viewer = requireViewer(context);
      const appointment = args.id ? context.state.store.appointments.get(args.id) : undefined;
      if (!appointment || appointment.organizationId !== viewer.organizationId) return null;
      return appointment.deletedAt === null || args.include_deleted ? appointment : null;
    },
    appointments: (_: unknown, args: AppointmentsArgs, context: SandboxContext) => {
      const listing = listAppointments(context, requireViewer(context), args);
      return connectionOf(paginate(listing.view, listing.matches, args, listing.countSignature));
    },
  },
  Mutation: {
    createAppointment: (_: unknown, { input }: { input: AppointmentInput }, context: SandboxContext) =>
      payload('appointment', createAppointment(changeContextOf(context), input)),
    updateAppointment: (_: unknown, { input }: { input: AppointmentInput & { id?: string | null } }, context: SandboxContext) =>
      payload('appointment', updateAppointment(changeContextOf(context), input.id, input)),
    deleteAppointment: (_: unknown, { input }: { input?: AppointmentInput & { id?: string | null } }, context: SandboxContext) => ({
      appointment: deleteAppointment(changeContextOf(context), input?.id, input ?? {}),
      messages: null,
    }),
  },
  Appointment: {
    date: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(appointment.startsAt),
    start: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(appointment.startsAt),
    end: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(endOf(appointment)),
    length: (appointment: AppointmentRecord) => appointment.lengthMinutes,
    contact_type: (appointment: AppointmentRecord) => appointment.contactType,
    pm_status: (appointment: AppointmentRecord) => appointment.pmStatus,
    pm_status_changed_at: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
      context.datetime(appointment.pmStatusChangedAt),
    confirmed: (appointment: AppointmentRecord) => appointment.confirmed,
    client_confirmed: (appointment: AppointmentRecord) => appointment.clientConfirmed,
    appointment_type_id: (appointment: AppointmentRecord) => (appointment.appointmentTypeId ? Number(appointment.appointmentTypeId) : null),
    appointment_type: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
      appointment.appointmentTypeId ? context.state.store.appointmentTypes.get(appointment.appointmentTypeId) ?? null : null,
    appointment_location_id: (appointment: AppointmentRecord) => appointment.appointmentLocationId,
    external_videochat_url: (appointment: AppointmentRecord) => appointment.externalVideochatUrl,
    external_id_type: (appointment: AppointmentRecord) => appointment.externalIdType,
    provider: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => userOf(appointment.providerId, context),
    provider_name: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => {
      const provider = userOf(appointment.providerId, context);
      return provider ? `${provider.firstName} ${provider.lastName}` : null;
    },
    providers: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
      [userOf(appointment.providerId, context)].filter(Boolean),
    other_party_id: (appointment: AppointmentRecord) => Number(appointment.providerId),
    user: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => userOf(appointment.patientId, context),
    user_id: (appointment: AppointmentRecord) => (appointment.patientId ? Number(appointment.patientId) : null),
    attendees: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) =>
      clientIdsOf(appointment)
        .map((id) => userOf(id, context))
        .filter(Boolean),
    appointment_inclusions_count: (appointment: AppointmentRecord) => 1 + clientIdsOf(appointment).length,
    is_group: isGroup,
    appointment_category: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => (isGroup(appointment, _, context) ? 'Group' : 'Individual'),
    organization_id: (appointment: AppointmentRecord) => appointment.organizationId,
    last_updated_by_id: (appointment: AppointmentRecord) => appointment.lastUpdatedById,
    created_at: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(appointment.createdAt),
    updated_at: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(appointment.updatedAt),
    deleted_at: (appointment: AppointmentRecord, _: unknown, context: SandboxContext) => context.datetime(appointment.deletedAt),
  },
};
