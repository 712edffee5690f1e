import { Text } from '@mantine/core';
import type { Calendar } from '../../api/api-types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { LinkedCalendarRow } from './linked-calendar-row.tsx';

export function LinkedCalendarsTable({ calendars }: { calendars: Calendar[] }) {
  const linked = calendars.filter((calendar) => calendar.source === 'healthie');
  if (linked.length === 0) return <Text c="dimmed">No calendar is linked to a Healthie provider yet.</Text>;
  return (
    <DataTable label="Linked calendars" headers={['Calendar', 'Provider', 'Last sync', 'Outcome', '']} minWidth={520}>
      {linked.map((calendar) => (
        <LinkedCalendarRow key={calendar.id} calendar={calendar} />
      ))}
    </DataTable>
  );
}
