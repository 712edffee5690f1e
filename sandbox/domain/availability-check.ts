// enforce_availability: "checks if appointment time slot is available" before a create or update: the
// time must lie within one stretch of the provider's availability and clear their appointments.
import type { Store } from '../store/store.ts';
import type { FieldError } from './outcome.ts';
import { busyAppointments, openWindows } from './provider-calendar.ts';

const outsideAvailability: FieldError = { field: 'datetime', message: "is outside the provider's availability" };
const overlapsAppointment: FieldError = { field: 'datetime', message: 'overlaps another appointment' };

export interface WantedTime {
  providerId: string;
  startsAt: number;
  lengthMinutes: number;
}

/** Why `wanted` cannot be booked; `movingId` is the appointment being moved there, no obstacle to itself. */
export function availabilityProblems(store: Store, wanted: WantedTime, movingId: string | null): FieldError[] {
  const { providerId, startsAt } = wanted;
  const endsAt = startsAt + wanted.lengthMinutes * 60_000;
  const problems: FieldError[] = [];
  const fits = openWindows(store, providerId, startsAt, endsAt).some((window) => window.start <= startsAt && window.end >= endsAt);
  if (!fits) problems.push(outsideAvailability);
  if (busyAppointments(store, providerId, startsAt, endsAt).some((appointment) => appointment.id !== movingId)) problems.push(overlapsAppointment);
  return problems;
}
