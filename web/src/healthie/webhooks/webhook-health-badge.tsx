import { Badge } from '@mantine/core';
import type { WebhookHealth } from '../../api/api-types.ts';

const look: Record<WebhookHealth['status'], { color: string; label: string }> = {
  healthy: { color: 'green', label: 'Healthy' },
  degraded: { color: 'orange', label: 'Degraded' },
  off: { color: 'gray', label: 'Off' },
};

export function WebhookHealthBadge({ status }: { status: WebhookHealth['status'] }) {
  return (
    <Badge variant="light" color={look[status].color}>
      {look[status].label}
    </Badge>
  );
}
