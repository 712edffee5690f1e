import { Badge } from '@mantine/core';

const looks = {
  connected: { label: 'Connected', color: 'green' },
  error: { label: 'Error', color: 'red' },
} as const;

export function ConnectionStatusBadge({ status }: { status: 'connected' | 'error' | null }) {
  const look = status ? looks[status] : { label: 'Not connected', color: 'gray' };
  return (
    <Badge color={look.color} variant="filled">
      {look.label}
    </Badge>
  );
}
