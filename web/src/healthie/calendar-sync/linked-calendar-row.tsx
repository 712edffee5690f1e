import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Calendar } from '../../api/types.ts';
import { formatDateTime } from '../../calendars/zoned-time.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { FutureOnlyHint } from './future-only-hint.tsx';
import { describeCounts } from './sync-counts.ts';
import { LINK_SCOPE, SYNC_SCOPE } from './sync-permissions.ts';
import { SyncNowButton } from './sync-now-button.tsx';
import { SyncRunHistory } from './sync-run-history.tsx';
import { SyncRunOutcome } from './sync-run-outcome.tsx';
import { UnlinkCalendarButton } from './unlink-calendar-button.tsx';
import { useSyncRuns } from './use-sync-runs.ts';

const COLUMNS = 6;

/** One linked calendar: its provider, its latest sync and the controls; the run history on demand. */
export function LinkedCalendarRow({ calendar, onChanged }: { calendar: Calendar; onChanged(): void }) {
  const { uiPath, can } = useWorkspace();
  const runs = useSyncRuns(calendar.id);
  const [showHistory, setShowHistory] = useState(false);
  const latest = runs.latest;
  const emptySync = latest?.status === 'succeeded' && latest.counts.fetched === 0;

  return (
    <>
      <Table.Tr aria-label={calendar.name}>
        <Table.Td>
          <Anchor component={Link} to={uiPath(`calendars/${calendar.id}`)}>
            {calendar.name}
          </Anchor>
        </Table.Td>
        <Table.Td>{calendar.sourceSettings.providerName ?? calendar.sourceSettings.providerId}</Table.Td>
        <Table.Td>{latest?.finishedAt ? formatDateTime(latest.finishedAt) : latest ? 'in progress' : 'never'}</Table.Td>
        <Table.Td>
          {latest && <SyncRunOutcome run={latest} />}
          {latest?.error && (
            <Text size="xs" c="red">
              {latest.error}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="xs">{latest ? describeCounts(latest.counts) : ''}</Text>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {can(SYNC_SCOPE) && <SyncNowButton calendar={calendar} running={runs.active} onStarted={runs.reload} />}
            <Button size="xs" variant="subtle" onClick={() => setShowHistory(!showHistory)} aria-expanded={showHistory}>
              History
            </Button>
            {can(LINK_SCOPE) && <UnlinkCalendarButton calendar={calendar} onUnlinked={onChanged} />}
          </Group>
        </Table.Td>
      </Table.Tr>
      {(emptySync || showHistory) && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS}>
            {emptySync && <FutureOnlyHint />}
            {showHistory && <SyncRunHistory calendarName={calendar.name} runs={runs.data ?? []} />}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
