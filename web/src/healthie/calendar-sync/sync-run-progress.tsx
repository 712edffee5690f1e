import { Progress, Stack, Text } from '@mantine/core';
import type { SyncRun } from '../../api/api-types.ts';

/** How far a queued or running sync is: appointments fetched of those Healthie said there are, and what it stored so far. */
export function SyncRunProgress({ run, calendarName }: { run: SyncRun; calendarName: string }) {
  const { fetched, expected } = run.progress;
  const known = expected !== null && expected > 0;
  const started = run.status === 'running';
  return (
    <Stack gap={4} miw={180}>
      <Progress
        value={known ? Math.min(100, (fetched / expected) * 100) : 100}
        striped
        animated={!known || !started}
        size="sm"
        aria-label={`Sync of ${calendarName}`}
      />
      <Text size="xs" c="dimmed" aria-live="polite">
        {started
          ? `${fetched}${known ? ` of ${expected}` : ''} fetched · ${run.counts.created} created · ${run.counts.updated} updated`
          : 'Waiting to start'}
      </Text>
    </Stack>
  );
}
