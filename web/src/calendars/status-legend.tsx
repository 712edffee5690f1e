import { Group } from '@mantine/core';
import { eventStatuses } from '../api/types.ts';
import { EventStatusBadge } from './event-status-badge.tsx';

export function StatusLegend() {
  return (
    <Group gap={6} aria-label="Status colours">
      {eventStatuses.map((status) => (
        <EventStatusBadge key={status} status={status} />
      ))}
    </Group>
  );
}
