import { Badge } from '@mantine/core';
import type { SyncRun } from '../../api/api-types.ts';

const looks: Record<SyncRun['status'], { label: string; color: string }> = {
  queued: { label: 'Queued', color: 'gray' },
  running: { label: 'Syncing', color: 'blue' },
  succeeded: { label: 'Succeeded', color: 'green' },
  failed: { label: 'Failed', color: 'red' },
};

/** A run's status. */
export function SyncRunOutcome({ run }: { run: SyncRun }) {
  const look = looks[run.status];
  return (
    <Badge color={look.color} variant="light">
      {look.label}
    </Badge>
  );
}
