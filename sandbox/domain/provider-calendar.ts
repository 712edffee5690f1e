// A provider's calendar over a stretch of time: when their availability lets them be booked, and which of
// their appointments hold time. Intervals are half-open, [start, end), in epoch ms.
import { calendarDateAt, shiftWallTime } from '../datetime.ts';
import { endOf, type AppointmentRecord, type AvailabilityRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { didntOccurStatuses } from './pm-statuses.ts';

export interface Interval {
  start: number;
  end: number;
}

const weekMs = 7 * 86_400_000;

/** The times of `availability` that overlap [from, to): itself, or the weeks of a repeating one. */
export function occurrences(availability: AvailabilityRecord, from: number, to: number): Interval[] {
  const { startsAt, endsAt, timezone, endOn } = availability;
  if (!availability.isRepeating) return startsAt < to && endsAt > from ? [{ start: startsAt, end: endsAt }] : [];
  const found: Interval[] = [];
  // Week `firstWeek` ends at or before `from` give or take a daylight-saving hour, and no earlier week reaches it.
  const firstWeek = Math.max(0, Math.floor((from - endsAt) / weekMs));
  for (let week = firstWeek; ; week++) {
    const start = shiftWallTime(startsAt, timezone, { days: 7 * week });
    if (start >= to || (endOn !== null && calendarDateAt(start, timezone) > endOn)) return found;
    const end = shiftWallTime(endsAt, timezone, { days: 7 * week });
    if (end > from) found.push({ start, end });
  }
}

/** When the provider's availabilities let them be booked within [from, to), overlapping ones joined. */
export function openWindows(store: Store, providerId: string, from: number, to: number): Interval[] {
  const times = [...store.availabilities.values()]
    .filter((availability) => availability.providerId === providerId)
    .flatMap((availability) => occurrences(availability, from, to))
    .sort((a, b) => a.start - b.start);
  const joined: Interval[] = [];
  for (const time of times) {
    const last = joined[joined.length - 1];
    if (last && time.start <= last.end) last.end = Math.max(last.end, time.end);
    else joined.push({ ...time });
  }
  return joined;
}

/**
 * The provider's appointments that hold time within [from, to): live ones (the index has no deleted ones),
 * events pulled in from their external calendar included, unless their status says they do not take place.
 */
export function busyAppointments(store: Store, providerId: string, from: number, to: number): AppointmentRecord[] {
  const index = store.appointmentsOfProvider(providerId);
  const busy: AppointmentRecord[] = [];
  const startingBefore = index.upperBound([to]);
  for (let position = 0; position < startingBefore; position++) {
    const appointment = index.at(position);
    if (endOf(appointment) > from && !didntOccurStatuses.has(appointment.pmStatus)) busy.push(appointment);
  }
  return busy;
}
