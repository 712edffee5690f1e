import { Box, Group, Text } from '@mantine/core';
import type { CalendarViewProps } from './calendar-view-props.ts';
import { EventChipList } from './event-chip-list.tsx';
import { hourOf } from './zoned-time.ts';

const FIRST_HOUR = 8;
const LAST_HOUR = 18;

const hourLabel = (hour: number) => `${hour % 12 === 0 ? 12 : hour % 12} ${hour < 12 ? 'AM' : 'PM'}`;

/** Office hours, widened to take in any event outside them, one row per hour. */
export function DayView({ events, timeZone, typeNames }: CalendarViewProps) {
  const hours = events.map((e) => hourOf(e.startsAt, timeZone));
  const first = Math.min(FIRST_HOUR, ...hours);
  const last = Math.max(LAST_HOUR, ...hours);
  return (
    <Box aria-label="Day view" role="region">
      {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((hour) => (
        <Group key={hour} align="flex-start" wrap="nowrap" gap="sm" mih={44} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="xs" c="dimmed" w={48} ta="right" pt={2} style={{ flexShrink: 0 }}>
            {hourLabel(hour)}
          </Text>
          <Box style={{ flex: 1, minWidth: 0 }} pt={2}>
            <EventChipList
              label={hourLabel(hour)}
              events={events.filter((e) => hourOf(e.startsAt, timeZone) === hour)}
              timeZone={timeZone}
              typeNames={typeNames}
            />
          </Box>
        </Group>
      ))}
    </Box>
  );
}
