import { addDays } from './zoned-time.ts';
import { daysBetween } from './calendar-period.ts';
import type { CalendarViewProps } from './calendar-view-props.ts';
import { DayGrid } from './day-grid.tsx';

export function MonthView({ period, ...props }: CalendarViewProps) {
  // The grid starts on the Sunday before the 1st; the month is the one its middle falls in.
  const month = addDays(period.first, 15).slice(0, 7);
  return (
    <DayGrid
      label="Month view"
      days={daysBetween(period.first, period.end)}
      dayHeading={(day) => String(Number(day.slice(8)))}
      isOutside={(day) => !day.startsWith(month)}
      compact
      perDayLimit={3}
      minCellHeight={96}
      {...props}
    />
  );
}
