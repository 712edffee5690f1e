import { Table, Text } from '@mantine/core';
import { api } from '../api/api.ts';
import type { Calendar } from '../api/api-types.ts';
import { ErrorAlert } from '../ui/error-alert.tsx';
import { PageLoader } from '../ui/page-loader.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { CalendarSourceBadge } from './calendar-source-badge.tsx';
import { DataTable } from '../ui/data-table.tsx';

/** Every event type of the workspace, with the calendar it belongs to. */
export function EventTypesTable({ calendars }: { calendars: Calendar[] }) {
  const { ws } = useWorkspace();
  const types = api.useQuery('get', '/api/v1/workspaces/{ws}/event-types', { params: { path: { ws } } });
  const calendarName = new Map(calendars.map((c) => [c.id, c.name]));

  if (types.error) return <ErrorAlert error={types.error} title="Event types could not be loaded" />;
  if (!types.data) return <PageLoader />;
  if (types.data.length === 0) {
    return <Text c="dimmed">No event types yet. Linking a calendar to Healthie imports the provider's appointment types.</Text>;
  }
  return (
    <DataTable label="Event types" headers={['Name', 'Calendar', 'Duration', 'Source']} minWidth={480}>
      {types.data.map((type) => (
        <Table.Tr key={type.id}>
          <Table.Td>{type.name}</Table.Td>
          <Table.Td>{calendarName.get(type.calendarId)}</Table.Td>
          <Table.Td>{type.durationMinutes} min</Table.Td>
          <Table.Td>
            <CalendarSourceBadge source={type.external?.source ?? 'internal'} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
