import { Badge } from '@mantine/core';
import type { EventStatus } from '../api/api-types.ts';
import { eventStatusStyle } from './event-status.ts';

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const style = eventStatusStyle[status];
  return (
    <Badge color={style.color} variant="light" size="sm">
      {style.label}
    </Badge>
  );
}
