import type { CalendarEvent } from '../api/api-types.ts';
import { dayKeyOf } from './zoned-time.ts';

/** Events grouped by the day they start on in the calendar's time zone, in start order. */
export function eventsByDay(events: CalendarEvent[], timeZone: string): Map<string, CalendarEvent[]> {
  const days = new Map<string, CalendarEvent[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayKeyOf(event.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return days;
}
