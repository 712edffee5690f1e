import { Badge } from '@mantine/core';

const sourceNames: Record<string, string> = { internal: 'Internal', healthie: 'Healthie' };

export function CalendarSourceBadge({ source }: { source: string }) {
  return (
    <Badge variant="light" color={source === 'internal' ? 'gray' : 'grape'}>
      {sourceNames[source] ?? source}
    </Badge>
  );
}
