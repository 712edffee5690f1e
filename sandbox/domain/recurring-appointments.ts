// Recurring series, from createAppointment's recurring_appointment: repeat_times appointments (the first
// included), repeat_interval apart at the same wall-clock time. join_all puts a group appointment's
// attendees on every appointment of the series; without it only the first has them.
import { shiftWallTime } from '../datetime.ts';
import type { AppointmentRecord, RecurringAppointmentRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { isInvalid, type FieldError } from './outcome.ts';

export interface RecurrenceInput {
  repeat_interval?: string | null;
  repeat_times?: string | null;
  join_all?: boolean | null;
}

const intervals: Record<string, { days?: number; months?: number }> = {
  Weekly: { days: 7 },
  Biweekly: { days: 14 },
  Monthly: { months: 1 },
  'Every 4 Weeks': { days: 28 },
};

/** The docs give no ceiling; this one keeps a mistyped count from filling the sandbox. */
const maxRepeatTimes = 200;

export type Recurrence = Omit<RecurringAppointmentRecord, 'id'>;

export function readRecurrence(input: RecurrenceInput, messages: FieldError[]): Recurrence | null {
  const repeatInterval = input.repeat_interval ?? '';
  const repeatTimes = /^\d+$/.test(input.repeat_times ?? '') ? Number(input.repeat_times) : 0;
  const problemsBefore = messages.length;
  if (!(repeatInterval in intervals)) messages.push(isInvalid('repeat_interval'));
  if (repeatTimes < 1 || repeatTimes > maxRepeatTimes) messages.push(isInvalid('repeat_times'));
  return messages.length === problemsBefore ? { repeatInterval, repeatTimes, joinAll: input.join_all ?? false } : null;
}

/** Makes `first` the head of a new series and returns the appointments that follow it, not yet stored. */
export function followUps(store: Store, first: AppointmentRecord, recurrence: Recurrence, timeZone: string): AppointmentRecord[] {
  const series: RecurringAppointmentRecord = { id: store.nextId('recurringAppointment'), ...recurrence };
  store.recurringAppointments.set(series.id, series);
  first.recurrence = { seriesId: series.id, position: 1 };
  const step = intervals[recurrence.repeatInterval] ?? {};
  return Array.from({ length: recurrence.repeatTimes - 1 }, (_, index) => ({
    ...first,
    id: store.nextId('appointment'),
    startsAt: shiftWallTime(first.startsAt, timeZone, { days: (step.days ?? 0) * (index + 1), months: (step.months ?? 0) * (index + 1) }),
    attendeeIds: recurrence.joinAll ? first.attendeeIds : [],
    recurrence: { seriesId: series.id, position: index + 2 },
  }));
}

/** `appointment` and every live appointment after it in its series (deleteRecurring). */
export function restOfSeries(store: Store, appointment: AppointmentRecord): AppointmentRecord[] {
  const { recurrence } = appointment;
  if (!recurrence) return [appointment];
  return [...store.appointments.values()].filter(
    (candidate) => candidate.deletedAt === null && candidate.recurrence?.seriesId === recurrence.seriesId && candidate.recurrence.position >= recurrence.position,
  );
}
