// Availability, availabilities, availableSlotsForRange, createAvailability and deleteAvailability.
import { GraphQLError } from '../../graphql-js.ts';
import { calendarDateAt, formatDatetime, isValidTimeZone, timeZoneAbbreviation, weekdayAt } from '../../datetime.ts';
import { isOpenTo } from '../../domain/appointment-types.ts';
import { createAvailability, deleteAvailability, type AvailabilityInput } from '../../domain/availabilities.ts';
import { openSlots, type OpenSlot } from '../../domain/open-slots.ts';
import { notFound } from '../../domain/outcome.ts';
import type { AppointmentTypeRecord, AvailabilityRecord } from '../../store/records.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import { invalidArgument, readDatetimeArgument } from '../datetime-argument.ts';
import { payload } from '../payload.ts';
import type { ResolverMap } from '../resolver-map.ts';

interface AvailabilitiesArgs {
  availability_provider_id?: string | null;
}

interface SlotsArgs {
  provider_id: string;
  appointment_type_ids?: (string | null)[] | null;
  start_date?: string | null;
  end_date?: string | null;
  timezone?: string | null;
}

export const availabilityResolvers: ResolverMap = {
  Query: {
    availabilities: (_: unknown, args: AvailabilitiesArgs, context: SandboxContext) => {
      const providerId = args.availability_provider_id ?? requireViewer(context).id;
      return [...context.state.store.availabilities.values()]
        .filter((availability) => availability.providerId === providerId)
        .sort((a, b) => a.startsAt - b.startsAt || Number(a.id) - Number(b.id));
    },
    // "(considered public)": answered without an API key too.
    availableSlotsForRange: (_: unknown, args: SlotsArgs, context: SandboxContext) => {
      const { store } = context.state;
      const provider = store.users.get(args.provider_id);
      if (!provider?.membership) throw notFound('User', args.provider_id);
      const timeZone = args.timezone ?? context.timeZone;
      if (!isValidTimeZone(timeZone)) throw invalidArgument('availableSlotsForRange', 'timezone', timeZone);
      const types = appointmentTypesNamed(context, args.appointment_type_ids);
      const now = context.state.now();
      const today = calendarDateAt(now, timeZone);
      const from = readDatetimeArgument('availableSlotsForRange', 'start_date', args.start_date ?? today, timeZone, false);
      const to = readDatetimeArgument('availableSlotsForRange', 'end_date', args.end_date ?? today, timeZone, true);
      return types
        .filter((type) => isOpenTo(type, provider.id))
        .flatMap((type) => openSlots(store, provider.id, type, from, to, now))
        .sort((a, b) => a.startsAt - b.startsAt || Number(a.appointmentType.id) - Number(b.appointmentType.id))
        .map((slot) => slotFields(slot, timeZone, context));
    },
  },
  Mutation: {
    createAvailability: (_: unknown, { input }: { input?: AvailabilityInput }, context: SandboxContext) =>
      payload('availability', createAvailability(changeContextOf(context), input ?? {})),
    deleteAvailability: (_: unknown, { input }: { input?: { id?: string | null } }, context: SandboxContext) => ({
      availability: deleteAvailability(changeContextOf(context), input?.id),
      messages: null,
    }),
  },
  Availability: {
    user_id: (availability: AvailabilityRecord) => Number(availability.providerId),
    resourceId: (availability: AvailabilityRecord) => availability.providerId,
    user: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.state.store.users.get(availability.providerId) ?? null,
    day_of_week: (availability: AvailabilityRecord) => weekdayAt(availability.startsAt, availability.timezone),
    is_repeating: (availability: AvailabilityRecord) => availability.isRepeating,
    range_start: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.datetime(availability.startsAt),
    origin_start_date: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.datetime(availability.startsAt),
    range_end: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.datetime(availability.endsAt),
    duration_string: (availability: AvailabilityRecord) => durationString(availability.endsAt - availability.startsAt),
    end_on: (availability: AvailabilityRecord) => availability.endOn,
    repeating_availability_id: (availability: AvailabilityRecord) => (availability.isRepeating ? availability.id : null),
    timezone_abbr: (availability: AvailabilityRecord) => timeZoneAbbreviation(availability.startsAt, availability.timezone),
    created_at: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.datetime(availability.createdAt),
    updated_at: (availability: AvailabilityRecord, _: unknown, context: SandboxContext) => context.datetime(availability.updatedAt),
  },
};

// The 2026-01-01 query has no appt_type_id, which appointment_type_ids' description says it overrides:
// the types come from appointment_type_ids alone, and slots need one to take their length from.
function appointmentTypesNamed(context: SandboxContext, ids: (string | null)[] | null | undefined): AppointmentTypeRecord[] {
  const named = (ids ?? []).filter((id): id is string => Boolean(id));
  if (named.length === 0) throw new GraphQLError("Appointment type can't be blank", { extensions: { code: 'BAD_USER_INPUT' } });
  return named.map((id) => {
    const type = context.state.store.appointmentTypes.get(id);
    if (!type || type.deletedAt !== null) throw notFound('AppointmentType', id);
    return type;
  });
}

/** A PotentialAppointmentSlot; its appointment_type "Returns nil if not a group appointment". */
function slotFields(slot: OpenSlot, timeZone: string, context: SandboxContext) {
  return {
    date: formatDatetime(slot.startsAt, timeZone, context.state.settings.datetimeFormat),
    length: slot.appointmentType.length,
    user_id: slot.providerId,
    appointment_type: slot.appointmentType.isGroup ? slot.appointmentType : null,
    is_fully_booked: false,
  };
}

/** "Duration between range start and range end in hours and minutes. Example:(4h 20min)". */
function durationString(durationMs: number): string {
  const minutes = Math.round(durationMs / 60_000);
  const parts = [minutes >= 60 ? `${Math.floor(minutes / 60)}h` : '', minutes % 60 > 0 ? `${minutes % 60}min` : ''];
  return parts.filter(Boolean).join(' ');
}
