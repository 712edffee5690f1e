import { Text } from '@mantine/core';
import type { Calendar } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { LinkedCalendarRow } from './linked-calendar-row.tsx';

export const isLinkedToHealthie = (calendar: Calendar) => calendar.source === 'healthie';

export function LinkedCalendarsTable({ calendars, onChanged }: { calendars: Calendar[]; onChanged(): void }) {
  const linked = calendars.filter(isLinkedToHealthie);
  if (linked.length === 0) return <Text c="dimmed">No calendar is linked to a Healthie provider yet.</Text>;
  return (
    <DataTable label="Linked calendars" headers={['Calendar', 'Provider', 'Last sync', 'Outcome', 'Counts', '']} minWidth={860}>
      {linked.map((calendar) => (
        <LinkedCalendarRow key={calendar.id} calendar={calendar} onChanged={onChanged} />
      ))}
    </DataTable>
  );
}
