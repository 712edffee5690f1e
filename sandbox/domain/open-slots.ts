// availableSlotsForRange: times an appointment type could be booked with a provider. Slots follow one
// another, each the type's length, from the start of each stretch of availability; those that do not fit
// before it ends, that overlap an appointment holding time, or that have begun, are left out.
import { endOf, type AppointmentTypeRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { busyAppointments, openWindows } from './provider-calendar.ts';

export interface OpenSlot {
  startsAt: number;
  providerId: string;
  appointmentType: AppointmentTypeRecord;
}

/** Slots starting within [from, to], in time order. */
export function openSlots(store: Store, providerId: string, type: AppointmentTypeRecord, from: number, to: number, now: number): OpenSlot[] {
  const lengthMs = type.length * 60_000;
  const busy = busyAppointments(store, providerId, from, to + lengthMs);
  const slots: OpenSlot[] = [];
  for (const window of openWindows(store, providerId, from, to + lengthMs)) {
    for (let startsAt = window.start; startsAt + lengthMs <= window.end && startsAt <= to; startsAt += lengthMs) {
      const endsAt = startsAt + lengthMs;
      if (startsAt < from || startsAt < now) continue;
      if (busy.some((appointment) => appointment.startsAt < endsAt && endOf(appointment) > startsAt)) continue;
      slots.push({ startsAt, providerId, appointmentType: type });
    }
  }
  return slots;
}
