import { Table, Text } from '@mantine/core';
import type { CalendarViewProps } from './calendar-view-props.ts';
import { EventStatusBadge } from './event-status-badge.tsx';
import { eventsByDay } from './events-by-day.ts';
import { formatDay, formatTime } from './zoned-time.ts';
import { DataTable } from '../ui/data-table.tsx';

/** Every event of the period as a table, one row each, days in order. */
export function ListView({ events, timeZone, typeNames }: CalendarViewProps) {
  const days = [...eventsByDay(events, timeZone)];
  if (days.length === 0) return <Text c="dimmed">No events in this period.</Text>;
  return (
    <DataTable label="Events" headers={['Date', 'Time', 'Event', 'Type', 'Status']} minWidth={560}>
      {days.flatMap(([day, dayEvents]) =>
        dayEvents.map((event) => (
          <Table.Tr key={event.id} data-status={event.status}>
            <Table.Td>{formatDay(day)}</Table.Td>
            <Table.Td>
              {formatTime(event.startsAt, timeZone)} – {formatTime(event.endsAt, timeZone)}
            </Table.Td>
            <Table.Td td={event.status === 'cancelled' ? 'line-through' : undefined}>{event.title}</Table.Td>
            <Table.Td>{event.eventTypeId ? typeNames.get(event.eventTypeId) : ''}</Table.Td>
            <Table.Td>
              <EventStatusBadge status={event.status} />
            </Table.Td>
          </Table.Tr>
        )),
      )}
    </DataTable>
  );
}
