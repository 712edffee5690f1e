import type { CalendarEvent } from '../api/api-types.ts';
import type { CalendarPeriod } from './calendar-period.ts';

/** What every view (Day, Week, Month, List) draws from. */
export interface CalendarViewProps {
  period: CalendarPeriod;
  events: CalendarEvent[];
  timeZone: string;
  /** Event type names by id. */
  typeNames: Map<string, string>;
}
