import { Table, Text } from '@mantine/core';
import type { SyncRun } from '../../api/types.ts';
import { formatDateTime } from '../../calendars/zoned-time.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { describeCounts } from './sync-counts.ts';
import { SyncRunOutcome } from './sync-run-outcome.tsx';

export function SyncRunHistory({ calendarName, runs }: { calendarName: string; runs: SyncRun[] }) {
  if (runs.length === 0) return <Text c="dimmed">No syncs yet.</Text>;
  return (
    <DataTable label={`Sync history of ${calendarName}`} headers={['Started', 'Kind', 'Outcome', 'Counts', 'Requests']} minWidth={640} withTableBorder>
      {runs.map((run) => (
        <Table.Tr key={run.id}>
          <Table.Td>{formatDateTime(run.startedAt ?? run.queuedAt)}</Table.Td>
          <Table.Td>{run.kind}</Table.Td>
          <Table.Td>
            <SyncRunOutcome run={run} />
            {run.error && (
              <Text size="xs" c="red">
                {run.error}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{describeCounts(run.counts)}</Table.Td>
          <Table.Td>{run.requests}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
