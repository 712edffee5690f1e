import { Box, Text } from '@mantine/core';
import type { CalendarEvent } from '../api/api-types.ts';
import { EventChipList } from './event-chip-list.tsx';
import { eventsByDay } from './events-by-day.ts';
import { formatDay } from './zoned-time.ts';

interface Props {
  label: string;
  days: string[];
  events: CalendarEvent[];
  timeZone: string;
  typeNames: Map<string, string>;
  /** How a day's heading reads in its cell. */
  dayHeading(day: string): string;
  /** Days drawn dimmed (outside the month being shown). */
  isOutside?(day: string): boolean;
  compact?: boolean;
  perDayLimit?: number;
  minCellHeight: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Seven columns of days, Sunday first, each listing its events; scrolls sideways when narrow. */
export function DayGrid({ label, days, events, timeZone, typeNames, dayHeading, isOutside, compact, perDayLimit, minCellHeight }: Props) {
  const byDay = eventsByDay(events, timeZone);
  return (
    <Box style={{ overflowX: 'auto' }} role="region" aria-label={label}>
      <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(96px, 1fr))', minWidth: 680 }}>
        {weekdays.map((weekday) => (
          <Text key={weekday} size="xs" fw={600} c="dimmed" p={4} aria-hidden>
            {weekday}
          </Text>
        ))}
        {days.map((day) => (
          <Box key={day} p={4} mih={minCellHeight} style={{ border: '1px solid var(--mantine-color-default-border)', marginTop: -1, marginLeft: -1, minWidth: 0 }}>
            <Text size="xs" fw={500} c={isOutside?.(day) ? 'dimmed' : undefined} mb={2}>
              {dayHeading(day)}
            </Text>
            <EventChipList
              label={formatDay(day, { weekday: 'long', month: 'long', day: 'numeric' })}
              events={byDay.get(day) ?? []}
              timeZone={timeZone}
              typeNames={typeNames}
              compact={compact}
              limit={perDayLimit}
            />
          </Box>
        ))}
      </Box>
    </Box>
  );
}
