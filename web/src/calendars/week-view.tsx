import { daysBetween } from './calendar-period.ts';
import type { CalendarViewProps } from './calendar-view-props.ts';
import { DayGrid } from './day-grid.tsx';
import { formatDay } from './zoned-time.ts';

export function WeekView({ period, ...props }: CalendarViewProps) {
  return (
    <DayGrid
      label="Week view"
      days={daysBetween(period.first, period.end)}
      dayHeading={(day) => formatDay(day, { month: 'short', day: 'numeric' })}
      minCellHeight={240}
      {...props}
    />
  );
}
