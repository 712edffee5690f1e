import { Text } from '@mantine/core';
import type { SyncRun } from '../../api/api-types.ts';
import { describeCounts } from './sync-counts.ts';
import { isActive } from './use-sync-runs.ts';
import { SyncRunProgress } from './sync-run-progress.tsx';

/** A run's counts once it ended; while it is queued or running, its live progress. */
export function SyncRunSummary({ run, calendarName }: { run: SyncRun; calendarName: string }) {
  if (isActive(run)) return <SyncRunProgress run={run} calendarName={calendarName} />;
  return (
    <>
      <Text size="xs">{describeCounts(run.counts)}</Text>
      {run.error && (
        <Text size="xs" c="red">
          {run.error}
        </Text>
      )}
    </>
  );
}
