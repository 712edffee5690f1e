// Availability, availabilities, createAvailability and deleteAvailability.
import { timeZoneAbbreviation, weekdayAt } from '../../datetime.ts';
import { createAvailability, deleteAvailability, type AvailabilityInput } from '../../domain/availabilities.ts';
import type { AvailabilityRecord } from '../../store/records.ts';
import { changeContextOf, requireViewer, type SandboxContext } from '../context.ts';
import { payload } from '../payload.ts';
import type { ResolverMap } from '../resolver-map.ts';

interface AvailabilitiesArgs {
  availability_provider_id?: string | null;
}

export const availabilityResolvers: ResolverMap = {
  Query: {
    availabilities: (_: unknown, args: AvailabilitiesArgs, context: SandboxContext) => {
      const providerId = args.availability_provider_id ?? requireViewer(context).id;
      return [...context.state.store.availabilities.values()]
        .filter((availability) => availability.providerId === providerId)
        .sort((a, b) => a.startsAt - b.startsAt || Number(a.id) - Number(b.id));
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

/** "Duration between range start and range end in hours and minutes. Example:(4h 20min)". */
function durationString(durationMs: number): string {
  const minutes = Math.round(durationMs / 60_000);
  const parts = [minutes >= 60 ? `${Math.floor(minutes / 60)}h` : '', minutes % 60 > 0 ? `${minutes % 60}min` : ''];
  return parts.filter(Boolean).join(' ');
}
