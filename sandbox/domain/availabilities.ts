// Availability (createAvailability, deleteAvailability and the control API): a stretch of time a
// provider can be booked in, given as a date and two times (range_start, time, end_time) or as two
// instants (start_datetime, end_datetime); is_repeating makes it weekly, on day_of_week.
import { isValidTimeZone, isoDate, parseDatetime, shiftWallTime, weekdayAt, zonedWallTimeToEpoch } from '../datetime.ts';
import type { AvailabilityRecord } from '../store/records.ts';
import { parseClockTime, parseMonthDayYear } from './availability-formats.ts';
import { cantBeBlank, failed, isBlank, isInvalid, notFound, succeeded, type ChangeContext, type FieldError, type Outcome } from './outcome.ts';
import { userTimeZone } from './time-zone.ts';

export interface AvailabilityInput {
  /** The provider; the caller when absent. */
  user_id?: string | null;
  is_repeating?: boolean | null;
  /** 0 for Sunday to 6 for Saturday: the weekday a repeating availability falls on. */
  day_of_week?: number | null;
  range_start?: string | null;
  /** The day a one-time availability ends on, when not range_start's. */
  range_end?: string | null;
  time?: string | null;
  end_time?: string | null;
  /** The last day a repeating availability repeats on. */
  end_on?: string | null;
  /** The provider's timezone when absent. */
  timezone?: string | null;
  start_datetime?: string | null;
  end_datetime?: string | null;
}

interface Span {
  startsAt: number;
  endsAt: number;
}

export function createAvailability(context: ChangeContext, input: AvailabilityInput): Outcome<AvailabilityRecord> {
  const { store, actor, now } = context;
  const messages: FieldError[] = [];
  const provider = store.users.get(input.user_id ?? actor.id);
  if (!provider?.membership || provider.organizationId !== actor.organizationId) messages.push(isInvalid('user_id'));
  if (input.timezone != null && !isValidTimeZone(input.timezone)) messages.push(isInvalid('timezone'));
  if (messages.length > 0 || !provider) return failed(messages);
  const timeZone = input.timezone ?? userTimeZone(provider, store);
  const dayOfWeek = input.day_of_week;
  if (dayOfWeek != null && !(Number.isInteger(dayOfWeek) && dayOfWeek >= 0 && dayOfWeek <= 6)) messages.push(isInvalid('day_of_week'));
  const endOn = input.end_on == null ? null : readField('end_on', input.end_on, parseMonthDayYear, messages);
  const span = readSpan(input, timeZone, messages);
  if (messages.length > 0 || !span) return failed(messages);

  const repeating = input.is_repeating ?? false;
  const first = repeating && dayOfWeek != null ? onWeekday(span, dayOfWeek, timeZone) : span;
  const timestamp = now();
  const availability: AvailabilityRecord = {
    id: store.nextId('availability'),
    organizationId: actor.organizationId,
    providerId: provider.id,
    timezone: timeZone,
    ...first,
    isRepeating: repeating,
    endOn: repeating && endOn ? isoDate(endOn) : null,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  store.availabilities.set(availability.id, availability);
  return succeeded(availability);
}

export function deleteAvailability(context: ChangeContext, id: string | null | undefined): AvailabilityRecord {
  const availability = id ? context.store.availabilities.get(id) : undefined;
  if (!availability || availability.organizationId !== context.actor.organizationId) throw notFound('Availability', id);
  context.store.availabilities.delete(availability.id);
  return availability;
}

function readSpan(input: AvailabilityInput, timeZone: string, messages: FieldError[]): Span | null {
  if (input.start_datetime != null || input.end_datetime != null) {
    const read = (value: string) => parseDatetime(value, timeZone);
    const startsAt = readField('start_datetime', input.start_datetime, read, messages);
    const endsAt = readField('end_datetime', input.end_datetime, read, messages);
    return startsAt === null || endsAt === null ? null : ordered({ startsAt, endsAt }, 'end_datetime', messages);
  }
  const day = readField('range_start', input.range_start, parseMonthDayYear, messages);
  const lastDay = input.range_end == null ? day : readField('range_end', input.range_end, parseMonthDayYear, messages);
  const start = readField('time', input.time, parseClockTime, messages);
  const end = readField('end_time', input.end_time, parseClockTime, messages);
  if (!day || !lastDay || !start || !end) return null;
  const span = {
    startsAt: zonedWallTimeToEpoch({ ...day, ...start, second: 0 }, timeZone),
    endsAt: zonedWallTimeToEpoch({ ...lastDay, ...end, second: 0 }, timeZone),
  };
  return ordered(span, 'end_time', messages);
}

/** A required input read by `parse`: can't be blank, or is invalid when `parse` makes nothing of it. */
function readField<T>(field: string, value: string | null | undefined, parse: (value: string) => T | null, messages: FieldError[]): T | null {
  if (isBlank(value)) {
    messages.push(cantBeBlank(field));
    return null;
  }
  const parsed = parse(value ?? '');
  if (parsed === null) messages.push(isInvalid(field));
  return parsed;
}

function ordered(span: Span, endField: string, messages: FieldError[]): Span | null {
  if (span.endsAt > span.startsAt) return span;
  messages.push({ field: endField, message: 'must be after the start' });
  return null;
}

/** The span moved to the first `dayOfWeek` on or after its start, at the same wall-clock times. */
function onWeekday(span: Span, dayOfWeek: number, timeZone: string): Span {
  const days = (dayOfWeek - weekdayAt(span.startsAt, timeZone) + 7) % 7;
  return { startsAt: shiftWallTime(span.startsAt, timeZone, { days }), endsAt: shiftWallTime(span.endsAt, timeZone, { days }) };
}
