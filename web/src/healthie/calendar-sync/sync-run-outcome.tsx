import { Badge, Group, Loader, Text } from '@mantine/core';
import type { SyncRun } from '../../api/types.ts';

const looks: Record<SyncRun['status'], { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  running: { label: 'Syncing', color: 'blue' },
  succeeded: { label: 'Succeeded', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
};

/** A run's status badge; while it runs, how many appointments it has fetched so far. */
export function SyncRunOutcome({ run }: { run: SyncRun }) {
  const look = looks[run.status];
  return (
    <Group gap={6} wrap="nowrap">
      {(run.status === 'queued' || run.status === 'running') && <Loader size={12} aria-hidden />}
      <Badge color={look.color} variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
        {look.label}
      </Badge>
      {run.status === 'running' && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {run.progress.fetched}
          {run.progress.expected !== null ? ` of ${run.progress.expected}` : ''} fetched
        </Text>
      )}
    </Group>
  );
}
