import { Anchor, Badge, Button, Group, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Calendar } from '../../api/api-types.ts';
import { RelativeTime } from '../../ui/time/relative-time.tsx';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { FutureOnlyHint } from './future-only-hint.tsx';
import { linkedProviderName } from './linked-provider.ts';
import { pushSettingsOf } from './push-settings.ts';
import { PushSettingsFields } from './push-settings-fields.tsx';
import { LINK_SCOPE, SYNC_SCOPE } from './sync-permissions.ts';
import { SyncNowButton } from './sync-now-button.tsx';
import { SyncRunHistory } from './sync-run-history.tsx';
import { SyncRunOutcome } from './sync-run-outcome.tsx';
import { SyncRunSummary } from './sync-run-summary.tsx';
import { UnlinkCalendarButton } from './unlink-calendar-button.tsx';
import { useSyncRuns } from './use-sync-runs.ts';

const COLUMNS = 5;

/** One linked calendar: its provider, its latest sync (live while it runs) and the controls; its push settings and run history on demand. */
export function LinkedCalendarRow({ calendar }: { calendar: Calendar }) {
  const { uiPath, can } = useWorkspace();
  const runs = useSyncRuns(calendar.id);
  const [showHistory, setShowHistory] = useState(false);
  const [showPush, setShowPush] = useState(false);
  const latest = runs.latest;
  // While a new run goes, the last sync is the last one that ended.
  const lastEnded = runs.data?.find((run) => run.finishedAt);
  const emptySync = latest?.status === 'succeeded' && latest.counts.fetched === 0;

  return (
    <>
      <Table.Tr aria-label={calendar.name}>
        <Table.Td>
          <Stack gap={4} align="flex-start">
            <Anchor component={Link} to={uiPath(`calendars/${calendar.id}`)}>
              {calendar.name}
            </Anchor>
            {pushSettingsOf(calendar).pushChanges && (
              <Badge variant="light" color="grape" size="sm">
                Pushes to Healthie
              </Badge>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>{linkedProviderName(calendar)}</Table.Td>
        <Table.Td>{lastEnded?.finishedAt ? <RelativeTime instant={lastEnded.finishedAt} timeZone={calendar.timezone} /> : latest ? 'in progress' : 'never'}</Table.Td>
        <Table.Td>
          {latest && (
            <Stack gap={4} align="flex-start">
              <SyncRunOutcome run={latest} />
              <SyncRunSummary run={latest} calendarName={calendar.name} />
            </Stack>
          )}
        </Table.Td>
        <Table.Td>
          {/* The buttons stack where the table is narrow rather than push past the screen's edge. */}
          <Group gap={4} justify="flex-end">
            {can(SYNC_SCOPE) && <SyncNowButton calendar={calendar} running={runs.active} />}
            <Button size="xs" variant="subtle" onClick={() => setShowPush(!showPush)} aria-expanded={showPush}>
              Push settings
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setShowHistory(!showHistory)} aria-expanded={showHistory}>
              History
            </Button>
            {can(LINK_SCOPE) && <UnlinkCalendarButton calendar={calendar} />}
          </Group>
        </Table.Td>
      </Table.Tr>
      {(emptySync || showPush || showHistory) && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS}>
            <Stack>
              {emptySync && <FutureOnlyHint />}
              {showPush && <PushSettingsFields calendar={calendar} />}
              {showHistory && <SyncRunHistory calendar={calendar} runs={runs.data ?? []} />}
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
