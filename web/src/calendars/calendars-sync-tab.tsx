import { Text } from '@mantine/core';
import type { Calendar } from '../api/types.ts';

export function CalendarsSyncTab({ calendars }: { calendars: Calendar[]; onChanged(): void }) {
  const linked = calendars.filter((c) => c.source !== 'internal');
  return <Text c="dimmed">{linked.length === 0 ? 'No calendar is linked to Healthie yet.' : `${linked.length} linked calendars`}</Text>;
}
