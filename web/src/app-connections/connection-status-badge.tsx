import { Badge } from '@mantine/core';

const looks = {
  connected: { label: 'Connected', color: 'green' },
  action_needed: { label: 'Action needed', color: 'orange' },
  error: { label: 'Error', color: 'red' },
} as const;

export type ConnectionStatus = keyof typeof looks;

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus | null }) {
  const look = status ? looks[status] : { label: 'Not connected', color: 'gray' };
  return (
    <Badge color={look.color} variant="filled" role="status" aria-label={`Connection status: ${look.label}`}>
      {look.label}
    </Badge>
  );
}
