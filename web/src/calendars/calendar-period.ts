import { addDays, addMonths, formatDay, startOfMonth, startOfWeek } from './zoned-time.ts';

export const calendarViews = ['day', 'week', 'month', 'list'] as const;
export type CalendarView = (typeof calendarViews)[number];

export const LIST_DAYS = 30;

export interface CalendarPeriod {
  /** First day shown. */
  first: string;
  /** The day after the last day shown. */
  end: string;
  label: string;
}

/** The days a view shows around an anchor day. The month view fills whole weeks (6 rows). */
export function periodOf(view: CalendarView, anchor: string): CalendarPeriod {
  switch (view) {
    case 'day':
      return { first: anchor, end: addDays(anchor, 1), label: formatDay(anchor, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }) };
    case 'week': {
      const first = startOfWeek(anchor);
      return { first, end: addDays(first, 7), label: `${formatDay(first, { month: 'short', day: 'numeric' })} – ${formatDay(addDays(first, 6))}` };
    }
    case 'month': {
      const first = startOfWeek(startOfMonth(anchor));
      return { first, end: addDays(first, 42), label: formatDay(startOfMonth(anchor), { month: 'long', year: 'numeric' }) };
    }
    case 'list':
      return { first: anchor, end: addDays(anchor, LIST_DAYS), label: `${formatDay(anchor, { month: 'short', day: 'numeric' })} – ${formatDay(addDays(anchor, LIST_DAYS - 1))}` };
  }
}

/** The anchor day one step (of the view's size) before or after. */
export function stepAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  switch (view) {
    case 'day':
      return addDays(anchor, direction);
    case 'week':
      return addDays(anchor, 7 * direction);
    case 'month':
      return addMonths(anchor, direction);
    case 'list':
      return addDays(anchor, LIST_DAYS * direction);
  }
}

/** The days from `first` up to (not including) `end`. */
export function daysBetween(first: string, end: string): string[] {
  const days: string[] = [];
  for (let day = first; day < end; day = addDays(day, 1)) days.push(day);
  return days;
}
