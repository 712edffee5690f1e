import { Box, Text } from '@mantine/core';
import type { CalendarEvent } from '../api/types.ts';
import { eventStatusStyle } from './event-status.ts';
import { formatTime } from './zoned-time.ts';

interface Props {
  event: CalendarEvent;
  timeZone: string;
  typeName: string | undefined;
  /** Month cells have room for the time and title only. */
  compact?: boolean;
}

/** One event, coloured by status: time (in the calendar's zone), title, type and status. */
export function EventChip({ event, timeZone, typeName, compact = false }: Props) {
  const status = eventStatusStyle[event.status];
  const time = `${formatTime(event.startsAt, timeZone)} – ${formatTime(event.endsAt, timeZone)}`;
  const description = [time, event.title, typeName, status.label].filter(Boolean).join(', ');
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
      <Text size="xs" fw={600} truncate td={event.status === 'cancelled' ? 'line-through' : undefined}>
        {compact ? formatTime(event.startsAt, timeZone) : time} {event.title}
      </Text>
      {!compact && (
        <Text size="xs" c="dimmed" truncate>
          {[typeName, status.label].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Box>
  );
}
