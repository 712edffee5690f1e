import { Box, Text } from '@mantine/core';
import type { CalendarEvent } from '../api/api-types.ts';
import { eventStatusStyle } from './event-status.ts';
import { formatTime } from './zoned-time.ts';

interface Props {
  event: CalendarEvent;
  timeZone: string;
  typeName: string | undefined;
  /** Month cells have room for the start time and title only. */
  compact?: boolean;
}

/** One event, coloured by status: time (in the calendar's zone), title, type and status. */
export function EventChip({ event, timeZone, typeName, compact = false }: Props) {
  const status = eventStatusStyle[event.status];
  const start = formatTime(event.startsAt, timeZone);
  const time = `${start} – ${formatTime(event.endsAt, timeZone)}`;
  const description = [time, event.title, typeName, status.label].filter(Boolean).join(', ');
  const struck = event.status === 'cancelled' ? 'line-through' : undefined;
  return (
    <Box
      role="listitem"
      aria-label={description}
      title={description}
      data-status={event.status}
      px={6}
      py={2}
      mb={4}
      bg={`var(--mantine-color-${status.color}-light)`}
      style={{ borderLeft: `3px solid var(--mantine-color-${status.color}-filled)`, borderRadius: 4, overflow: 'hidden' }}
    >
      {compact ? (
        <Text size="xs" fw={600} truncate td={struck}>
          {start} {event.title}
        </Text>
      ) : (
        <>
          <Text size="xs" fw={600} truncate>
            {time}
          </Text>
          <Text size="xs" truncate td={struck}>
            {event.title}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {[typeName, status.label].filter(Boolean).join(' · ')}
          </Text>
        </>
      )}
    </Box>
  );
}
