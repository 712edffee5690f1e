// The formats createAvailabilityInput's descriptions require: dates as `month_name DD, YYYY`
// ("August 16, 2022") and times as `HH MM` ("07 30", "19 00").
import type { WallTime } from '../datetime.ts';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export type CalendarDate = Pick<WallTime, 'year' | 'month' | 'day'>;
export type ClockTime = Pick<WallTime, 'hour' | 'minute'>;

/** "August 16, 2022"; null when it is not that format or no such day. */
export function parseMonthDayYear(value: string): CalendarDate | null {
  const match = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(value.trim());
  if (!match) return null;
  const month = monthNames.indexOf((match[1] ?? '').toLowerCase()) + 1;
  const date = { year: Number(match[3]), month, day: Number(match[2]) };
  const roundTrip = new Date(Date.UTC(date.year, month - 1, date.day));
  return month > 0 && roundTrip.getUTCMonth() === month - 1 && roundTrip.getUTCDate() === date.day ? date : null;
}

/** "07 30"; null when it is not that format or no such time. */
export function parseClockTime(value: string): ClockTime | null {
  const match = /^(\d{2}) (\d{2})$/.exec(value.trim());
  if (!match) return null;
  const time = { hour: Number(match[1]), minute: Number(match[2]) };
  return time.hour <= 23 && time.minute <= 59 ? time : null;
}
