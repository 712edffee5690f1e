import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Calendar } from '../api/api-types.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarSourceBadge } from './calendar-source-badge.tsx';
import { ColorDot } from './color-dot.tsx';
import { DataTable } from '../ui/data-table.tsx';

export function CalendarsTable({ calendars }: { calendars: Calendar[] }) {
  const { uiPath } = useWorkspace();
  if (calendars.length === 0) return <Text c="dimmed">No calendars yet: create one.</Text>;
  return (
    <DataTable label="Calendars" headers={['Name', 'Time zone', 'Source', 'Description']} minWidth={480} highlightOnHover>
      {calendars.map((calendar) => (
        <Table.Tr key={calendar.id}>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <ColorDot color={calendar.color} />
              <Anchor component={Link} to={uiPath(`calendars/${calendar.id}`)}>
                {calendar.name}
              </Anchor>
            </Group>
          </Table.Td>
          <Table.Td>{calendar.timezone}</Table.Td>
          <Table.Td>
            <CalendarSourceBadge source={calendar.source} />
          </Table.Td>
          <Table.Td>{calendar.description}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
