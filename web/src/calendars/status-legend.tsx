import { Group } from '@mantine/core';
import type { EventStatus } from '../api/api-types.ts';
import { EventStatusBadge } from './event-status-badge.tsx';
import { eventStatusStyle } from './event-status.ts';

const statuses = Object.keys(eventStatusStyle) as EventStatus[];

export function StatusLegend() {
  return (
    <Group gap={6} aria-label="Status colours">
      {statuses.map((status) => (
        <EventStatusBadge key={status} status={status} />
      ))}
    </Group>
  );
}
