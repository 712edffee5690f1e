import { Box, Text } from '@mantine/core';
import type { CalendarEvent } from '../api/api-types.ts';
import { EventChip } from './event-chip.tsx';

interface Props {
  label: string;
  events: CalendarEvent[];
  timeZone: string;
  typeNames: Map<string, string>;
  compact?: boolean;
  /** Shows at most this many and says how many more there are. */
  limit?: number;
}

export function EventChipList({ label, events, timeZone, typeNames, compact, limit = Infinity }: Props) {
  const hidden = events.length - limit;
  return (
    <Box role="list" aria-label={label}>
      {events.slice(0, limit).map((event) => (
        <EventChip key={event.id} event={event} timeZone={timeZone} typeName={event.eventTypeId ? typeNames.get(event.eventTypeId) : undefined} compact={compact} />
      ))}
      {hidden > 0 && (
        <Text size="xs" c="dimmed">
          +{hidden} more
        </Text>
      )}
    </Box>
  );
}
