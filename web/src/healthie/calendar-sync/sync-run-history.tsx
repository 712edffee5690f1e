import { Table, Text } from '@mantine/core';
import type { Calendar, SyncRun } from '../../api/api-types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatInstant } from '../../ui/time/format-instant.ts';
import { SyncRunOutcome } from './sync-run-outcome.tsx';
import { SyncRunSummary } from './sync-run-summary.tsx';

export function SyncRunHistory({ calendar, runs }: { calendar: Calendar; runs: SyncRun[] }) {
  if (runs.length === 0) return <Text c="dimmed">No syncs yet.</Text>;
  return (
    <DataTable
      label={`Sync history of ${calendar.name}`}
      caption={`Times in ${calendar.timezone}`}
      headers={['Started', 'Kind', 'Outcome', 'Counts', 'Requests']}
      minWidth={640}
      withTableBorder
    >
      {runs.map((run) => (
        <Table.Tr key={run.id}>
          <Table.Td>{formatInstant(run.startedAt ?? run.queuedAt, calendar.timezone)}</Table.Td>
          <Table.Td>{run.kind}</Table.Td>
          <Table.Td>
            <SyncRunOutcome run={run} />
          </Table.Td>
          <Table.Td>
            <SyncRunSummary run={run} calendarName={calendar.name} />
          </Table.Td>
          <Table.Td>{run.requests}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
